import type { Calendar, IsoDate } from '../calendar/types';
import type { Profile } from '../profile/schema';
import { addWorkingDays, londonDateOf, startOfLondonDay } from '../calendar';
import { nextOpenStep, stepStates, type StepCompletion } from './step-states';
import { dateSteps, firstClock, stepsOfStage } from './steps';
import { chainedOpening } from './chain';
import { stageCohorts } from './cohorts';
import { dueText } from './due-text';
import { applyUrgency, describeResponseTime, findLadder, stepsOf, type Step } from './ladder';
import { INFORMAL, type EscalationEvent, type EscalationState, type EventBody, type FollowUpState, type StageClock, type StagePeople, type StageState, type Status, type StepState } from './types';

/** What the fold accumulates before the stage list is laid out against the ladder. */
interface Fold {
  raised: Extract<EventBody, { kind: 'raised' }>;
  raisedAt: string;
  status: Status;
  closedAt: string | null;
  closedOn: IsoDate | null;
  currentStageKey: string;
  urgency: string | null;
  clocks: Map<string, StageClock>;
  openedOrder: string[];
  skipped: Set<string>;
  letters: Map<string, IsoDate>;
  responses: Map<string, IsoDate>;
  /** Stages escalated from after no response by their deadline. */
  noResponse: Set<string>;
  cafcassReferred: boolean;
  outcomeKeys: string[];
  /** Who each stage's letter goes to, as named on the event that opened it. */
  people: Map<string, StagePeople>;
  /** What ended steps at each stage: letters, responses, meetings held and step commands, in log order. */
  completions: Map<string, StepCompletion[]>;
  /** Stages whose deadline was extended: the extension's date stands even against their steps' own. */
  extended: Map<string, { dueDate: IsoDate | null; dueAt: string | null }>;
  followUp: FollowUpState | null;
}

function complete(f: Fold, stageKey: string, c: StepCompletion): void {
  const list = f.completions.get(stageKey) ?? [];
  list.push(c);
  f.completions.set(stageKey, list);
}

function openStage(f: Fold, clock: StageClock, people: StagePeople = {}): void {
  if (people.recipient || people.copies || people.requestedAction) f.people.set(clock.stageKey, { recipient: people.recipient, copies: people.copies, requestedAction: people.requestedAction });
  f.currentStageKey = clock.stageKey;
  f.clocks.set(clock.stageKey, clock);
  if (!f.openedOrder.includes(clock.stageKey)) f.openedOrder.push(clock.stageKey);
}

function apply(f: Fold, event: EscalationEvent): void {
  const body = event.body;
  switch (body.kind) {
    case 'raised':
      // Only the first event may be 'raised'; a second one is ignored rather than restarting the log.
      return;
    case 'letter-sent':
      f.letters.set(body.stageKey, body.sentOn);
      complete(f, body.stageKey, { at: startOfLondonDay(body.sentOn), kind: 'letter', outcome: 'done' });
      return;
    case 'response-recorded':
      f.responses.set(body.stageKey, body.date);
      complete(f, body.stageKey, { at: startOfLondonDay(body.date), kind: 'response', outcome: 'done' });
      return;
    case 'step-completed':
      complete(f, body.stageKey, { at: body.at, stepKey: body.stepKey, outcome: body.outcome });
      return;
    case 'resolved':
      f.status = 'resolved';
      f.closedAt = event.at;
      f.closedOn = body.date;
      f.outcomeKeys = [...body.outcomeKeys];
      f.followUp = body.followUp ? { ...body.followUp, result: null, happenedOn: null, checkedOn: null, note: '', reRaisedAs: null } : null;
      return;
    case 'follow-up-set':
      f.followUp = { what: body.what, who: body.who, byWhen: body.byWhen, checkOn: body.checkOn, result: null, happenedOn: null, checkedOn: null, note: '', reRaisedAs: null };
      return;
    case 'follow-up-recorded':
      // Only a follow-up that was set can be recorded; a stray record (a damaged log) changes nothing.
      if (f.followUp) f.followUp = { ...f.followUp, result: body.result, happenedOn: body.happenedOn, checkedOn: body.checkedOn, note: body.note, reRaisedAs: body.reRaisedAs ?? null };
      return;
    case 'escalated':
      if (body.noResponse === true) f.noResponse.add(body.fromStageKey);
      openStage(f, body.clock, body);
      return;
    case 'bypassed':
      body.skippedStageKeys.forEach((k) => f.skipped.add(k));
      openStage(f, body.clock, body);
      return;
    case 'extension-granted':
      f.clocks.set(body.clock.stageKey, body.clock);
      f.extended.set(body.clock.stageKey, { dueDate: body.clock.dueDate, dueAt: body.clock.dueAt });
      return;
    case 'urgency-changed':
      f.urgency = body.to;
      f.clocks.set(body.clock.stageKey, body.clock);
      return;
    case 'cafcass-referred':
      f.cafcassReferred = true;
      if (!body.concurrent) {
        f.status = 'referred';
        f.closedAt = event.at;
        f.closedOn = body.referredOn;
      }
      return;
    case 'withdrawn':
      f.status = 'withdrawn';
      f.closedAt = event.at;
      f.closedOn = londonDateOf(event.at);
      return;
    case 'meeting':
      // A meeting held (or its outcome agreed) completes the stage's open meeting step.
      if (body.status !== 'scheduled') complete(f, f.currentStageKey, { at: startOfLondonDay(body.date), kind: 'meeting', outcome: 'done' });
      return;
    case 'note':
      return;
    default: {
      const unreachable: never = body;
      throw new Error(`Unknown event kind ${JSON.stringify(unreachable)}`);
    }
  }
}

function fold(events: readonly EscalationEvent[]): Fold {
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  const first = ordered[0];
  if (!first || first.body.kind !== 'raised') throw new Error('An escalation log must start with a raised event');
  const raised = first.body;
  const f: Fold = {
    raised,
    raisedAt: raised.clock.openedAt,
    status: 'open',
    closedAt: null,
    closedOn: null,
    currentStageKey: raised.clock.stageKey,
    urgency: raised.urgency,
    clocks: new Map([[raised.clock.stageKey, raised.clock]]),
    openedOrder: [raised.clock.stageKey],
    skipped: new Set(),
    letters: new Map(),
    responses: new Map(),
    noResponse: new Set(),
    cafcassReferred: false,
    outcomeKeys: [],
    people: new Map(),
    completions: new Map(),
    extended: new Map(),
    followUp: null,
  };
  if (raised.recipient || raised.copies) f.people.set(raised.clock.stageKey, { recipient: raised.recipient, copies: raised.copies });
  for (const event of ordered.slice(1)) apply(f, event);
  return f;
}

type Rung = Pick<Step, 'key' | 'label' | 'recipientRole' | 'responseTime' | 'kind' | 'steps'>;

/**
 * The rungs to show: informal only if this escalation started there, then the ladder's formal stages.
 * A stage opened under an older profile that the ladder no longer has is kept, after the stage opened before it.
 */
function rungsFor(f: Fold, profile: Profile): Rung[] {
  const ladder = findLadder(profile, f.raised.ladderKey);
  const steps: Rung[] = ladder ? stepsOf(ladder) : [];
  const startedInformally = f.raised.clock.stageKey === INFORMAL;
  // A stage closed to the child's cohort (Rutland's Stage 6: CAFCASS for a child-protection plan) is not
  // on this child's ladder at all, unless an older profile let the escalation reach it.
  const closed = new Set(ladder ? ladder.stages.filter((s) => !stageCohorts(profile, ladder, s).includes(f.raised.cohort) && !f.clocks.has(s.key)).map((s) => s.key) : []);
  const rungs = steps.filter((s) => (s.key !== INFORMAL || startedInformally) && !closed.has(s.key));
  if (startedInformally && !rungs.some((r) => r.key === INFORMAL)) {
    rungs.unshift({ key: INFORMAL, label: 'Informal', recipientRole: '', responseTime: null, kind: 'informal' });
  }
  let previous = -1;
  for (const key of f.openedOrder) {
    const at = rungs.findIndex((r) => r.key === key);
    if (at >= 0) {
      previous = at;
      continue;
    }
    const clock = f.clocks.get(key);
    rungs.splice(previous + 1, 0, { key, label: key, recipientRole: '', responseTime: clock?.responseTime ?? null, kind: 'written-response' });
    previous += 1;
  }
  return rungs;
}

function overallDueDate(f: Fold, profile: Profile, calendar: Calendar): IsoDate | null {
  const target = profile.overallTarget;
  if (!target) return null;
  if (target.from === 'raised') return addWorkingDays(calendar, londonDateOf(f.raisedAt), target.workingDays);
  const firstFormal = f.openedOrder.find((k) => k !== INFORMAL);
  const clock = firstFormal === undefined ? undefined : f.clocks.get(firstFormal);
  return clock ? addWorkingDays(calendar, londonDateOf(clock.openedAt), target.workingDays) : null;
}

/** A reached stage's people and what was asked of its recipient (the concern's own where the escalation started). */
function peopleOf(f: Fold, key: string, state: StageState['state']): Pick<StageState, 'recipient' | 'copies' | 'requestedAction'> {
  if (state === 'future' || state === 'bypassed') return { recipient: null };
  const p = f.people.get(key);
  const requestedAction = p?.requestedAction ?? (key === f.raised.clock.stageKey ? f.raised.concern.requestedAction : undefined);
  return { recipient: p?.recipient ?? null, ...(p?.copies ? { copies: p.copies } : {}), ...(requestedAction ? { requestedAction } : {}) };
}

/** Fold the append-only log into the current state. Opened stages keep the clocks recorded in their events. */
export function project(events: readonly EscalationEvent[], profile: Profile, calendar: Calendar, now?: Date): EscalationState {
  const f = fold(events);
  const rungs = rungsFor(f, profile);
  const currentIndex = rungs.findIndex((r) => r.key === f.currentStageKey);
  // A stage with steps: each step's state from the log; the stage falls due with its earliest open step.
  const stepsByStage = new Map<string, StepState[]>();
  for (const [key, clock] of f.clocks) if (clock.steps?.length) stepsByStage.set(key, stepStates(calendar, clock, clock.steps, f.completions.get(key) ?? []));
  const withSteps = (clock: StageClock | null): StageClock | null => {
    const steps = clock ? stepsByStage.get(clock.stageKey) : undefined;
    if (!clock || !steps) return clock;
    const next = nextOpenStep(steps);
    const extended = f.extended.get(clock.stageKey);
    const due = extended && extended.dueAt && (!next?.dueAt || Date.parse(extended.dueAt) > Date.parse(next.dueAt)) ? extended : { dueDate: next?.dueDate ?? null, dueAt: next?.dueAt ?? null };
    return { ...clock, dueDate: due.dueDate, dueAt: due.dueAt };
  };
  const currentClock = withSteps(f.clocks.get(f.currentStageKey) ?? null);
  const openStep = f.status === 'open' ? nextOpenStep(stepsByStage.get(f.currentStageKey) ?? []) : null;
  // Future stages are projected as if each opens on the day the one before falls due (that day is day 0).
  let previousDue = f.status === 'open' && currentClock ? { dueDate: currentClock.dueDate, dueAt: currentClock.dueAt } : null;
  const stages: StageState[] = rungs.map((rung, index) => {
    const clock = rung.key === f.currentStageKey ? currentClock : (f.clocks.get(rung.key) ?? null);
    let state: StageState['state'];
    if (rung.key === f.currentStageKey) state = 'current';
    else if (f.skipped.has(rung.key)) state = 'bypassed';
    else if (clock) state = 'done';
    else if (index < currentIndex) state = 'bypassed'; // raised directly at a later stage
    else state = 'future';
    let projectedDueDate: IsoDate | null = null;
    let projectedDue: { dueDate: IsoDate | null; dueAt: string | null; responseTime: Rung['responseTime'] } | null = null;
    let fromNow = false;
    let timescale: string | null = null;
    if (state === 'future') {
      const responseTime = applyUrgency(profile, rung, f.urgency);
      timescale = responseTime === null ? null : describeResponseTime(responseTime);
      // The same dating as `timeline`: the stage opens in its first step's unit (urgency applied) and falls due with its latest step.
      const plans = stepsOfStage({ kind: rung.kind === 'informal' ? 'written-response' : rung.kind, steps: rung.steps, responseTime: rung.responseTime }, responseTime);
      const opensAt = previousDue === null ? null : chainedOpening(previousDue, firstClock(plans));
      let due = opensAt === null ? null : dateSteps(calendar, opensAt, plans).due;
      // Never a projection in the past: chained from an overdue stage it would be; projected from now instead.
      if (now && due?.dueAt && Date.parse(due.dueAt) <= now.getTime()) {
        due = dateSteps(calendar, now.toISOString(), plans).due;
        fromNow = true;
      }
      projectedDueDate = due?.dueDate ?? null;
      projectedDue = due ? { ...due, responseTime } : null;
      previousDue = due;
    }
    return {
      key: rung.key,
      label: rung.label,
      recipientRole: rung.recipientRole,
      state,
      outcome: state !== 'done' ? null : f.noResponse.has(rung.key) ? 'no-response' : f.responses.has(rung.key) ? 'responded' : null,
      clock: state === 'future' ? null : clock,
      dueText: state === 'future' ? (projectedDue ? dueText(projectedDue, calendar) : null) : clock ? dueText(clock, calendar) : null,
      projectedDueDate,
      ...(fromNow ? { projectedFromNow: true as const } : {}),
      ...(state === 'future' ? { timescale } : {}),
      letterSentOn: f.letters.get(rung.key) ?? null,
      responseRecordedOn: f.responses.get(rung.key) ?? null,
      ...peopleOf(f, rung.key, state),
      ...(state !== 'future' && stepsByStage.has(rung.key) ? { steps: stepsByStage.get(rung.key)! } : {}),
    };
  });
  const current = rungs[currentIndex];
  const overall = overallDueDate(f, profile, calendar);
  const firstFormal = findLadder(profile, f.raised.ladderKey)?.stages[0];
  const ladder = findLadder(profile, f.raised.ladderKey);
  const formalIndex = ladder ? ladder.stages.findIndex((s) => s.key === f.currentStageKey) : -1;
  const highestStageIndex =
    f.currentStageKey === INFORMAL ? 0 : formalIndex >= 0 ? formalIndex + 1 : stages.filter((s) => s.key !== INFORMAL && s.clock).length;
  return {
    ladderKey: f.raised.ladderKey,
    cohort: f.raised.cohort,
    status: f.status,
    currentStageKey: f.currentStageKey,
    currentStageLabel: current?.label ?? f.currentStageKey,
    currentRecipientRole: current?.recipientRole ?? '',
    urgency: f.urgency,
    raisedAt: f.raisedAt,
    concern: f.raised.concern,
    stages,
    currentClock,
    nextStep: openStep ? { key: openStep.key, label: openStep.label, kind: openStep.kind } : null,
    overallDueDate: overall,
    overallTarget: profile.overallTarget
      ? {
          rule: `${profile.overallTarget.workingDays} working days from ${profile.overallTarget.from === 'raised' ? 'the day the concern was raised' : (firstFormal?.label ?? 'the first formal stage')}`,
          dueDate: overall,
          met: f.status === 'resolved' && overall !== null && f.closedOn !== null ? f.closedOn <= overall : null,
        }
      : null,
    highestStageIndex,
    cafcassReferred: f.cafcassReferred,
    closedAt: f.closedAt,
    closedOn: f.closedOn,
    outcomeKeys: f.outcomeKeys,
    followUp: f.followUp,
    reRaiseOf: f.raised.reRaiseOf?.escalationId ?? null,
  };
}
