import { describe, expect, it } from 'vitest';
import { call } from '../letters/letters-fixture';
import { childInput, opId, openServices } from '../../support/tracker-fixture';
import { keyMessages } from '../../../shared/reports/key-messages';
import { figureTables } from '../../../shared/reports/figure-tables';
import type { PeriodReport } from '../../../shared/api/reports-outputs';

/** The summary table's value for a row, for the period shown first. */
const summary = (r: PeriodReport, key: string) => figureTables([r.current, r.previous]).find((t) => t.key === 'summary')!.rows.find((x) => x.key === key)!.values[0]![0];

/**
 * A quarter (January to March 2025, IRO Handbook: "timescales in total of no more than 20 working days") with one
 * escalation resolved within the overall target, one resolved late, and one still open past it at the quarter's end.
 */
async function quarter(now: { at: Date }) {
  const s = await openServices({ profileId: 'iro-handbook', now: () => now.at });
  const profile = s.context.profile();
  const ladder = profile.ladders[0]!;
  const category = profile.categories[0]!.key;
  const raise = async (on: string) => {
    now.at = new Date(`${on}T10:00:00Z`);
    const child = await call(s, 'children.create', childInput({ cohort: ladder.cohorts[0] }));
    return call(s, 'escalations.raise', { childId: child.id, startAt: ladder.stages[0]!.key, concern: { categoryKeys: [category], summary: 's', impactOnChild: 'i', requestedAction: { what: 'w', who: 'x', byWhen: null }, expectedOutcomeKeys: [] }, opId: opId() });
  };
  const resolve = async (e: Awaited<ReturnType<typeof raise>>, on: string) => {
    now.at = new Date(`${on}T15:00:00Z`);
    await call(s, 'escalations.command', { id: e.row.id, version: e.version, opId: opId(), command: { kind: 'resolve', date: on, outcomeKeys: [], note: '' } });
  };
  await resolve(await raise('2025-01-06'), '2025-01-10'); // within
  await resolve(await raise('2025-01-07'), '2025-03-20'); // late: the target was early February
  await raise('2025-01-13'); // open, past its target since February
  return s;
}

describe('the quarterly report’s headline', () => {
  it('counts resolved within, resolved late and open past the overall target, each as the table beneath it says', async () => {
    const now = { at: new Date() };
    const s = await quarter(now);
    try {
      now.at = new Date('2025-04-10T09:00:00Z'); // the quarter has ended
      const r = await call(s, 'reports.period', { from: '2025-01-01', to: '2025-03-31' });
      const messages = keyMessages(r.current, r.previous);
      const line = messages.find((m) => m.startsWith('Against the'))!;
      expect(line).toBe('Against the 20 working day overall target: 1 resolved within it, 1 resolved late, and 1 still open at the end of the period already past it.');
      // Every figure in the sentence is the summary table's.
      expect([summary(r, 'overall-within-n'), summary(r, 'overall-late'), summary(r, 'overall-open-past')]).toEqual([1, 1, 1]);
      expect(messages.at(-1)).toBe(`${summary(r, 'open-end')} escalation was still open at the end of the period, ${summary(r, 'open-end-overdue')} of them overdue.`);
      expect(r.current.asOf).toBeUndefined();
    } finally {
      await s.close();
    }
  });

  it('says "so far, as of" for a quarter still running, and never counts past today', async () => {
    const now = { at: new Date() };
    const s = await quarter(now);
    try {
      now.at = new Date('2025-02-20T09:00:00Z'); // Thursday, half-way through the quarter
      const r = await call(s, 'reports.period', { from: '2025-01-01', to: '2025-03-31' });
      expect(r.current.asOf).toBe('2025-02-20');
      const messages = keyMessages(r.current, r.previous);
      expect(messages[0]).toMatch(/^3 escalation alerts were initiated in .* so far \(as of Thursday 20 February 2025\): /);
      // Not yet resolved late on 20 February (that was 20 March); two open, both already past their target days.
      expect(messages.find((m) => m.startsWith('Against the'))).toBe('Against the 20 working day overall target: 1 resolved within it, 0 resolved late, and 2 still open as of Thursday 20 February 2025 already past it.');
      expect(messages.at(-1)).toMatch(/^2 escalations were still open as of Thursday 20 February 2025, /);
    } finally {
      await s.close();
    }
  });
});
