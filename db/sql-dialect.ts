import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Dialect } from './sql-runner';
import type { Db } from './tracker';
import { pgJsonPath } from './json-at';

/**
 * The few spellings in which SQLite and PostgreSQL differ, in one place, so each query is still written once:
 * `d.json('v.body', '$.date')` is `json_extract(v.body, '$.date')` on the file and `(v.body::jsonb #>> '{date}')` on
 * the server. Paths and names are literals written in the repositories, never input.
 */
export interface SqlDialect {
  readonly name: Dialect;
  /** A JSON field as text (a date, a key), or NULL when absent. Spelt as the JSON indexes spell it. */
  json(expr: string, path: string): string;
  /** A JSON number field as a number (NULL when absent). */
  jsonNumber(expr: string, path: string): string;
  /** A join in the order written (SQLite's CROSS JOIN fixes the order; the server's planner chooses its own). */
  readonly joinInOrder: string;
  /** A JSON true/false field as 1/0 (NULL when absent). */
  jsonFlag(expr: string, path: string): string;
  /** A JSON array or object field as JSON text. */
  jsonText(expr: string, path: string): string;
  /** The rows of a JSON array (a bound parameter or a field): a table whose `value` column is each element as text. */
  jsonEach(expr: string, path?: string): string;
  /** `INDEXED BY name` on the file (the report's partial indexes); the server's planner chooses its own. */
  indexedBy(name: string): string;
  /** Where `needle` occurs in `haystack` (1-based; 0 when absent). */
  instr(haystack: string, needle: string): string;
  /** The list of table names a whole-tracker export reads, in creation order (not the search index's shadow tables). */
  readonly tablesQuery: string;
  /** A table's column names in order (first column of each row); `name` is checked by the caller. */
  columnsQuery(name: string): string;
  /** The order a whole table is exported in (the order rows were written). */
  readonly rowOrder: string;
}

const sqlite: SqlDialect = {
  name: 'sqlite',
  json: (expr, path) => `json_extract(${expr}, '${path}')`,
  jsonNumber: (expr, path) => `json_extract(${expr}, '${path}')`,
  joinInOrder: 'CROSS JOIN',
  jsonFlag: (expr, path) => `json_extract(${expr}, '${path}')`,
  jsonText: (expr, path) => `json_extract(${expr}, '${path}')`,
  jsonEach: (expr, path) => (path ? `json_each(${expr}, '${path}')` : `json_each(${expr})`),
  indexedBy: (name) => `INDEXED BY ${name}`,
  instr: (haystack, needle) => `instr(${haystack}, ${needle})`,
  tablesQuery: `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
          AND name NOT IN (SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('virtual', 'shadow')) ORDER BY rowid`,
  columnsQuery: (name) => `SELECT name FROM pragma_table_info('${name}') ORDER BY cid`,
  rowOrder: 'rowid',
};

const postgres: SqlDialect = {
  name: 'postgres',
  json: (expr, path) => `(${expr}::jsonb #>> ${pgJsonPath(path)})`,
  jsonNumber: (expr, path) => `(${expr}::jsonb #>> ${pgJsonPath(path)})::numeric`,
  joinInOrder: 'JOIN',
  jsonFlag: (expr, path) => `((${expr}::jsonb #> ${pgJsonPath(path)})::boolean)::int`,
  jsonText: (expr, path) => `(${expr}::jsonb #> ${pgJsonPath(path)})::text`,
  jsonEach: (expr, path) => `jsonb_array_elements_text(${path ? `${expr}::jsonb #> ${pgJsonPath(path)}` : `(${expr})::jsonb`})`,
  indexedBy: () => '',
  instr: (haystack, needle) => `strpos(${haystack}, ${needle})`,
  tablesQuery: `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
          AND table_name NOT IN ('__tracker_schema') ORDER BY table_name`,
  columnsQuery: (name) => `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '${name}' ORDER BY ordinal_position`,
  // Rows in the order they were written (PostgreSQL keeps no rowid): the table's first column is its key.
  rowOrder: '1',
};

export const sqlDialect = (name: Dialect): SqlDialect => (name === 'postgres' ? postgres : sqlite);

/** The drizzle databases that talk to a PostgreSQL server (db/postgres/connection.ts registers each). */
const onServer = new WeakSet<object>();
export const markPostgres = (db: Db): Db => (onServer.add(db), db);
export const dialectOf = (db: Db): SqlDialect => (onServer.has(db) ? postgres : sqlite);

/** A JSON field of a column in a drizzle query, spelt for the database the query runs on. */
export const jsonField = (db: Db, column: SQLWrapper, path: string): SQL =>
  dialectOf(db).name === 'postgres' ? sql`(${column}::jsonb #>> ${sql.raw(pgJsonPath(path))})` : sql`json_extract(${column}, ${sql.raw(`'${path}'`)})`;
