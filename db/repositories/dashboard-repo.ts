import type { SqlRunner } from '../sql-runner';
import { monthCountsRepo } from './month-counts-repo';
import { sqlDialect } from '../sql-dialect';
import { countIf } from './report-sql';

/**
 * The dashboard's SQL: open escalations grouped in SQLite, read from the open rows' covering index alone
 * (INDEXED BY: grouping by team or chair would otherwise pick a sort-free index and read one table page per
 * open row, 330 round trips on a share at 50,000 escalations), so the page costs the same for 500 or 50 000. The definitions are the tracker's own filters, so a
 * click-through lists exactly the escalations counted: "overdue" = next_due_at ≤ now; "due this week" =
 * next_due_date from today to the week's Sunday.
 */

export interface OpenGroupRow {
  key: string | null;
  open: number;
  overdue: number;
  dueThisWeek: number;
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

export type OpenDimension = 'stage_key' | 'urgency' | 'team' | 'chair';

export const dashboardRepo = {
  async openBy(raw: SqlRunner, dimension: OpenDimension | null, now: string, today: string, weekEnds: string): Promise<OpenGroupRow[]> {
    const d = sqlDialect(raw.dialect);
    const key = dimension ?? `'all'`;
    const rows = await raw.all(
      `SELECT ${key} AS key, count(*) AS n, ${countIf('next_due_at IS NOT NULL AND next_due_at <= ?1')} AS overdue,
              ${countIf('next_due_date >= ?2 AND next_due_date <= ?3')} AS due_week
       FROM escalations ${d.indexedBy('escalations_open_covering')} WHERE status = 'open' GROUP BY 1 ORDER BY 2 DESC, 1`,
      [now, today, weekEnds],
    );
    return rows.map((r) => ({ key: r.key === null ? null : String(r.key), open: num(r.n), overdue: num(r.overdue), dueThisWeek: num(r.due_week) }));
  },

  /** Open escalations raised in each half-open range of instants [start, end) (end null = no upper bound). */
  async openRaisedIn(raw: SqlRunner, ranges: { key: string; start: string | null; end: string | null }[]): Promise<Map<string, number>> {
    const d = sqlDialect(raw.dialect);
    const rows = await raw.all(
      `SELECT ${d.json('r.value', '$.key')} AS key, count(e.id) AS n
       FROM ${d.jsonEach('?1')} AS r LEFT JOIN escalations e ON e.status = 'open'
         AND (${d.json('r.value', '$.start')} IS NULL OR e.raised_at >= ${d.json('r.value', '$.start')})
         AND (${d.json('r.value', '$.end')} IS NULL OR e.raised_at < ${d.json('r.value', '$.end')})
       GROUP BY 1`,
      [JSON.stringify(ranges)],
    );
    return new Map(rows.map((r) => [String(r.key), num(r.n)]));
  },

  /**
   * Escalations raised, and closed, in each London month [start, end): from the month counts (a page), or, on a file
   * whose counts are not built (an older file opened read-only), counted from the raising and closing indexes.
   */
  async monthly(raw: SqlRunner, months: { key: string; start: string; end: string }[]): Promise<Map<string, { raised: number; closed: number }>> {
    const d = sqlDialect(raw.dialect);
    if (await monthCountsRepo.isBuilt(raw)) return monthCountsRepo.monthsOn(raw, months.map((m) => m.key));
    const json = JSON.stringify(months);
    const raised = await raw.all(
      `SELECT ${d.json('m.value', '$.key')} AS key,
              (SELECT count(*) FROM escalations e WHERE e.raised_at >= ${d.json('m.value', '$.start')} AND e.raised_at < ${d.json('m.value', '$.end')}) AS n
       FROM ${d.jsonEach('?1')} AS m`,
      [json],
    );
    const first = months[0]?.start ?? '';
    const last = months[months.length - 1]?.end ?? '';
    // One pass over the closed rows of the whole span, bucketed by month, from the narrow closing-time index (not
    // the report's wider one, which holds each closed row's state: three times the pages).
    const closed = await raw.all(
      `SELECT ${d.json('m.value', '$.key')} AS key, count(*) AS n
       FROM escalations e ${d.indexedBy('escalations_closed')} JOIN ${d.jsonEach('?1')} AS m ON e.closed_at >= ${d.json('m.value', '$.start')} AND e.closed_at < ${d.json('m.value', '$.end')}
       WHERE e.closed_at >= ?2 AND e.closed_at < ?3 GROUP BY 1`,
      [json, first, last],
    );
    const closedBy = new Map(closed.map((r) => [String(r.key), num(r.n)]));
    return new Map(raised.map((r) => [String(r.key), { raised: num(r.n), closed: closedBy.get(String(r.key)) ?? 0 }]));
  },

  async themeCounts(raw: SqlRunner): Promise<{ open: number; escalated: number; monitoring: number }> {
    const [row] = await raw.all(`SELECT ${countIf("status = 'open'")} AS open, ${countIf("status = 'escalated'")} AS escalated, ${countIf("status = 'monitoring'")} AS monitoring FROM themes`);
    return { open: num(row?.open), escalated: num(row?.escalated), monitoring: num(row?.monitoring) };
  },
};
