import { describe, expect, it } from 'vitest';
import { openServices } from '../support/tracker-fixture';
import { escalationsRepo } from '../../db/repositories/escalations-repo';
import { myDayRepo } from '../../db/repositories/my-day-repo';

// SQLite's plans for the tracker's pages (../shared/DESIGN.md: "the tracker's main query has an EXPLAIN QUERY PLAN test
// that forbids a full scan"). The file only: on a share every page read is a round trip; the server plans its own.
describe('the tracker file answers the tracker page from its indexes', () => {
  it('serves the default tracker view (open, soonest due first) from an index, never a full scan', async () => {
    const s = await openServices();
    const plan = await s.tracker.readTx(async (tx, raw) => {
      const q = escalationsRepo.trackerRowsQuery(tx, { status: 'open', search: '', sort: 'due', direction: 'asc', limit: 100, offset: 0 }).toSQL();
      return raw.all(`EXPLAIN QUERY PLAN ${q.sql}`, q.params);
    });
    const details = plan.map((r) => String(r.detail));
    // The open rows' covering index, in due order: the page comes from the index alone (no table page per row).
    expect(details.some((d) => /USING COVERING INDEX escalations_open_covering/.test(d))).toBe(true);
    expect(details.filter((d) => /^SCAN (escalations|children)\b(?! USING COVERING INDEX)/.test(d))).toEqual([]);
    await s.close();
  });

  // Issue 31: "Filters over closed escalations from a covering index that answers the count and the first page."
  it.each([
    ['closed at stage 2', { status: 'closed', stage: 'stage-2' }, 'escalations_closed_covering', 'escalations_stage_status'],
    ['my closed ones', { status: 'closed', chair: 'Sam Patel' }, 'escalations_closed_covering', 'escalations_chair_status_due'],
    ['open at stage 2', { status: 'open', stage: 'stage-2' }, 'escalations_open_covering', 'escalations_stage_status'],
  ] as const)('serves %s from covering indexes: the page and the count, no table page per row', async (_name, filter, pageIndex, countIndex) => {
    const s = await openServices();
    const plans = await s.tracker.readTx(async (tx, raw) => {
      const q = { search: '', sort: 'due', direction: 'asc', limit: 100, offset: 0, ...filter } as const;
      const page = escalationsRepo.trackerRowsQuery(tx, q).toSQL();
      const count = escalationsRepo.trackerCountQuery(tx, q).toSQL();
      const explain = async (x: { sql: string; params: unknown[] }) => (await raw.all(`EXPLAIN QUERY PLAN ${x.sql}`, x.params)).map((r) => String(r.detail)).join(' | ');
      return { page: await explain(page), count: await explain(count) };
    });
    expect(plans.page).toBe(`SCAN escalations USING COVERING INDEX ${pageIndex}`);
    expect(plans.count).toMatch(new RegExp(`^SEARCH escalations USING COVERING INDEX ${countIndex} \\(`));
    await s.close();
  });

  // Issue 33: My day's agreed actions to check come from their own partial index (only follow-ups not yet recorded).
  it("finds a chair's follow-ups to check from their partial covering index: no table page per row", async () => {
    const s = await openServices();
    const plan = await s.tracker.readTx(async (tx, raw) => {
      const q = myDayRepo.followUpsDueQuery(tx, 'Sam Patel', '2026-03-13', 100).toSQL();
      return (await raw.all(`EXPLAIN QUERY PLAN ${q.sql}`, q.params)).map((r) => String(r.detail)).join(' | ');
    });
    expect(plan).toBe('SEARCH escalations USING COVERING INDEX escalations_follow_up_due (chair=? AND follow_up_on>? AND follow_up_on<?)');
    await s.close();
  });
});
