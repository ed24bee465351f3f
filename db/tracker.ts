import type { SqliteRemoteDatabase } from 'drizzle-orm/sqlite-proxy';
import type * as schema from './schema';
import type { Dialect, SqlRunner } from './sql-runner';

/**
 * The seam between the services and where the tracker is kept (../shared/DESIGN.md, "Backends"): the SQLite
 * file (db/connection.ts, the embedded default) or a PostgreSQL server (db/postgres/). Every query is written
 * once with drizzle's query builder over the tables in db/schema.ts; a backend supplies the connection, its
 * transactions and busy handling, the change counter the feed polls, the schema version and integrity checks.
 */
export type Db = SqliteRemoteDatabase<typeof schema>;

export interface TrackerStats {
  /** Waits after SQLITE_BUSY (or a PostgreSQL serialisation failure), over the life of the connection. */
  busyRetries: number;
  /** Transactions committed by this connection. */
  commits: number;
  /** Transactions waiting for the write lock right now (the "busy, retrying…" banner). */
  waiting: number;
}

export interface Tracker {
  readonly dialect: Dialect;
  /** The file's path, or the server's address without the password (postgres://user@host:port/database). */
  readonly file: string;
  readonly schemaVersion: number;
  readonly appSchemaVersion: number;
  /** Why writes are refused (newer schema, failed integrity check), or null. */
  readonly readOnlyReason: string | null;
  /** Queued reads through drizzle: each query waits its turn behind any running transaction. */
  readonly db: Db;
  /** One short write transaction holding the tracker's write lock; `tx` must only be used inside `fn`. `fn` may run again after BUSY, so it must only touch the database. */
  writeTx<T>(fn: (tx: Db, q: SqlRunner) => Promise<T>): Promise<T>;
  /** A consistent multi-query read. */
  readTx<T>(fn: (tx: Db, q: SqlRunner) => Promise<T>): Promise<T>;
  /** A queued job on the connection outside any transaction (on the file: VACUUM INTO, the backup API, pragmas). */
  withConnection<T>(fn: (q: SqlRunner) => Promise<T>): Promise<T>;
  /** A change counter: moves whenever any desktop (this one included) commits to the tracker. */
  dataVersion(): Promise<number>;
  /** Whether the tracker this connection opened is gone from where it was (file moved or deleted). */
  fileMoved(): Promise<boolean>;
  /**
   * Checks the stored pages (SQLite quick_check or integrity_check on a separate connection); records the
   * verdict for the other desktops and turns this one read-only when it fails. Reads the whole file: never on open.
   * `record: false` checks without keeping the verdict in the tracker (someone with no role in it asked).
   */
  checkIntegrity(opts: { full?: boolean; by: string; now: Date; record?: boolean }): Promise<string>;
  /** Counters for the banner, the benchmark and the stress test. */
  readonly stats: TrackerStats;
  close(): Promise<void>;
}
