import type { ParsedInput } from '../../shared/api/contract';
import type { DuePreview, MyDay, MyDayItem, ReturnedFormWaiting } from '../../shared/api/my-day-contract';
import type { EscalationRow } from '../../shared/api/outputs';
import { AppError } from '../../shared/api/result';
import { addCalendarDays, dueFor, londonDateOf, startOfLondonDay } from '../../shared/calendar';
import { applyUrgency, describeResponseTime, findLadder, stepOf } from '../../shared/engine/ladder';
import { escalationsRepo, type TrackerRecord } from '../../db/repositories/escalations-repo';
import { myDayRepo } from '../../db/repositories/my-day-repo';
import type { ServiceContext } from './context';
import { decide, project } from '../../shared/engine';
import type { StageClock } from '../../shared/engine/types';
import type { Ladder, Profile } from '../../shared/profile/schema';
import { toRow } from './escalation-rows';

/** How far ahead "coming up" looks for meetings, reviews and conferences. */
const LOOK_AHEAD_DAYS = 14;

/** An hour clock falls due at a time of day; a date clock at the London midnight ending its day. */
function isHourClock(r: Pick<EscalationRow, 'nextDueDate' | 'nextDueAt'>): boolean {
  return r.nextDueDate !== null && r.nextDueAt !== null && r.nextDueAt !== startOfLondonDay(addCalendarDays(r.nextDueDate, 1));
}

/**
 * The signed-in chair's day: what is overdue, due today and tomorrow, letters not yet sent for the
 * stage they are at, meetings and reviews coming up. Each item says which action it needs, so the page
 * opens the escalation at that form. Counts use the same bounds as the tracker's "Due" filter.
 */
export async function myDay(ctx: ServiceContext): Promise<MyDay> {
  const profile = ctx.profile();
  const calendar = ctx.calendar(profile);
  const now = ctx.now();
  const today = londonDateOf(now);
  const tomorrow = addCalendarDays(today, 1);
  const horizon = addCalendarDays(today, LOOK_AHEAD_DAYS);
  const me = ctx.actor.name;
  const base = { status: 'open' as const, search: '', chair: me, sort: 'due' as const, direction: 'asc' as const, limit: 200, offset: 0 };
  const read = await ctx.tracker.readTx(async (tx) => ({
    overdue: await escalationsRepo.trackerRowsQuery(tx, { ...base, overdueAt: now.toISOString() }).all(),
    today: await escalationsRepo.trackerRowsQuery(tx, { ...base, dueFrom: today, dueTo: today, dueAfter: now.toISOString() }).all(),
    tomorrow: await escalationsRepo.trackerRowsQuery(tx, { ...base, dueFrom: tomorrow, dueTo: tomorrow, dueAfter: now.toISOString() }).all(),
    letters: await myDayRepo.lettersNotSent(tx, me),
    meetings: await myDayRepo.meetingsBetween(tx, me, today, horizon),
    reviews: await myDayRepo.reviewsBetween(tx, me, today, horizon),
    followUps: await myDayRepo.followUpsDue(tx, me, today),
  }));
  const memo = new Map();
  const row = (r: unknown) => toRow(r as TrackerRecord, now, calendar, memo);
  const noLetter = new Set(read.letters.map((r) => r.id));
  const item = (r: unknown): MyDayItem => {
    const x = row(r);
    // A stage waiting on a step of its own (a meeting, a decision) opens at "Record a step" with that step chosen.
    return { row: x, action: noLetter.has(x.id) ? 'record-letter-sent' : x.nextStepKind ? 'complete-step' : 'record-response', hourClock: isHourClock(x) };
  };
  return {
    today,
    tomorrow,
    // The same bounds as the tracker's "Due: Overdue / Today / Tomorrow" filters, so the counts agree.
    overdue: read.overdue.map(item),
    dueToday: read.today.map(item),
    dueTomorrow: read.tomorrow.map(item),
    lettersNotSent: read.letters.map((r) => ({ row: row(r), action: 'record-letter-sent', hourClock: false })),
    meetings: read.meetings.map((m) => ({ row: row(m.record), date: m.date })),
    reviews: read.reviews.map((r) => ({ childId: r.id, childName: r.name, caseId: r.caseId, date: r.date, openEscalations: r.open })),
    followUps: read.followUps.map((f) => ({ row: row(f.record), checkOn: f.checkOn, what: f.what })),
  };
}

/** Returned forms are read back by the manager's-loop work; until then none are waiting. */
export async function returnedFormsWaiting(): Promise<ReturnedFormWaiting[]> {
  return [];
}

/** The due date a raise would set now, and which timescale applies (the urgency level's or the stage's). */
export async function previewDue(ctx: ServiceContext, input: ParsedInput<'escalations.previewDue'>): Promise<DuePreview> {
  const profile = ctx.profile();
  const ladder = findLadder(profile, input.ladderKey);
  const step = ladder && stepOf(ladder, input.stageKey);
  if (!step) throw new AppError('INVALID', `The ${profile.name} procedure has no such stage to start at.`);
  const rt = applyUrgency(profile, step, input.urgency);
  const level = profile.urgency?.levels.find((l) => l.key === input.urgency);
  // Only worth saying when the urgency's time differs from the stage's own (GREEN's 5 working days does not).
  const overridden = rt !== step.responseTime && level && describeResponseTime(rt) !== describeResponseTime(step.responseTime) ? { urgencyLabel: level.label, stageTimescale: describeResponseTime(step.responseTime) } : null;
  const clock = previewClock(ctx, profile, ladder, input);
  return { timescale: describeResponseTime(clock?.responseTime ?? rt), urgencyOverrides: overridden, dueDate: clock?.dueDate ?? null, dueAt: clock?.dueAt ?? null, hourClock: clock?.responseTime != null && 'hours' in clock.responseTime };
}

/**
 * The clock the raise would open, worked out by the engine itself (the same decision and projection as saving):
 * the date raised, the review date and the stage's first step all count, so the preview and the saved due agree.
 * What the preview cannot know yet (the concern, a bypass reason, preconditions) is filled in so it never blocks.
 */
function previewClock(ctx: ServiceContext, profile: Profile, ladder: Ladder, input: ParsedInput<'escalations.previewDue'>): StageClock | null {
  const cohort = ladder.cohorts[0]!;
  const category = profile.categories.find((c) => c.cohorts.length === 0 || c.cohorts.includes(cohort)) ?? profile.categories[0]!;
  const calendar = ctx.calendar(profile);
  const result = decide(
    null,
    {
      kind: 'raise',
      ladderKey: ladder.key,
      cohort,
      startAt: input.stageKey,
      urgency: input.urgency,
      concern: { categoryKeys: [category.key], summary: 'preview', impactOnChild: 'preview', requestedAction: { what: 'preview', who: 'preview', byWhen: null }, expectedOutcomeKeys: [] },
      ...(input.happenedOn ? { happenedOn: input.happenedOn } : {}),
      ...(input.happenedOn && input.happenedTime ? { happenedTime: input.happenedTime } : {}),
      ...(input.reviewBy ? { reviewBy: input.reviewBy } : {}),
      bypass: { reason: 'preview', agreedWith: undefined },
      preconditions: (ladder.stages.find((s) => s.key === input.stageKey)?.requires ?? []).map((r) => ({ key: r.key, waived: 'preview' })),
    },
    { profile, calendar, now: ctx.now() },
  );
  if (!result.ok) {
    // A start the engine would refuse (a bypass needing a named person) still previews its stage's own clock.
    const responseTime = applyUrgency(profile, stepOf(ladder, input.stageKey)!, input.urgency);
    return { stageKey: input.stageKey, openedAt: ctx.now().toISOString(), responseTime, ...dueFor(calendar, ctx.now(), responseTime) };
  }
  const events = result.events.map((body, i) => ({ seq: i + 1, at: ctx.now().toISOString(), actor: '', opId: '', body }));
  return project(events, profile, calendar).currentClock;
}
