import type { CountRow, PeriodFigures } from '../api/reports-outputs';

/**
 * The report as tables: one definition used by the Reports page, the Word report, the spreadsheet and the
 * CSV, so a figure has the same label and value everywhere. Each table has rows, measures (columns) and
 * one value per period shown (this quarter and the one before; or the year's quarters).
 */

export type MeasureKind = 'count' | 'pct' | 'days';

export interface Measure {
  key: string;
  label: string;
  kind: MeasureKind;
}

/** Filters for the tracker page, emitted as `#/tracker?` + URLSearchParams. */
export type TrackerFilter = Record<string, string>;

export interface FigureRow {
  key: string;
  label: string;
  /** values[periodIndex][measureIndex] */
  values: (number | null)[][];
  /** The tracker filter showing exactly the escalations counted, per period (for the first measure). */
  filters?: (TrackerFilter | null)[];
}

export interface FigureTable {
  key: string;
  title: string;
  rowHeader: string;
  measures: Measure[];
  rows: FigureRow[];
}

const count = (key: string, label: string): Measure => ({ key, label, kind: 'count' });
const percent = (key: string, label: string): Measure => ({ key, label, kind: 'pct' });

/** Rows for every key that appears in any period, in the order first met. */
function countTable(key: string, title: string, rowHeader: string, periods: PeriodFigures[], pick: (f: PeriodFigures) => CountRow[], filter?: (row: CountRow, f: PeriodFigures) => TrackerFilter | null): FigureTable {
  const keys: { key: string; label: string }[] = [];
  for (const f of periods) for (const r of pick(f)) if (!keys.some((k) => k.key === r.key)) keys.push({ key: r.key, label: r.label });
  return {
    key,
    title,
    rowHeader,
    measures: [count('count', 'Number')],
    rows: keys.map((k) => ({
      key: k.key,
      label: k.label,
      values: periods.map((f) => [pick(f).find((r) => r.key === k.key)?.count ?? 0]),
      filters: filter ? periods.map((f) => filter(pick(f).find((r) => r.key === k.key) ?? { ...k, count: 0 }, f)) : undefined,
    })),
  };
}

const raisedIn = (f: PeriodFigures): TrackerFilter => ({ status: 'any', from: f.period.from, to: f.period.to });

function summaryTable(periods: PeriodFigures[]): FigureTable {
  const line = (key: string, label: string, kind: MeasureKind, value: (f: PeriodFigures) => number | null, filter?: (f: PeriodFigures) => TrackerFilter): FigureRow => ({
    key,
    label,
    values: periods.map((f) => [value(f)]),
    filters: filter ? periods.map(filter) : undefined,
  });
  const rows: (FigureRow & { kind?: MeasureKind })[] = [
    line('initiated', 'Escalations initiated', 'count', (f) => f.initiated.total, raisedIn),
    line('informal', 'of which started informally', 'count', (f) => f.initiated.informal),
    line('formal', 'of which started at a formal stage', 'count', (f) => f.initiated.formal),
    line('above-first', 'started above the first formal stage', 'count', (f) => f.initiated.startedAboveFirstStage),
    line('resolved', 'Resolved', 'count', (f) => f.closed.resolved),
    line('withdrawn', 'Withdrawn', 'count', (f) => f.closed.withdrawn),
    line('closed-cafcass', 'Closed on referral to Cafcass', 'count', (f) => f.closed.referredToCafcass),
    line('stage-within', 'Stage responses within timescale (%)', 'pct', (f) => f.stageTimelinessTotal.withinPct),
    line('stage-within-ext', 'Stage responses within timescale, with extensions (%)', 'pct', (f) => f.stageTimelinessTotal.withinExtendedPct),
    line('overall-within', 'Resolved within the overall target (%)', 'pct', (f) => f.resolution.withinTargetPct),
    line('overall-within-n', 'Resolved within the overall target', 'count', (f) => f.resolution.withinTarget),
    line('overall-late', 'Resolved after the overall target', 'count', (f) => f.resolution.resolvedLate ?? f.resolution.withTarget - f.resolution.withinTarget),
    line('overall-open-past', 'Still open and already past the overall target', 'count', (f) => f.openAtEnd.pastOverallTarget ?? 0),
    line('median', 'Median working days to resolution', 'days', (f) => f.resolution.medianWorkingDays),
    line('bypasses', 'Stages bypassed', 'count', (f) => f.bypasses.count),
    ...(periods.some((f) => (f.preconditions?.recorded ?? 0) + (f.preconditions?.waived ?? 0) > 0)
      ? [
          line('preconditions-recorded', 'Preconditions recorded before moving on', 'count', (f) => f.preconditions?.recorded ?? 0),
          line('preconditions-waived', 'Preconditions waived (not possible, with why)', 'count', (f) => f.preconditions?.waived ?? 0),
        ]
      : []),
    line('extensions', 'Extensions granted', 'count', (f) => f.extensions.count),
    line('cafcass', 'Cafcass referrals', 'count', (f) => f.cafcass.referrals),
    line('meetings', 'Meetings held', 'count', (f) => f.meetings.held + f.meetings.outcome),
    line('outcomes', 'Resolved with the outcome confirmed', 'count', (f) => f.outcomes.withOutcome),
    line('follow-up-set', 'Resolved with an agreed action to check', 'count', (f) => f.followUps.resolvedWithAction),
    line('follow-up-done', 'of which the agreed action confirmed done', 'count', (f) => f.followUps.done),
    line('median-to-action', 'Median working days from raised to the agreed action done', 'days', (f) => f.followUps.medianWorkingDaysToAction),
    line('open-end', 'Still open at the end of the period (or now, for a period still running)', 'count', (f) => f.openAtEnd.total),
    line('open-end-overdue', 'of which overdue then', 'count', (f) => f.openAtEnd.overdue),
    line('themes', 'Themed concerns raised', 'count', (f) => f.themes.raised),
    line('chair-concerns', 'Concerns about a chair or the reviewing service raised', 'count', (f) => f.concernsAboutChairs.raised),
    line('median-to-chair-response', 'Median working days to the formal response to a concern about a chair', 'days', (f) => f.concernsAboutChairs.medianWorkingDaysToResponse),
  ];
  return { key: 'summary', title: 'Summary', rowHeader: 'Measure', measures: [count('value', 'Value')], rows };
}

/** The kind of each summary row's value (the summary mixes counts, percentages and days). */
export function summaryKind(rowKey: string): MeasureKind {
  if (rowKey.endsWith('within') || rowKey.endsWith('within-ext')) return 'pct';
  return rowKey.startsWith('median') ? 'days' : 'count';
}

/** Steps inside stages that ended in the period (a procedure with no steps has no such table). */
function stepTable(periods: PeriodFigures[]): FigureTable[] {
  const keys: { key: string; label: string }[] = [];
  for (const f of periods) for (const x of f.stepTimeliness ?? []) if (!keys.some((k) => k.key === `${x.stageKey}/${x.stepKey}`)) keys.push({ key: `${x.stageKey}/${x.stepKey}`, label: `${x.stageLabel} – ${x.label}` });
  if (keys.length === 0) return [];
  return [
    {
      key: 'step-timeliness',
      title: 'Steps inside stages (steps that ended in the period)',
      rowHeader: 'Step',
      measures: [count('ended', 'Ended'), count('met', 'By its deadline'), count('missed', 'After its deadline'), count('no-response', 'No response'), percent('met-pct', 'By its deadline (%)')],
      rows: keys.map((k) => ({
        key: k.key,
        label: k.label,
        values: periods.map((f) => {
          const x = f.stepTimeliness?.find((y) => `${y.stageKey}/${y.stepKey}` === k.key);
          return [x?.ended ?? 0, x?.met ?? 0, x?.missed ?? 0, x?.noResponse ?? 0, x?.metPct ?? null];
        }),
      })),
    },
  ];
}

export function figureTables(periods: PeriodFigures[]): FigureTable[] {
  const cohortKeys = periods[0]?.initiated.byCohort.map((c) => c) ?? [];
  const stageKeys = periods[0]?.stageTimeliness ?? [];
  return [
    summaryTable(periods),
    {
      key: 'cohort',
      title: 'Escalations initiated, by cohort',
      rowHeader: 'Cohort',
      measures: [count('informal', 'Informal'), count('formal', 'Formal'), count('total', 'Total')],
      rows: cohortKeys.map((c) => ({
        key: c.key,
        label: c.label,
        values: periods.map((f) => {
          const x = f.initiated.byCohort.find((y) => y.key === c.key);
          return [x?.informal ?? 0, x?.formal ?? 0, x?.total ?? 0];
        }),
      })),
    },
    countTable('highest-stage', 'Highest stage reached (escalations initiated in the period)', 'Stage', periods, (f) => f.highestStage),
    countTable('category', 'Escalations initiated, by category of concern', 'Category', periods, (f) => f.byCategory, (r, f) => ({ ...raisedIn(f), category: r.key })),
    ...(periods.some((f) => f.byUrgency)
      ? [countTable('urgency', 'Escalations initiated, by urgency (RAG rating as it stands now)', 'Urgency', periods, (f) => f.byUrgency ?? [])]
      : []),
    countTable('team', 'Escalations initiated, by team', 'Team', periods, (f) => f.byTeam, (r, f) => ({ ...raisedIn(f), team: r.key })),
    countTable('chair', 'Escalations initiated, by chair', 'Chair', periods, (f) => f.byChair, (r, f) => ({ ...raisedIn(f), chair: r.key })),
    {
      key: 'timeliness',
      title: 'Stage timeliness (stages that ended in the period)',
      rowHeader: 'Stage',
      measures: [count('ended', 'Ended'), count('with-timescale', 'With a timescale'), percent('within', 'Within timescale (%)'), percent('within-ext', 'With extensions (%)')],
      rows: [
        ...stageKeys.map((s) => ({
          key: s.stageKey,
          label: s.label,
          values: periods.map((f) => {
            const x = f.stageTimeliness.find((y) => y.stageKey === s.stageKey);
            return [x?.ended ?? 0, x?.withTimescale ?? 0, x?.withinPct ?? null, x?.withinExtendedPct ?? null];
          }),
        })),
        {
          key: 'all',
          label: 'All stages',
          values: periods.map((f) => [f.stageTimelinessTotal.ended, f.stageTimelinessTotal.withTimescale, f.stageTimelinessTotal.withinPct, f.stageTimelinessTotal.withinExtendedPct]),
        },
      ],
    },
    ...stepTable(periods),
    countTable('outcomes', 'Outcomes confirmed on resolution', 'Outcome', periods, (f) => f.outcomes.byOutcome),
    countTable('follow-ups', 'Evidence of impact: did the agreed action happen? (escalations resolved in the period)', 'Follow-up', periods, (f) => [
      { key: 'with-action', label: 'Resolved with an agreed action', count: f.followUps.resolvedWithAction },
      { key: 'due', label: 'Check date reached', count: f.followUps.due },
      { key: 'recorded', label: 'Checked', count: f.followUps.recorded },
      { key: 'done', label: 'Done', count: f.followUps.done },
      { key: 'partly', label: 'Partly done', count: f.followUps.partly },
      { key: 'not-done', label: 'Not done', count: f.followUps.notDone },
      { key: 'raised-again', label: 'Not done and raised again', count: f.followUps.raisedAgain },
      { key: 'not-checked', label: 'Not yet checked', count: f.followUps.notYetChecked },
      { key: 'overdue', label: 'Not checked and past the check date', count: f.followUps.overdueUnchecked },
      { key: 'not-set', label: 'Resolved with no follow-up set', count: f.followUps.notSet },
    ]),
    countTable('chair-concerns', 'Concerns about a chair or the reviewing service (raised in the period), by stage reached', 'Stage reached', periods, (f) => f.concernsAboutChairs.byStageReached),
    countTable('chair-concerns-outcome', 'Concerns about a chair or the reviewing service, by outcome of the formal response', 'Outcome', periods, (f) => f.concernsAboutChairs.byOutcome),
    countTable('extensions', 'Extensions granted, by stage', 'Stage', periods, (f) => f.extensions.byStage),
    countTable('meetings', 'Meetings (by meeting date)', 'Meeting', periods, (f) => [
      { key: 'scheduled', label: 'Scheduled', count: f.meetings.scheduled },
      { key: 'held', label: 'Held', count: f.meetings.held },
      { key: 'outcome', label: 'Outcome recorded', count: f.meetings.outcome },
    ]),
    countTable('cafcass', 'Cafcass referrals', 'Referral', periods, (f) => [
      { key: 'concurrent', label: 'Concurrent (escalation continued)', count: f.cafcass.concurrent },
      { key: 'closing', label: 'Closing the escalation', count: f.cafcass.closing },
    ]),
    countTable('no-response', 'No response by the deadline (escalated after silence), by stage', 'Stage', periods, (f) => f.noResponse?.byStage ?? []),
    countTable('no-response-role', 'No response by the deadline, by recipient', 'Recipient', periods, (f) => f.noResponse?.byRecipientRole ?? []),
    countTable('open-end', 'Still open at the end of the period, by stage then', 'Stage', periods, (f) => f.openAtEnd.byStage),
  ];
}

/** A value as printed: counts as integers, percentages with one decimal and "%", days with up to one decimal. */
export function formatValue(value: number | null, kind: MeasureKind): string {
  if (value === null) return '—';
  switch (kind) {
    case 'count':
      return String(value);
    case 'pct':
      return `${value.toFixed(1)}%`;
    case 'days':
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
    default: {
      const unreachable: never = kind;
      return String(unreachable);
    }
  }
}

/** The tracker page's address for a filter: `#/tracker?` + URLSearchParams. */
export function trackerHref(filter: TrackerFilter): string {
  return `#/tracker?${new URLSearchParams(filter).toString()}`;
}
