import { sql, type SQL } from 'drizzle-orm';
import type { AnyColumn } from 'drizzle-orm';

/** Marks an index expression as "this JSON field of that column", so the PostgreSQL tables (db/postgres/schema.ts) can spell it their way. */
export const JSON_AT = Symbol('jsonAt');
export type JsonAtSql = SQL & { [JSON_AT]: { column: AnyColumn; path: string } };

/**
 * A field of a JSON text column in an index, spelt as SQLite matches it against the queries (`json_extract(body,
 * '$.clock.dueAt')`); `path` is a literal `$.a.b` written in the schema, never input.
 */
export function jsonAt(column: AnyColumn, path: string): SQL {
  if (!/^\$(\.[A-Za-z][A-Za-z0-9]*)+$/.test(path)) throw new Error(`jsonAt: unsupported path ${path}`);
  return Object.assign(sql`json_extract(${column}, ${sql.raw(`'${path}'`)})`, { [JSON_AT]: { column, path } });
}

/** The same field in PostgreSQL: the text at that path of the column read as jsonb (immutable, so it may be indexed). */
export const pgJsonPath = (path: string): string => `'{${[...path.slice(1).matchAll(/\.([A-Za-z0-9_]+)|\[(\d+)\]/g)].map((m) => m[1] ?? m[2]).join(',')}}'`;
