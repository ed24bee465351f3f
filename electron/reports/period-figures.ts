import type { SqlRunner } from '../../db/sql-runner';
import { reportRepo, type PeriodBounds, type ResolvedRow } from '../../db/repositories/report-repo';
import { reportEventsRepo } from '../../db/repositories/report-events-repo';
import { INFORMAL } from '../../shared/engine/types';
import { preconditionTitle } from '../../shared/engine/entry-rules';
import { addCalendarDays, londonDateOf, startOfLondonDay, workingDaysBetween, type Calendar } from '../../shared/calendar';
import type { Profile } from '../../shared/profile/schema';
import type { ChairConcernFigures, FollowUpFigures, PeriodFigures, StageTimeliness, StepTimeliness } from '../../shared/api/reports-outputs';
import type { Period } from '../../shared/reports/periods';
import { responseOutcomeLabels, responseOutcomes } from '../../shared/chair-concerns/engine';
import { cohortLabel, cohortsOf, labelledRows, median, pct, stageCatalogue } from './stage-catalogue';

export function boundsOf(period: Pick<Period, 'from' | 'to'>): PeriodBounds {
  return { start: startOfLondonDay(period.from), end: startOfLondonDay(addCalendarDays(period.to, 1)), from: period.from, to: period.to };
}

const sumBy = <T>(rows: T[], f: (r: T) => number) => rows.reduce((n, r) => n + f(r), 0);

/** Position of a stage on a ladder: 0 = informal, 1 = first formal stage; -1 if the ladder has no such stage. */
function positionOf(profile: Profile, ladderKey: string, stageKey: string): number {
  if (stageKey === INFORMAL) return 0;
  const ladder = profile.ladders.find((l) => l.key === ladderKey);
  const i = ladder ? ladder.stages.findIndex((s) => s.key === stageKey) : -1;
  return i < 0 ? -1 : i + 1;
}

function stageAt(profile: Profile, ladderKey: string, index: number): string | undefined {
  if (index === 0) return INFORMAL;
  return profile.ladders.find((l) => l.key === ladderKey)?.stages[index - 1]?.key;
}

async function initiatedFigures(raw: SqlRunner, b: PeriodBounds, profile: Profile) {
  const catalogue = stageCatalogue(profile);
  const groups = (await reportRepo.initiated(raw, b, catalogue.json)).map((g) => ({
    ...g,
    startIndex: positionOf(profile, g.ladder, g.startStage),
    highest: (g.highestIndex === null ? undefined : stageAt(profile, g.ladder, g.highestIndex)) ?? g.startStage,
  }));
  const cohorts = [...cohortsOf(profile), ...groups.map((g) => g.cohort)].filter((c, i, all) => all.indexOf(c) === i);
  const byCohort = cohorts.map((c) => {
    const mine = groups.filter((g) => g.cohort === c);
    const informal = sumBy(mine.filter((g) => g.startIndex === 0), (g) => g.count);
    const total = sumBy(mine, (g) => g.count);
    return { key: c, label: cohortLabel(c), informal, formal: total - informal, total };
  });
  const highest = new Map<string, number>();
  for (const g of groups) highest.set(g.highest, (highest.get(g.highest) ?? 0) + g.count);
  const total = sumBy(groups, (g) => g.count);
  const informal = sumBy(groups.filter((g) => g.startIndex === 0), (g) => g.count);
  return {
    initiated: { total, informal, formal: total - informal, startedAboveFirstStage: sumBy(groups.filter((g) => g.startIndex > 1), (g) => g.count), byCohort },
    highestStage: catalogue.rows(highest),
  };
}

async function timelinessFigures(raw: SqlRunner, b: PeriodBounds, profile: Profile) {
  const catalogue = stageCatalogue(profile);
  const groups = await reportRepo.stageTimeliness(raw, b);
  const keys = [...catalogue.stages.map((s) => s.key), ...groups.map((g) => g.stage)].filter((k, i, all) => all.indexOf(k) === i);
  const line = (rows: typeof groups): Omit<StageTimeliness, 'stageKey' | 'label'> => {
    const withTimescale = sumBy(rows, (g) => g.withTimescale);
    const withinTimescale = sumBy(rows, (g) => g.within);
    const withinExtended = sumBy(rows, (g) => g.withinExtended);
    return {
      ended: sumBy(rows, (g) => g.ended),
      resolved: sumBy(rows.filter((g) => g.kind === 'resolved'), (g) => g.ended),
      movedUp: sumBy(rows.filter((g) => g.kind !== 'resolved'), (g) => g.ended),
      withTimescale,
      withinTimescale,
      withinExtended,
      withinPct: pct(withinTimescale, withTimescale),
      withinExtendedPct: pct(withinExtended, withTimescale),
    };
  };
  return {
    stageTimeliness: keys.map((k) => ({ stageKey: k, label: catalogue.label(k), ...line(groups.filter((g) => g.stage === k)) })),
    stageTimelinessTotal: line(groups),
  };
}

/**
 * What became of the agreed actions of the resolutions in the period, as recorded by `today` (the day the report is
 * made: a follow-up checked after the period ended still counts for the resolution's period).
 */
export function followUpFigures(rows: ResolvedRow[], calendar: Calendar, today: string): FollowUpFigures {
  const set = rows.filter((r) => r.followUp !== null).map((r) => ({ ...r.followUp!, raisedAt: r.raisedAt }));
  const result = (x: string) => set.filter((f) => f.result === x);
  const done = result('done');
  const recorded = set.filter((f) => f.result !== null).length;
  return {
    resolvedWithAction: set.length,
    notSet: rows.length - set.length,
    due: set.filter((f) => f.checkOn <= today).length,
    recorded,
    done: done.length,
    partly: result('partly').length,
    notDone: result('not-done').length,
    raisedAgain: result('not-done').filter((f) => f.raisedAgain).length,
    notYetChecked: set.length - recorded,
    overdueUnchecked: set.filter((f) => f.result === null && f.checkOn < today).length,
    medianWorkingDaysToAction: median(done.filter((f) => f.doneOn !== null).map((f) => Math.max(0, workingDaysBetween(calendar, londonDateOf(f.raisedAt), f.doneOn!)))),
  };
}

/** Concerns about a chair raised in the period, by stage reached, outcome and time to the first formal response. */
async function chairConcernFigures(raw: SqlRunner, b: PeriodBounds, profile: Profile, calendar: Calendar): Promise<ChairConcernFigures> {
  const rows = await reportRepo.chairConcerns(raw, b);
  const stages = profile.chairConcerns.stages;
  const byStage = new Map<string, number>();
  for (const r of rows) {
    const key = stages[r.highest - 1]?.key ?? `stage-${r.highest}`;
    byStage.set(key, (byStage.get(key) ?? 0) + 1);
  }
  const outcomes = [...responseOutcomes.map((o) => ({ key: o, label: responseOutcomeLabels[o] })), { key: 'none', label: 'No formal response yet' }];
  return {
    raised: rows.length,
    byStageReached: [...stages.map((st) => ({ key: st.key, label: st.label, count: byStage.get(st.key) ?? 0 })), ...[...byStage].filter(([k]) => !stages.some((st) => st.key === k)).map(([k, n]) => ({ key: k, label: k, count: n }))],
    byOutcome: outcomes.map((o) => ({ ...o, count: rows.filter((r) => (r.outcome ?? 'none') === o.key).length })),
    resolved: rows.filter((r) => r.status === 'resolved').length,
    withdrawn: rows.filter((r) => r.status === 'withdrawn').length,
    stillOpen: rows.filter((r) => r.status === 'open').length,
    medianWorkingDaysToResponse: median(rows.filter((r) => r.firstResponseOn !== null).map((r) => workingDaysBetween(calendar, r.raisedOn, r.firstResponseOn!))),
  };
}

async function resolutionFigures(raw: SqlRunner, b: PeriodBounds, profile: Profile, calendar: Calendar, today: string) {
  const rows = await reportRepo.resolved(raw, b);
  // Working days are counted over the resolved set only (the bank-holiday calendar lives in JavaScript).
  const days = rows.map((r) => workingDaysBetween(calendar, londonDateOf(r.raisedAt), r.resolvedOn));
  const withTarget = rows.filter((r) => r.overallDueDate !== null);
  const withinTarget = withTarget.filter((r) => r.resolvedOn <= r.overallDueDate!).length;
  const outcomes = new Map<string, number>();
  for (const r of rows) for (const k of new Set(r.outcomes)) outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
  return {
    resolution: {
      resolved: rows.length,
      withTarget: withTarget.length,
      withinTarget,
      resolvedLate: withTarget.length - withinTarget,
      withinTargetPct: pct(withinTarget, withTarget.length),
      overallTargetWorkingDays: profile.overallTarget?.workingDays ?? null,
      medianWorkingDays: median(days),
    },
    outcomes: { resolved: rows.length, withOutcome: rows.filter((r) => r.outcomes.length > 0).length, byOutcome: labelledRows(profile.outcomes, outcomes) },
    followUps: followUpFigures(rows, calendar, today),
  };
}

async function eventFigures(raw: SqlRunner, b: PeriodBounds, profile: Profile, calendar: Calendar) {
  const catalogue = stageCatalogue(profile);
  const bypassRows = await reportEventsRepo.bypasses(raw, b);
  const preconditionRows = await reportEventsRepo.preconditions(raw, b);
  const waived = preconditionRows.filter((x) => x.waived !== null);
  const extensionRows = await reportEventsRepo.extensions(raw, b);
  const other = await reportEventsRepo.referralsAndMeetings(raw, b);
  const silent = await reportEventsRepo.noResponses(raw, b);
  const byRole = new Map<string, number>();
  for (const x of silent) {
    const role = profile.ladders.flatMap((l) => [...(l.informal ? [{ key: 'informal', recipientRole: l.informal.recipientRole }] : []), ...l.stages]).find((s) => s.key === x.stage)?.recipientRole ?? x.stage;
    byRole.set(role, (byRole.get(role) ?? 0) + x.n);
  }
  const extensionsByStage = new Map<string, number>();
  for (const x of extensionRows) extensionsByStage.set(x.stage, (extensionsByStage.get(x.stage) ?? 0) + 1);
  const extensionItems = extensionRows.map((x) => ({
    escalationId: x.escalationId,
    caseId: x.caseId,
    date: londonDateOf(x.at),
    stage: catalogue.label(x.stage),
    previousDueDate: x.previousDueDate,
    newDueDate: x.newDueDate,
    workingDaysAdded: x.previousDueDate && x.newDueDate ? workingDaysBetween(calendar, x.previousDueDate, x.newDueDate) : null,
    reason: x.reason,
  }));
  return {
    bypasses: {
      count: bypassRows.length,
      items: bypassRows.map((x) => ({
        escalationId: x.escalationId,
        caseId: x.caseId,
        date: londonDateOf(x.at),
        fromStage: x.from === 'raised' ? 'Raised here (started above the first stage)' : catalogue.label(x.from),
        toStage: catalogue.label(x.to),
        skipped: (JSON.parse(x.skipped || '[]') as string[]).map((k) => catalogue.label(k)),
        reason: x.reason,
        agreedWith: x.agreedWith,
      })),
    },
    preconditions: {
      recorded: preconditionRows.length - waived.length,
      waived: waived.length,
      items: waived.map((x) => ({
        escalationId: x.escalationId,
        caseId: x.caseId,
        date: londonDateOf(x.at),
        stage: catalogue.label(x.stage),
        what: preconditionTitle(x.kind, x.role),
        why: x.waived ?? '',
      })),
    },
    extensions: {
      count: extensionRows.length,
      escalations: new Set(extensionRows.map((x) => x.escalationId)).size,
      workingDaysAdded: sumBy(extensionItems, (x) => x.workingDaysAdded ?? 0),
      byStage: catalogue.rows(extensionsByStage),
      items: extensionItems,
    },
    cafcass: { referrals: other.referrals, concurrent: other.concurrent, closing: other.referrals - other.concurrent },
    noResponse: {
      count: sumBy(silent, (x) => x.n),
      byStage: catalogue.rows(new Map(silent.map((x) => [x.stage, x.n]))),
      byRecipientRole: [...byRole].map(([role, count]) => ({ key: role, label: role, count })),
    },
    meetings: { total: other.scheduled + other.held + other.outcome, scheduled: other.scheduled, held: other.held, outcome: other.outcome },
  };
}

/** Steps that ended in the period, labelled from the procedure (a step since renamed or removed keeps its key). */
async function stepFigures(raw: SqlRunner, b: PeriodBounds, profile: Profile): Promise<StepTimeliness[]> {
  const catalogue = stageCatalogue(profile);
  const rows = await reportEventsRepo.stepTimeliness(raw, b);
  // In the procedure's order: by stage as the ladders list them, then by step within the stage.
  const order = profile.ladders.flatMap((l) => l.stages.flatMap((st) => (st.steps ?? []).map((x) => ({ stage: st.key, step: x.key, label: x.label }))));
  const at = (r: { stage: string; step: string }) => {
    const i = order.findIndex((o) => o.stage === r.stage && o.step === r.step);
    return i < 0 ? order.length : i;
  };
  const stepLabel = (stage: string, step: string) => order.find((o) => o.stage === stage && o.step === step)?.label ?? step;
  return [...rows].sort((a, b) => at(a) - at(b)).map((r) => ({
    stageKey: r.stage,
    stageLabel: catalogue.label(r.stage),
    stepKey: r.step,
    label: stepLabel(r.stage, r.step),
    kind: r.kind,
    ended: r.ended,
    met: r.met,
    missed: r.missed,
    noResponse: r.noResponse,
    untimed: r.untimed,
    metPct: pct(r.met, r.met + r.missed + r.noResponse),
  }));
}

/** Every level of the profile's RAG scheme in its order, then any level no longer in the profile. */
async function urgencyRows(raw: SqlRunner, b: PeriodBounds, profile: Profile) {
  const counts = await reportRepo.byColumn(raw, b, 'urgency');
  const levels = profile.urgency?.levels ?? [];
  const known = levels.map((l) => ({ key: l.key, label: l.label, count: counts.find((c) => c.key === l.key)?.count ?? 0 }));
  const other = counts.filter((c) => !levels.some((l) => l.key === c.key)).map((c) => ({ key: c.key, label: c.key || '(no urgency recorded)', count: c.count }));
  return [...known, ...other];
}

/** Every figure of one period, read inside the caller's read transaction. */
export async function periodFigures(raw: SqlRunner, profile: Profile, calendar: Calendar, period: Period, now?: Date): Promise<PeriodFigures> {
  // A period still running is counted up to now ("so far, as of …"): nothing is said about a date not yet reached.
  const full = boundsOf(period);
  const running = now !== undefined && now.toISOString() < full.end;
  const asOf = running ? londonDateOf(now) : null;
  // Up to and including this instant: what was recorded just now is in.
  const b: PeriodBounds = running ? { ...full, end: new Date(now.getTime() + 1).toISOString(), to: asOf! < full.from ? full.from : asOf! } : full;
  const categories = await reportRepo.byCategory(raw, b, JSON.stringify([...profile.categories.map((c) => c.key)]));
  const closures = await reportEventsRepo.closures(raw, b);
  // The last day over by the end: the period's last day once it has ended; yesterday while it is still running.
  const open = await reportRepo.openAtEnd(raw, b, asOf ? addCalendarDays(asOf, -1) : b.to);
  const themes = await reportRepo.themes(raw, b);
  const catalogue = stageCatalogue(profile);
  const resolution = await resolutionFigures(raw, b, profile, calendar, now ? londonDateOf(now) : full.to);
  return {
    period,
    ...(await initiatedFigures(raw, b, profile)),
    byCategory: labelledRows(profile.categories, categories),
    byTeam: (await reportRepo.byColumn(raw, b, 'team')).map((r) => ({ key: r.key, label: r.key || '(no team recorded)', count: r.count })),
    byChair: (await reportRepo.byColumn(raw, b, 'chair')).map((r) => ({ key: r.key, label: r.key || '(no chair recorded)', count: r.count })),
    ...(profile.urgency ? { byUrgency: await urgencyRows(raw, b, profile) } : {}),
    ...(await timelinessFigures(raw, b, profile)),
    stepTimeliness: await stepFigures(raw, b, profile),
    closed: { resolved: resolution.resolution.resolved, withdrawn: closures.withdrawn, referredToCafcass: closures.referred },
    ...resolution,
    ...(await eventFigures(raw, b, profile, calendar)),
    concernsAboutChairs: await chairConcernFigures(raw, b, profile, calendar),
    ...(asOf ? { asOf } : {}),
    openAtEnd: {
      total: sumBy(open, (r) => r.open),
      overdue: sumBy(open, (r) => r.overdue),
      pastOverallTarget: sumBy(open, (r) => r.pastTarget),
      byStage: catalogue.rows(new Map(open.map((r) => [r.stage, r.open]))),
    },
    themes: {
      raised: themes.raised,
      active: themes.active.map((t) => ({ id: t.id, title: t.title, status: t.status, owner: t.owner, raisedOn: londonDateOf(t.createdAt), linkedInPeriod: t.linkedInPeriod, linkedEscalations: t.linkedEscalations, linkedChildren: t.linkedChildren })),
    },
  };
}
