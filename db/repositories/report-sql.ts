import type { RawConnection } from '../sqlite';

/**
 * Shared pieces of the report's SQL.
 *
 * Every report query takes the period as ?1 start instant, ?2 end instant (exclusive; ISO UTC strings,
 * which compare as text because every instant in the file is written by toISOString), ?3 first date and
 * ?4 last date (London calendar dates, inclusive).
 *
 * The queries are written so that the indexes below serve them: the events of a kind in a time range, the
 * events of a kind on a date (resolutions, meetings), an escalation's stage clocks, and escalations by when
 * they closed. The clock index holds the JSON fields it is built on, so SQLite reads them from the index
 * instead of parsing each event's JSON (an "indexed expression"). Without the indexes every figure is the
 * same, only slower.
 */
export const REPORT_INDEXES = [
  'CREATE INDEX IF NOT EXISTS `escalation_events_kind_at` ON `escalation_events` (`kind`, `at`)',
  "CREATE INDEX IF NOT EXISTS `escalation_events_kind_date` ON `escalation_events` (`kind`, json_extract(`body`, '$.date'))",
  "CREATE INDEX IF NOT EXISTS `escalation_events_clock` ON `escalation_events` (`escalation_id`, `kind`, json_extract(`body`, '$.clock.stageKey'), `at`, json_extract(`body`, '$.clock.dueAt'), json_extract(`body`, '$.clock.dueDate'))",
  'CREATE INDEX IF NOT EXISTS `escalations_closed` ON `escalations` (`closed_at`)',
];

export interface PeriodBounds {
  start: string;
  end: string;
  from: string;
  to: string;
}

export const periodParams = (b: PeriodBounds) => [b.start, b.end, b.from, b.to];

/** Runs a query with only as many parameters as it names (?1 … ?N): SQLite refuses extra bindings. */
export function all(raw: RawConnection, sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  const highest = Math.max(0, ...[...sql.matchAll(/\?(\d+)/g)].map((m) => Number(m[1])));
  return raw.all(sql, params.slice(0, highest));
}

export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
export const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
export const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** Event kinds whose body carries a stage clock. */
export const CLOCK_KINDS = `('raised', 'escalated', 'bypassed', 'extension-granted', 'urgency-changed')`;

/** The clock fields exactly as the clock index spells them (SQLite matches indexed expressions by their form). */
export const CLOCK_STAGE = `json_extract(c.body, '$.clock.stageKey')`;
export const CLOCK_DUE_AT = `json_extract(c.body, '$.clock.dueAt')`;
export const CLOCK_DUE_DATE = `json_extract(c.body, '$.clock.dueDate')`;
