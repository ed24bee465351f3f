import { sql } from 'drizzle-orm';
import type { Db } from '../tracker';
import type { SqlRunner } from '../sql-runner';
import { monthCounts } from '../schema';
import { londonDateOf } from '../../shared/calendar';
import { settingsWriteRepo } from './settings-write-repo';
import { sqlDialect } from '../sql-dialect';

/**
 * Escalations raised and closed per London month, kept by the writers of the escalation rows in their own
 * transaction: a new row counts in its raising month (and closing month, if it comes in closed: an import, the demo
 * seed); a save that sets or clears the closing time moves one count. `rebuild` recounts from the rows.
 */

/** The London calendar month of an instant, as the dashboard's months are keyed. */
export const monthOf = (instant: string): string => londonDateOf(instant).slice(0, 7);

/** Marks a tracker whose month counts are complete (settings key; the value is when they were built). */
export const MONTH_COUNTS_BUILT = 'monthCountsBuilt';

export const monthCountsRepo = {
  async add(db: Db, month: string, raised: number, closed: number): Promise<void> {
    await db
      .insert(monthCounts)
      .values({ month, raised, closed })
      .onConflictDoUpdate({ target: monthCounts.month, set: { raised: sql`${monthCounts.raised} + ${raised}`, closed: sql`${monthCounts.closed} + ${closed}` } })
      .run();
  },
  /** A new escalation row: raised in its month, and closed in its closing month if it is closed already. */
  async counted(db: Db, raisedAt: string, closedAt: string | null): Promise<void> {
    await monthCountsRepo.add(db, monthOf(raisedAt), 1, 0);
    if (closedAt) await monthCountsRepo.add(db, monthOf(closedAt), 0, 1);
  },
  /** A save changed the closing time from `before` to `after` (either may be null). */
  async closedMoved(db: Db, before: string | null, after: string | null): Promise<void> {
    if (before) await monthCountsRepo.add(db, monthOf(before), 0, -1);
    if (after) await monthCountsRepo.add(db, monthOf(after), 0, 1);
  },
  async monthsOn(raw: SqlRunner, months: string[]): Promise<Map<string, { raised: number; closed: number }>> {
    const rows = await raw.all(`SELECT month, raised, closed FROM month_counts WHERE month IN (SELECT value FROM ${sqlDialect(raw.dialect).jsonEach('?')} AS m)`, [JSON.stringify(months)]);
    return new Map(rows.map((r) => [String(r.month), { raised: Number(r.raised), closed: Number(r.closed) }]));
  },
  /**
   * Recounts every month from the escalation rows, on a bare connection inside the caller's write transaction, and
   * marks the counts complete. Reads two indexes (raising and closing times), not the rows.
   */
  async rebuild(raw: SqlRunner, at: string): Promise<number> {
    const counts = new Map<string, { raised: number; closed: number }>();
    const bump = (month: string, key: 'raised' | 'closed') => {
      const c = counts.get(month) ?? { raised: 0, closed: 0 };
      c[key] += 1;
      counts.set(month, c);
    };
    for (const r of await raw.all('SELECT raised_at AS at FROM escalations')) bump(monthOf(String(r.at)), 'raised');
    for (const r of await raw.all('SELECT closed_at AS at FROM escalations WHERE closed_at IS NOT NULL')) bump(monthOf(String(r.at)), 'closed');
    await raw.run('DELETE FROM month_counts');
    for (const [month, c] of counts) await raw.run('INSERT INTO month_counts (month, raised, closed) VALUES (?, ?, ?)', [month, c.raised, c.closed]);
    await settingsWriteRepo.upsertOn(raw, MONTH_COUNTS_BUILT, at, 'summaries', at);
    return counts.size;
  },
  async isBuilt(raw: SqlRunner): Promise<boolean> {
    return (await raw.all('SELECT 1 FROM settings WHERE key = ?', [MONTH_COUNTS_BUILT])).length > 0;
  },
};
