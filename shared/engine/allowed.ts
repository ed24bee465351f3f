import { endsFor } from './decide-step';
import type { StepKind } from '../profile/schema';
import type { StepEnd } from './types';
import type { Ladder, Profile } from '../profile/schema';
import { formatLongDate } from '../calendar';
import { nextCommandKinds, type NextCommandKind } from './commands';
import { stageClosedTo, stageCohorts } from './cohorts';
import { cohortPhrase, findLadder, positionOf } from './ladder';
import { enteredByRefusal } from './entry-rules';
import { followUpRefusal, reRaiseStage } from './decide-follow-up';
import type { AppRole } from '../people/roles';
import type { EngineError, EscalationState } from './types';

/** A stage the escalation may move to, as a form offers it. */
export interface StageChoice {
  key: string;
  label: string;
  recipientRole: string;
}

/**
 * What may be done next on an escalation, decided once here: `decide` refuses anything not allowed with
 * the sentence in `refused`, and the escalation page offers exactly `kinds`, so the two can never disagree.
 */
export interface AllowedCommands {
  kinds: NextCommandKind[];
  /** Stages a bypass may go straight to (above the next stage, and only those the procedure names). */
  bypassTargets: StageChoice[];
  /** The current stage's deadline has passed without a response: escalating now records "No response". */
  noResponseOffered: boolean;
  refused: Partial<Record<NextCommandKind, EngineError>>;
  /** The current stage's open steps, each with the ends it may be recorded with now ("no response" once overdue). */
  openSteps: { key: string; label: string; kind: StepKind; dueDate: string | null; dueAt: string | null; ends: StepEnd[] }[];
  /** Where "not done" raises the concern again, when a follow-up may be recorded (null otherwise, or off the ladder). */
  reRaiseAt: StageChoice | null;
}

/** Completes "…, so ___." for a command refused because the escalation is closed. */
const refusedAction: Record<NextCommandKind, string> = {
  'record-letter-sent': 'no more letters can be recorded against it',
  'record-response': 'no more responses can be recorded against it',
  resolve: 'it cannot be resolved',
  escalate: 'it cannot be escalated',
  bypass: 'it cannot be moved to another stage',
  'grant-extension': 'no extension can be granted',
  'change-urgency': 'its urgency cannot be changed',
  'refer-cafcass': 'it cannot be referred to Cafcass',
  'record-meeting': 'no meetings can be recorded against it',
  withdraw: 'it cannot be withdrawn',
  'add-note': 'no note can be added',
  'complete-step': 'no step can be completed',
  'set-follow-up': 'its follow-up cannot be changed',
  'record-follow-up': 'its follow-up cannot be recorded',
};

const closedHow: Record<Exclude<EscalationState['status'], 'open'>, string> = {
  resolved: 'resolved',
  withdrawn: 'withdrawn',
  referred: 'closed on referral to Cafcass',
};

/** "This escalation was resolved on Monday 3 March 2025, so it cannot be escalated." */
export function closedMessage(state: EscalationState, kind: NextCommandKind): string {
  const how = state.status === 'open' ? 'closed' : closedHow[state.status];
  const when = state.closedOn === null ? '' : ` on ${formatLongDate(state.closedOn)}`;
  return `This escalation was ${how}${when}, so ${refusedAction[kind]}.`;
}

/** Where the escalation stands on its ladder in the current profile, or why it cannot move. */
export function placeOnLadder(state: EscalationState, profile: Profile): { ladder: Ladder; position: number } | EngineError {
  const ladder = findLadder(profile, state.ladderKey);
  if (!ladder) {
    return { code: 'UNKNOWN_LADDER', message: `The ladder this escalation was raised on ("${state.ladderKey}") is no longer in the procedure, so it cannot move to another stage.` };
  }
  const position = positionOf(ladder, state.currentStageKey);
  if (position === undefined) {
    return { code: 'UNKNOWN_STAGE', message: `The current stage, ${state.currentStageLabel}, is no longer part of the ${ladder.label} ladder, so the escalation cannot move from it.` };
  }
  return { ladder, position };
}

export function cafcassHint(state: EscalationState, profile: Profile): string {
  const cafcass = profile.rules.cafcass;
  if (state.cafcassReferred) return ' The referral to Cafcass is already recorded.';
  if (cafcass.allowed && cafcass.cohorts.includes(state.cohort)) {
    return ' If the concern is still not resolved, consider a referral to Cafcass.';
  }
  return ` Cafcass referral is not available for ${cohortPhrase(state.cohort)} under this procedure, so record the outcome or withdraw the escalation.`;
}

/**
 * Stages above the next one that the procedure lets a bypass reach (Rutland: "proceed directly to stage
 * 3 and 4"), leaving out stages closed to the child's cohort.
 */
export function bypassTargetsOf(ladder: Ladder, position: number, profile: Profile, cohort: EscalationState['cohort']): StageChoice[] {
  const allowed = profile.rules.bypass.toStageKeys;
  return ladder.stages
    .slice(position + 1)
    .filter((s) => !allowed || allowed.includes(s.key))
    .filter((s) => stageCohorts(profile, ladder, s).includes(cohort))
    .map((s) => ({ key: s.key, label: s.label, recipientRole: s.recipientRole }));
}

function escalateRefusal(state: EscalationState, profile: Profile, actorRole: AppRole | null | undefined): EngineError | null {
  const place = placeOnLadder(state, profile);
  if ('code' in place) return place;
  const next = place.ladder.stages[place.position];
  if (!next) {
    return {
      code: 'NO_NEXT_STAGE',
      message: `${state.currentStageLabel} is the last stage of the ${place.ladder.label} ladder, so there is no stage to escalate to.${cafcassHint(state, profile)}`,
    };
  }
  return stageClosedTo(profile, place.ladder, next, state.cohort, 'escalated to') ?? enteredByRefusal(next, actorRole);
}

function bypassRefusal(state: EscalationState, profile: Profile): EngineError | null {
  if (!profile.rules.bypass.allowed) {
    return { code: 'BYPASS_NOT_ALLOWED', message: 'This procedure does not allow stages to be bypassed: escalate one stage at a time.' };
  }
  const place = placeOnLadder(state, profile);
  if ('code' in place) return place;
  if (!place.ladder.stages[place.position]) {
    return {
      code: 'NO_NEXT_STAGE',
      message: `${state.currentStageLabel} is the last stage of the ${place.ladder.label} ladder, so there is no stage to move to.${cafcassHint(state, profile)}`,
    };
  }
  return null;
}

function cafcassRefusal(state: EscalationState, profile: Profile): EngineError | null {
  const rules = profile.rules.cafcass;
  // One referral per escalation: reaching a Cafcass stage is that referral (counted once), not a cue to make another.
  if (state.cafcassReferred) return { code: 'CAFCASS_NOT_ALLOWED', message: 'A referral to Cafcass is already recorded for this escalation.' };
  if (!rules.allowed) return { code: 'CAFCASS_NOT_ALLOWED', message: 'This procedure does not include referral to Cafcass.' };
  if (!rules.cohorts.includes(state.cohort)) {
    const allowed = rules.cohorts.map(cohortPhrase).join(' and ');
    const forWhom = allowed === '' ? '' : ` (referrals under this procedure are for ${allowed})`;
    return { code: 'CAFCASS_NOT_ALLOWED', message: `A Cafcass referral cannot be made for ${cohortPhrase(state.cohort)}${forWhom}.` };
  }
  if (!rules.atAnyPoint) {
    const ladder = findLadder(profile, state.ladderKey);
    const last = ladder?.stages[ladder.stages.length - 1];
    if (last && last.key !== state.currentStageKey) {
      return { code: 'CAFCASS_NOT_ALLOWED', message: `This procedure allows a Cafcass referral only once the last stage, ${last.label}, has been reached.` };
    }
  }
  return null;
}

function refusalFor(kind: NextCommandKind, state: EscalationState, profile: Profile, actorRole: AppRole | null | undefined): EngineError | null {
  if (kind === 'set-follow-up' || kind === 'record-follow-up') return followUpRefusal(kind, state);
  if (state.status !== 'open' && kind !== 'add-note') return { code: 'NOT_OPEN', message: closedMessage(state, kind) };
  switch (kind) {
    case 'escalate':
      return escalateRefusal(state, profile, actorRole);
    case 'bypass':
      return bypassRefusal(state, profile);
    case 'grant-extension':
      if (!profile.rules.extensions.allowed) return { code: 'EXTENSION_NOT_ALLOWED', message: 'This procedure does not allow extra time to be granted for a response.' };
      if (!state.currentClock || state.currentClock.dueDate === null) {
        return { code: 'NO_TIMESCALE', message: `${state.currentStageLabel} has no set timescale, so there is no deadline to extend.` };
      }
      return null;
    case 'change-urgency':
      return profile.urgency ? null : { code: 'UNKNOWN_URGENCY', message: 'This procedure does not use an urgency rating, so it cannot be changed.' };
    case 'refer-cafcass':
      return cafcassRefusal(state, profile);
    case 'complete-step': {
      const steps = state.stages.find((s) => s.key === state.currentStageKey)?.steps;
      if (!steps?.length) return { code: 'STEP_NOT_OPEN', message: `${state.currentStageLabel} has no steps of its own.` };
      return steps.some((s) => s.state === 'open') ? null : { code: 'STEP_NOT_OPEN', message: `No step of ${state.currentStageLabel} is open now.` };
    }
    default:
      return null;
  }
}

/**
 * What may be done next on this escalation at `now`, with the sentence for everything that may not. `actorRole`:
 * the acting person's app role, for stages only some roles may enter (absent = not known, nothing refused for it).
 */
export function allowedCommands(state: EscalationState, profile: Profile, now: Date, actorRole?: AppRole | null): AllowedCommands {
  const kinds: NextCommandKind[] = [];
  const refused: AllowedCommands['refused'] = {};
  for (const kind of nextCommandKinds) {
    const refusal = refusalFor(kind, state, profile, actorRole);
    if (refusal) refused[kind] = refusal;
    else kinds.push(kind);
  }
  let bypassTargets: StageChoice[] = [];
  if (!refused.bypass) {
    const place = placeOnLadder(state, profile);
    // Only stages this person may enter (Rutland: "the QA manager can move to stage 5").
    if (!('code' in place)) bypassTargets = bypassTargetsOf(place.ladder, place.position, profile, state.cohort).filter((t) => !enteredByRefusal(place.ladder.stages.find((s) => s.key === t.key)!, actorRole));
    if (bypassTargets.length === 0) {
      refused.bypass = { code: 'BYPASS_BACKWARDS', message: `No stage can be bypassed from ${state.currentStageLabel}: escalate to the next stage instead.` };
      kinds.splice(kinds.indexOf('bypass'), 1);
    }
  }
  const clock = state.currentClock;
  const overdue = clock?.dueAt != null && now.getTime() >= Date.parse(clock.dueAt);
  const responded = state.stages.some((s) => s.key === state.currentStageKey && s.responseRecordedOn !== null);
  const openSteps = kinds.includes('complete-step')
    ? (state.stages.find((s) => s.key === state.currentStageKey)?.steps ?? [])
        .filter((s) => s.state === 'open')
        .map((s) => ({ key: s.key, label: s.label, kind: s.kind, dueDate: s.dueDate, dueAt: s.dueAt, ends: endsFor(s).filter((e) => e !== 'no-response' || (s.dueAt !== null && now.getTime() >= Date.parse(s.dueAt))) }))
    : [];
  const reRaiseAt = kinds.includes('record-follow-up') ? reRaiseStage(state, profile) : null;
  return { kinds, bypassTargets, noResponseOffered: state.status === 'open' && overdue && !responded && kinds.includes('escalate'), refused, openSteps, reRaiseAt };
}
