import type { SqlRunner } from '../sql-runner';
import type { SqlDialect } from '../sql-dialect';

/**
 * Shared pieces of the report's SQL.
 *
 * Every report query takes the period as ?1 start instant, ?2 end instant (exclusive; ISO UTC strings,
 * which compare as text because every instant in the file is written by toISOString), ?3 first date and
 * ?4 last date (London calendar dates, inclusive).
 *
 * The queries are written for the report's indexes (db/schema.ts, migrations 0003 and 0011), and name the partial
 * ones with INDEXED BY, stating each one's condition as the index does (SQLite uses a partial index only then): on a
 * file share every page read is a round trip, so each figure reads a few index pages, never the events' JSON or one
 * table page per escalation (docs/BENCHMARKS.md, "The quarterly report").
 */

export interface PeriodBounds {
  start: string;
  end: string;
  from: string;
  to: string;
}

export const periodParams = (b: PeriodBounds) => [b.start, b.end, b.from, b.to];

/**
 * Runs a query with only the parameters it names (?1 … ?N), numbered again from 1 in order: SQLite refuses extra
 * bindings and PostgreSQL cannot type a parameter the query never uses.
 */
export function all(raw: SqlRunner, sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  const named = [...new Set([...sql.matchAll(/\?(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  const renumbered = sql.replace(/\?(\d+)/g, (_m, n: string) => `?${named.indexOf(Number(n)) + 1}`);
  return raw.all(renumbered, named.map((n) => params[n - 1]));
}

/** How many rows meet a condition (SQLite would sum the comparison; PostgreSQL's comparisons are booleans). */
export const countIf = (condition: string): string => `sum(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
export const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
export const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** Event kinds whose body carries a stage clock: the clock index is partial on exactly this list (db/schema.ts), so
 * every query that reads it must say `kind IN ${CLOCK_KINDS}` (SQLite uses a partial index only when told its condition). */
export const CLOCK_KINDS = `('raised', 'escalated', 'bypassed', 'extension-granted', 'urgency-changed')`;

/** The clock fields exactly as the clock index spells them (SQLite matches indexed expressions by their form). */
export const clockStage = (d: SqlDialect) => d.json('c.body', '$.clock.stageKey');
export const clockDueAt = (d: SqlDialect) => d.json('c.body', '$.clock.dueAt');
export const clockDueDate = (d: SqlDialect) => d.json('c.body', '$.clock.dueDate');
