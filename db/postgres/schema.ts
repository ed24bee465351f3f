import { is, SQL, sql, Column, type AnyColumn } from 'drizzle-orm';
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { index, integer, pgTable, text, uniqueIndex, type PgColumnBuilderBase, type PgTableWithColumns, type IndexBuilder } from 'drizzle-orm/pg-core';
import * as lite from '../schema';
import { JSON_AT, pgJsonPath, type JsonAtSql } from '../json-at';

/**
 * The PostgreSQL tables, built from the SQLite ones in db/schema.ts rather than written twice (drizzle has no
 * dialect-neutral schema, its issue #1196): every table, column, default, key, foreign key and index comes from the
 * one definition, so the two cannot drift. drizzle-kit reads this file to generate db/migrations-postgres
 * (drizzle.postgres.config.ts). Columns keep SQLite's storage: text (ISO instants and dates, JSON bodies) and integer
 * (flags as 0/1), so a value reads back the same from either backend; JSON fields in indexes are the text at that
 * path of the column read as jsonb.
 */

type AnyTable = PgTableWithColumns<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const built = new Map<SQLiteTable, AnyTable>();

function columnFor(c: SQLiteColumn, tableName: string): PgColumnBuilderBase {
  const isInteger = c.columnType === 'SQLiteInteger' || c.columnType === 'SQLiteBoolean';
  if (!isInteger && c.columnType !== 'SQLiteText') throw new Error(`${tableName}.${c.name}: no PostgreSQL type for ${c.columnType}`);
  let b = isInteger ? integer(c.name) : text(c.name);
  if (c.primary) b = b.primaryKey();
  // An autoincrement key: the server numbers new rows (a copied tracker keeps its numbers; move sets the sequence after).
  if (c.primary && isInteger && (c as unknown as { autoIncrement?: boolean }).autoIncrement) b = integer(c.name).primaryKey().generatedByDefaultAsIdentity() as never;
  if (c.notNull && !c.primary) b = b.notNull();
  if (c.hasDefault && c.default !== undefined) b = b.default((typeof c.default === 'boolean' ? Number(c.default) : c.default) as never);
  return b;
}

/** An index expression or condition with each column the PostgreSQL table's and each JSON field spelt for jsonb. */
function translate(expr: SQL, cols: Record<string, AnyColumn>): SQL {
  if (JSON_AT in expr) {
    const { column, path } = (expr as JsonAtSql)[JSON_AT];
    return sql`(${cols[column.name]!}::jsonb #>> ${sql.raw(pgJsonPath(path))})`;
  }
  const out: SQL[] = [];
  for (const chunk of expr.queryChunks) {
    if (is(chunk, SQL)) out.push(translate(chunk, cols));
    else if (is(chunk, Column)) out.push(sql`${cols[(chunk as AnyColumn).name]!}`);
    else out.push(new SQL([chunk]));
  }
  return sql.join(out);
}

function tableFor(source: SQLiteTable): AnyTable {
  const done = built.get(source);
  if (done) return done;
  const config = getTableConfig(source);
  const columns: Record<string, PgColumnBuilderBase> = {};
  for (const c of config.columns) {
    let b = columnFor(c, config.name);
    const fk = config.foreignKeys.find((f) => f.reference().columns.some((x) => x.name === c.name));
    if (fk) {
      const ref = fk.reference();
      const foreign = ref.foreignColumns[ref.columns.findIndex((x) => x.name === c.name)]!;
      b = (b as ReturnType<typeof text>).references(() => (tableFor(ref.foreignTable) as unknown as Record<string, never>)[keyOf(ref.foreignTable, foreign.name)]!) as never;
    }
    columns[keyOf(source, c.name)] = b;
  }
  const table = pgTable(config.name, columns, (t) =>
    config.indexes.map((ix) => {
      const byName = Object.fromEntries(Object.values(t).map((col) => [(col as AnyColumn).name, col as AnyColumn]));
      const parts = ix.config.columns.map((c) => (is(c, SQL) ? translate(c, byName) : byName[(c as AnyColumn).name]!));
      const [first, ...rest] = parts;
      let b: IndexBuilder = (ix.config.unique ? uniqueIndex(ix.config.name!) : index(ix.config.name!)).on(first! as never, ...(rest as never[]));
      if (ix.config.where) b = b.where(translate(ix.config.where, byName));
      return b;
    }),
  ) as AnyTable;
  built.set(source, table);
  return table;
}

/** The property name of a column (as the repositories spell it: `escalationId`), from its SQL name. */
function keyOf(table: SQLiteTable, columnName: string): string {
  const entry = Object.entries(table).find(([, v]) => is(v, Column) && (v as AnyColumn).name === columnName);
  if (!entry) throw new Error(`no column ${columnName}`);
  return entry[0];
}

export const people = tableFor(lite.people);
export const children = tableFor(lite.children);
export const escalations = tableFor(lite.escalations);
export const escalationEvents = tableFor(lite.escalationEvents);
export const themes = tableFor(lite.themes);
export const themeLinks = tableFor(lite.themeLinks);
export const themeEvents = tableFor(lite.themeEvents);
export const letters = tableFor(lite.letters);
export const monthCounts = tableFor(lite.monthCounts);
export const settings = tableFor(lite.settings);
export const changeLog = tableFor(lite.changeLog);
export const presence = tableFor(lite.presence);
export const leases = tableFor(lite.leases);
export const savedViews = tableFor(lite.savedViews);
export const profiles = tableFor(lite.profiles);
export const recentRecipients = tableFor(lite.recentRecipients);
export const chairConcerns = tableFor(lite.chairConcerns);
export const chairConcernEvents = tableFor(lite.chairConcernEvents);

/** Every table of the SQLite schema has its PostgreSQL twin here (a test checks none is missed). */
export const POSTGRES_TABLES = [people, children, escalations, escalationEvents, themes, themeLinks, themeEvents, letters, monthCounts, settings, changeLog, presence, leases, savedViews, profiles, recentRecipients, chairConcerns, chairConcernEvents];
