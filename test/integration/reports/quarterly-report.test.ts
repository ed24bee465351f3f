import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportScenario, call, CATEGORIES, type Scenario } from '../../support/report-scenario';
import type { PeriodFigures, PeriodReport } from '../../../shared/api/reports-outputs';

/*
 * seeds/004 (Rutland): "The Quality Assurance Manager will report quarterly to the Performance and QA
 * meeting, on the number of escalation alerts that have been initiated, the themes raised as concerns and
 * whether the timescales for resolving them have been met." Every expected value below is worked out by
 * hand from the scenario described in test/support/report-scenario.ts.
 */

let s: Scenario;
let report: PeriodReport;
let q1: PeriodFigures;
let q4: PeriodFigures;

beforeAll(async () => {
  s = await buildReportScenario();
  report = await call(s.services, 'reports.period', { from: '2025-04-01', to: '2025-06-30' });
  q1 = report.current;
  q4 = report.previous;
});
afterAll(() => s.services.close());

const count = (rows: { key: string; count: number }[], key: string) => rows.find((r) => r.key === key)?.count;
const stage = (f: PeriodFigures, key: string) => f.stageTimeliness.find((r) => r.stageKey === key)!;

describe('the quarterly report counts the escalation alerts initiated', () => {
  it('names the quarter and compares it with the quarter before', () => {
    expect(q1.period).toMatchObject({ from: '2025-04-01', to: '2025-06-30', label: 'Q1 2025/26 (1 April to 30 June 2025)' });
    expect(q4.period).toMatchObject({ from: '2025-01-01', to: '2025-03-31', label: 'Q4 2024/25 (1 January to 31 March 2025)' });
  });

  it('counts escalations raised in the quarter, informal and formal, by cohort', () => {
    expect(q1.initiated).toMatchObject({ total: 3, informal: 1, formal: 2, startedAboveFirstStage: 0 });
    expect(q1.initiated.byCohort).toEqual([
      { key: 'looked-after', label: 'Looked-after children', informal: 0, formal: 2, total: 2 },
      { key: 'child-protection', label: 'Children subject to a child protection plan', informal: 1, formal: 0, total: 1 },
    ]);
    expect(q4.initiated).toMatchObject({ total: 3, informal: 2, formal: 1 });
  });

  it('gives the highest stage reached by the end of the quarter, not by today', () => {
    expect(count(q1.highestStage, 'informal')).toBe(1);
    expect(count(q1.highestStage, 'stage-1')).toBe(1);
    expect(count(q1.highestStage, 'stage-4')).toBe(1);
    // A was escalated on 2 April, after Q4 ended: in Q4 it had reached only the informal stage.
    expect(count(q4.highestStage, 'informal')).toBe(2);
    expect(count(q4.highestStage, 'stage-1')).toBe(0);
    expect(count(q4.highestStage, 'stage-2')).toBe(1);
  });

  it('counts the themes raised as concerns (categories), the teams and the chairs', () => {
    expect(count(q1.byCategory, CATEGORIES.a)).toBe(1);
    expect(count(q1.byCategory, CATEGORIES.b)).toBe(2);
    expect(count(q1.byCategory, CATEGORIES.c)).toBe(1);
    expect(q1.byTeam).toEqual([
      { key: 'North', label: 'North', count: 2 },
      { key: 'South', label: 'South', count: 1 },
    ]);
    expect(q1.byChair.map((r) => [r.key, r.count])).toEqual([
      ['Sam Patel', 2],
      ['Ann Okafor', 1],
    ]);
  });
});

describe('the quarterly report says whether the timescales were met', () => {
  it('judges each stage that ended in the quarter against its own deadline, across Easter and the May bank holiday', () => {
    // A: informal escalated 2 Apr (due 3 Apr) on time. A: stage 1 resolved 8 Apr (due 9 Apr) on time.
    // B: stage 1 escalated 29 Apr: due Fri 25 Apr (Good Friday and Easter Monday skipped), 30 Apr once extended.
    // B: stage 2 bypassed 7 May at noon, due by the end of 7 May (early May bank holiday skipped). F: stage 2 resolved 3 Apr, due 5 Feb.
    expect(stage(q1, 'informal')).toMatchObject({ ended: 1, movedUp: 1, resolved: 0, withTimescale: 1, withinTimescale: 1, withinPct: 100 });
    expect(stage(q1, 'stage-1')).toMatchObject({ ended: 2, resolved: 1, movedUp: 1, withinTimescale: 1, withinExtended: 2, withinPct: 50, withinExtendedPct: 100 });
    expect(stage(q1, 'stage-2')).toMatchObject({ ended: 2, resolved: 1, movedUp: 1, withinTimescale: 1, withinExtended: 1, withinPct: 50 });
    expect(stage(q1, 'stage-3').ended).toBe(0);
    expect(q1.stageTimelinessTotal).toEqual({ ended: 5, resolved: 2, movedUp: 3, withTimescale: 5, withinTimescale: 3, withinExtended: 4, withinPct: 60, withinExtendedPct: 80 });
  });

  it('counts a stage in the quarter it ended, so an escalation crossing the boundary counts in each quarter once', () => {
    // Q4: E informal resolved 14 Feb (due 17 Feb); F stage 1 escalated 29 Jan (due 27 Jan). A's informal stage ended in Q1.
    expect(stage(q4, 'informal')).toMatchObject({ ended: 1, resolved: 1, withinTimescale: 1 });
    expect(stage(q4, 'stage-1')).toMatchObject({ ended: 1, movedUp: 1, withinTimescale: 0, withinPct: 0 });
    expect(q4.stageTimelinessTotal).toMatchObject({ ended: 2, withinTimescale: 1, withinPct: 50 });
  });

  it('gives the overall target and the median working days to resolution, bank holidays excluded', () => {
    // A: first formal stage 2 Apr → target 2 May; resolved 8 Apr, 8 working days after 27 Mar.
    // F: first formal stage 20 Jan → target 17 Feb; resolved 3 Apr, 53 working days after 20 Jan.
    expect(q1.resolution).toEqual({ resolved: 2, withTarget: 2, withinTarget: 1, resolvedLate: 1, withinTargetPct: 50, overallTargetWorkingDays: 20, medianWorkingDays: 30.5 });
    // E never reached a formal stage, so it has no overall target date.
    expect(q4.resolution).toEqual({ resolved: 1, withTarget: 0, withinTarget: 0, resolvedLate: 0, withinTargetPct: null, overallTargetWorkingDays: 20, medianWorkingDays: 4 });
  });

  it('lists bypasses with their reasons, and extensions with the working days they added', () => {
    expect(q1.bypasses.count).toBe(1);
    expect(q1.bypasses.items[0]).toMatchObject({
      escalationId: s.ids.B,
      date: '2025-05-07',
      fromStage: 'Stage 2: Service Manager',
      toStage: 'Stage 4: Director of Children’s Services',
      skipped: ['Stage 3: Head of Service'],
      reason: 'Child at immediate risk of placement breakdown',
      agreedWith: 'Head of Service',
    });
    expect(q1.extensions).toMatchObject({ count: 1, escalations: 1, workingDaysAdded: 3 });
    expect(q1.extensions.items[0]).toMatchObject({ stage: 'Stage 1: Team Manager', previousDueDate: '2025-04-25', newDueDate: '2025-04-30', workingDaysAdded: 3 });
    expect(count(q1.extensions.byStage, 'stage-1')).toBe(1);
    expect(q4.bypasses.count).toBe(0);
    expect(q4.extensions.count).toBe(0);
  });

  it('counts Cafcass referrals, meetings, closures and outcomes confirmed', () => {
    expect(q1.cafcass).toEqual({ referrals: 1, concurrent: 1, closing: 0 });
    expect(q1.meetings).toEqual({ total: 1, scheduled: 0, held: 1, outcome: 0 });
    expect(q1.closed).toEqual({ resolved: 2, withdrawn: 1, referredToCafcass: 0 });
    expect(q1.outcomes.withOutcome).toBe(1);
    expect(count(q1.outcomes.byOutcome, 'safeguarding-addressed')).toBe(1);
  });

  it('counts what was still open at the end of the quarter, and overdue then', () => {
    // Q1 end: B at stage 4 (due 14 May, overdue) and D at stage 1 (due 4 July). Q4 end: A informal (due 3 Apr), F stage 2 (due 5 Feb).
    expect(q1.openAtEnd).toMatchObject({ total: 2, overdue: 1 });
    expect(count(q1.openAtEnd.byStage, 'stage-4')).toBe(1);
    expect(count(q1.openAtEnd.byStage, 'stage-1')).toBe(1);
    expect(q4.openAtEnd).toMatchObject({ total: 2, overdue: 1 });
    expect(count(q4.openAtEnd.byStage, 'informal')).toBe(1);
    expect(count(q4.openAtEnd.byStage, 'stage-2')).toBe(1);
  });

  it('shows themed concerns with the escalations linked to them in the quarter', () => {
    expect(q1.themes.raised).toBe(1);
    expect(q1.themes.active).toEqual([
      { id: s.themeId, title: 'Placement sufficiency for teenagers', status: 'open', owner: 'QA Manager', raisedOn: '2025-05-22', linkedInPeriod: 2, linkedEscalations: 2, linkedChildren: 2 },
    ]);
    expect(q4.themes).toEqual({ raised: 0, active: [] });
  });
});

describe('any date range and the annual figures', () => {
  it('reports any range against the same number of days before it', async () => {
    const r = await call(s.services, 'reports.period', { from: '2025-04-16', to: '2025-05-15' });
    expect(r.current.period.kind).toBe('range');
    expect(r.previous.period).toMatchObject({ from: '2025-03-17', to: '2025-04-15' });
    expect(r.current.initiated.total).toBe(2); // B and C
    expect(r.previous.initiated.total).toBe(1); // A
  });

  it('gives the financial year, each of its quarters and the year before for the IRO annual report', async () => {
    const a = await call(s.services, 'reports.annual', { year: 2025 });
    expect(a.year.period).toMatchObject({ from: '2025-04-01', to: '2026-03-31' });
    expect(a.quarters.map((q) => q.initiated.total)).toEqual([3, 0, 0, 0]);
    expect(a.year.initiated.total).toBe(3);
    expect(a.year.closed.resolved).toBe(3); // A and F in Q1, D in Q2
    expect(a.previousYear.initiated.total).toBe(3);
    expect(a.year.stageTimelinessTotal.ended).toBe(q1.stageTimelinessTotal.ended + a.quarters[1]!.stageTimelinessTotal.ended);
  });

  it('refuses a range that ends before it starts, with a sentence', async () => {
    const { dispatch } = await import('../../../electron/dispatch');
    const r = await dispatch(s.services.handlers, 'reports.period', { from: '2025-06-30', to: '2025-04-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('The end date must be on or after the start date');
  });
});
