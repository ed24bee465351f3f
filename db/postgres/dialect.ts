import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import { SqliteRemoteDatabase, type AsyncRemoteCallback } from 'drizzle-orm/sqlite-proxy';
import { SQLiteRemoteSession } from 'drizzle-orm/sqlite-proxy/session';
import { extractTablesRelationalConfig, createTableRelationsHelpers, type SQL, type QueryWithTypings } from 'drizzle-orm';
import * as schema from '../schema';
import type { Db } from '../tracker';
import { markPostgres } from '../sql-dialect';

/**
 * drizzle's SQLite query builder with PostgreSQL's numbered placeholders. The repositories build each query once
 * over the tables of db/schema.ts; for these queries (select, insert with ON CONFLICT, update, delete, joins, limits)
 * the SQL drizzle writes is the same in both dialects but for `?` against `$1`, and what is spelt differently
 * (JSON fields, INDEXED BY, search) comes from db/sql-dialect.ts. Using drizzle's pg dialect instead would mean every
 * repository written twice: its builders have no .get()/.all()/.run() and return results in another shape.
 */
class NumberedParamsDialect extends SQLiteAsyncDialect {
  override escapeParam(num: number): string {
    return `$${num + 1}`;
  }

  /** SQLite takes an ON CONFLICT target's columns with their table's name; PostgreSQL takes bare column names. */
  override sqlToQuery(sql: SQL, invokeSource?: 'indexes'): QueryWithTypings {
    const query = super.sqlToQuery(sql, invokeSource);
    return { ...query, sql: query.sql.replace(ON_CONFLICT_TARGET, (_all, cols: string) => `on conflict (${cols.replace(QUALIFIED, '$1')})`) };
  }
}

const ON_CONFLICT_TARGET = /on conflict \(((?:"[^"]+"\."[^"]+"(?:, )?)+)\)/g;
const QUALIFIED = /"[^"]+"\.("[^"]+")/g;

export function serverDb(callback: AsyncRemoteCallback): Db {
  const dialect = new NumberedParamsDialect();
  const relational = extractTablesRelationalConfig(schema, createTableRelationsHelpers);
  const full = { fullSchema: schema, schema: relational.tables, tableNamesMap: relational.tableNamesMap };
  const session = new SQLiteRemoteSession(callback, dialect, full, undefined);
  return markPostgres(new SqliteRemoteDatabase('async', dialect, session as never, full as never) as unknown as Db);
}
