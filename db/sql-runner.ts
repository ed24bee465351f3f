/** Which server holds the tracker: the SQLite file (the embedded default) or a PostgreSQL server. */
export type Dialect = 'sqlite' | 'postgres';

/**
 * Plain SQL on the tracker's own connection, inside the transaction it was handed to. Repositories write
 * it once in SQLite's spelling (`?` or `?N` placeholders); the PostgreSQL backend numbers the placeholders
 * its way (db/postgres/runner.ts) and the few functions that differ come from db/sql-dialect.ts.
 */
export interface SqlRunner {
  readonly dialect: Dialect;
  all(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  run(sql: string, params?: unknown[]): Promise<{ changes: number }>;
  exec(sql: string): Promise<void>;
}
