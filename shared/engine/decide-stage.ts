import { formatLongDate, londonDateOf } from '../calendar';
import type { Stage } from '../profile/schema';
import { fail, isBlank, ok, openClock, type EngineContext } from './context';
import { checkAgreedWith, checkPreconditions, enteredByRefusal, type RecordedPrecondition } from './entry-rules';
import { bypassTargetsOf, placeOnLadder } from './allowed';
import { stageClosedTo } from './cohorts';
import { happenedAt } from './happened';
import { stageStepRules } from './steps';
import { stagePeopleOf } from './stage-people';
import { applyUrgency, positionOf } from './ladder';
import type { CommandOf, EngineError, EngineResult, EscalationEvent, EscalationState, EventBody } from './types';

/** "No response by the deadline" may only be said once the deadline has passed and nothing came back. */
function noResponseRefusal(state: EscalationState, at: string): EngineResult | null {
  const clock = state.currentClock;
  const stage = state.stages.find((s) => s.key === state.currentStageKey);
  if (stage?.responseRecordedOn) {
    return fail('RESPONSE_RECORDED', `A response to ${state.currentStageLabel} was recorded on ${formatLongDate(stage.responseRecordedOn)}, so it cannot be escalated as "no response".`);
  }
  if (!clock || clock.dueAt === null || clock.dueDate === null) {
    return fail('NO_TIMESCALE', `${state.currentStageLabel} has no set timescale, so there is no deadline to miss: escalate without "no response", saying what is still outstanding.`);
  }
  if (Date.parse(at) < Date.parse(clock.dueAt)) {
    return fail('NOT_OVERDUE', `${state.currentStageLabel} is not due until ${formatLongDate(clock.dueDate)}, so it cannot yet be escalated as "no response".`);
  }
  return null;
}

export function decideEscalate(state: EscalationState, cmd: CommandOf<'escalate'>, ctx: EngineContext, events: readonly EscalationEvent[]): EngineResult {
  const place = placeOnLadder(state, ctx.profile);
  if ('code' in place) return { ok: false, error: place };
  const next = place.ladder.stages[place.position];
  if (!next) throw new Error('escalate reached the last stage'); // allowedCommands refuses this with a sentence
  const when = happenedAt(cmd, ctx.now, events, 'of the escalation');
  if ('code' in when) return { ok: false, error: when };
  if (cmd.noResponse === true) {
    const refusal = noResponseRefusal(state, when.at);
    if (refusal) return refusal;
  }
  const entry = enterStage(next, cmd, ctx, when.at, state.cafcassReferred);
  if ('code' in entry) return { ok: false, error: entry };
  const clock = openClock(ctx.calendar, next.key, when.at, applyUrgency(ctx.profile, next, state.urgency), stageStepRules(next, applyUrgency(ctx.profile, next, state.urgency)));
  return ok(
    {
      kind: 'escalated',
      fromStageKey: state.currentStageKey,
      clock,
      concernsRemaining: cmd.concernsRemaining,
      actionsTaken: cmd.actionsTaken,
      ...(cmd.noResponse === true ? { noResponse: true as const } : {}),
      ...stagePeopleOf(cmd),
      ...entry.recorded,
    },
    ...entry.then,
  );
}

/**
 * What the procedure requires at the door of a stage, whichever way it is entered (escalated into, bypassed to,
 * raised at): who may move it there, its preconditions recorded, and, for a Cafcass stage, the referral itself
 * (recorded once: a stage marked `cafcassReferral` is a referral, not a second thing to record).
 */
export function enterStage(
  stage: Stage,
  cmd: { preconditions?: CommandOf<'escalate'>['preconditions'] },
  ctx: EngineContext,
  at: string,
  alreadyReferred: boolean,
): { recorded: { preconditions?: RecordedPrecondition[] }; then: EventBody[] } | EngineError {
  const role = enteredByRefusal(stage, ctx.actorRole);
  if (role) return role;
  const checked = checkPreconditions(stage, cmd.preconditions, londonDateOf(at), ctx.now);
  if ('code' in checked) return checked;
  const then: EventBody[] =
    stage.cafcassReferral && !alreadyReferred ? [{ kind: 'cafcass-referred', concurrent: true, referredOn: londonDateOf(at), note: `Escalated to ${stage.label}.`, byStage: stage.key }] : [];
  return { recorded: checked.recorded.length ? { preconditions: checked.recorded } : {}, then };
}

export function decideBypass(state: EscalationState, cmd: CommandOf<'bypass'>, ctx: EngineContext, events: readonly EscalationEvent[]): EngineResult {
  const rules = ctx.profile.rules.bypass;
  const place = placeOnLadder(state, ctx.profile);
  if ('code' in place) return { ok: false, error: place };
  const { ladder, position } = place;
  const targetPosition = positionOf(ladder, cmd.toStageKey);
  if (targetPosition === undefined) {
    return fail('UNKNOWN_STAGE', `The ${ladder.label} ladder has no stage called "${cmd.toStageKey}".`);
  }
  const target = ladder.stages[targetPosition - 1];
  if (!target || targetPosition <= position) {
    const name = target?.label ?? ladder.informal?.label ?? 'The informal stage';
    return fail('BYPASS_BACKWARDS', `${name} is not above the current stage, ${state.currentStageLabel}; a bypass can only move the concern up the ladder.`);
  }
  if (targetPosition === position + 1) {
    return fail('BYPASS_BACKWARDS', `${target.label} is the next stage, so no stage would be bypassed: escalate instead.`);
  }
  const closed = stageClosedTo(ctx.profile, ladder, target, state.cohort, 'moved straight to');
  if (closed) return { ok: false, error: closed };
  if (!bypassTargetsOf(ladder, position, ctx.profile, state.cohort).some((s) => s.key === target.key)) {
    const allowed = (rules.toStageKeys ?? []).map((k) => ladder.stages.find((s) => s.key === k)?.label ?? k);
    return fail('BYPASS_NOT_ALLOWED', `This procedure only allows a bypass straight to ${allowed.join(' or ')}, not to ${target.label}.`);
  }
  if (rules.reasonRequired && isBlank(cmd.reason)) {
    return fail('REASON_REQUIRED', `Record why the escalation is going straight to ${target.label}; this procedure requires a reason for bypassing a stage.`);
  }
  const agreed = checkAgreedWith(ctx.profile, cmd.agreedWith, target.label);
  if ('code' in agreed) return { ok: false, error: agreed };
  const when = happenedAt(cmd, ctx.now, events, 'of the bypass');
  if ('code' in when) return { ok: false, error: when };
  const entry = enterStage(target, cmd, ctx, when.at, state.cafcassReferred);
  if ('code' in entry) return { ok: false, error: entry };
  const skippedStageKeys = ladder.stages.slice(position, targetPosition - 1).map((s) => s.key);
  const clock = openClock(ctx.calendar, target.key, when.at, applyUrgency(ctx.profile, target, state.urgency), stageStepRules(target, applyUrgency(ctx.profile, target, state.urgency)));
  return ok({ kind: 'bypassed', fromStageKey: state.currentStageKey, skippedStageKeys, reason: cmd.reason, ...agreed, clock, ...stagePeopleOf(cmd), ...entry.recorded }, ...entry.then);
}
