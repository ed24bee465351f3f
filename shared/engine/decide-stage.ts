import type { Ladder } from '../profile/schema';
import { fail, isBlank, ok, openClock, type EngineContext } from './context';
import { applyUrgency, cohortPhrase, findLadder, positionOf } from './ladder';
import type { CommandOf, EngineError, EngineResult, EscalationState } from './types';

/** Where the escalation stands on its ladder in the current profile, or why it cannot move. */
export function placeOnLadder(state: EscalationState, ctx: EngineContext): { ladder: Ladder; position: number } | EngineError {
  const ladder = findLadder(ctx.profile, state.ladderKey);
  if (!ladder) {
    return { code: 'UNKNOWN_LADDER', message: `The ladder this escalation was raised on ("${state.ladderKey}") is no longer in the procedure, so it cannot move to another stage.` };
  }
  const position = positionOf(ladder, state.currentStageKey);
  if (position === undefined) {
    return { code: 'UNKNOWN_STAGE', message: `The current stage, ${state.currentStageLabel}, is no longer part of the ${ladder.label} ladder, so the escalation cannot move from it.` };
  }
  return { ladder, position };
}

function cafcassHint(state: EscalationState, ctx: EngineContext): string {
  const cafcass = ctx.profile.rules.cafcass;
  if (cafcass.allowed && cafcass.cohorts.includes(state.cohort)) {
    return ' If the concern is still not resolved, consider a referral to Cafcass.';
  }
  return ` Cafcass referral is not available for ${cohortPhrase(state.cohort)} under this procedure, so record the outcome or withdraw the escalation.`;
}

export function decideEscalate(state: EscalationState, cmd: CommandOf<'escalate'>, ctx: EngineContext): EngineResult {
  const place = placeOnLadder(state, ctx);
  if ('code' in place) return { ok: false, error: place };
  const next = place.ladder.stages[place.position];
  if (!next) {
    return fail('NO_NEXT_STAGE', `${state.currentStageLabel} is the last stage of the ${place.ladder.label} ladder, so there is no stage to escalate to.${cafcassHint(state, ctx)}`);
  }
  const clock = openClock(ctx.calendar, next.key, ctx.now.toISOString(), applyUrgency(ctx.profile, next, state.urgency));
  return ok({ kind: 'escalated', fromStageKey: state.currentStageKey, clock, concernsRemaining: cmd.concernsRemaining, actionsTaken: cmd.actionsTaken });
}

export function decideBypass(state: EscalationState, cmd: CommandOf<'bypass'>, ctx: EngineContext): EngineResult {
  const rules = ctx.profile.rules.bypass;
  if (!rules.allowed) {
    return fail('BYPASS_NOT_ALLOWED', 'This procedure does not allow stages to be bypassed: escalate one stage at a time.');
  }
  const place = placeOnLadder(state, ctx);
  if ('code' in place) return { ok: false, error: place };
  const { ladder, position } = place;
  const targetPosition = positionOf(ladder, cmd.toStageKey);
  if (targetPosition === undefined) {
    return fail('UNKNOWN_STAGE', `The ${ladder.label} ladder has no stage called "${cmd.toStageKey}".`);
  }
  const next = ladder.stages[position];
  const target = ladder.stages[targetPosition - 1];
  if (!next) {
    return fail('NO_NEXT_STAGE', `${state.currentStageLabel} is the last stage of the ${ladder.label} ladder, so there is no stage to move to.${cafcassHint(state, ctx)}`);
  }
  if (!target || targetPosition <= position) {
    const name = target?.label ?? ladder.informal?.label ?? 'The informal stage';
    return fail('BYPASS_BACKWARDS', `${name} is not above the current stage, ${state.currentStageLabel}; a bypass can only move the concern up the ladder.`);
  }
  if (targetPosition === position + 1) {
    return fail('BYPASS_BACKWARDS', `${target.label} is the next stage, so no stage would be bypassed: escalate instead.`);
  }
  if (rules.toStageKeys && !rules.toStageKeys.includes(target.key)) {
    const allowed = rules.toStageKeys.map((k) => ladder.stages.find((s) => s.key === k)?.label ?? k);
    return fail('BYPASS_NOT_ALLOWED', `This procedure only allows a bypass straight to ${allowed.join(' or ')}, not to ${target.label}.`);
  }
  if (rules.reasonRequired && isBlank(cmd.reason)) {
    return fail('REASON_REQUIRED', `Record why the escalation is going straight to ${target.label}; this procedure requires a reason for bypassing a stage.`);
  }
  if (rules.agreedWithRequired && isBlank(cmd.agreedWith)) {
    const role = rules.agreedWithRole.trim();
    const who = role === '' ? 'a senior manager' : /^the /i.test(role) ? role : `the ${role}`;
    return fail('AGREED_WITH_REQUIRED', `A bypass must be agreed with ${who} under this procedure; record who agreed it.`);
  }
  const skippedStageKeys = ladder.stages.slice(position, targetPosition - 1).map((s) => s.key);
  const clock = openClock(ctx.calendar, target.key, ctx.now.toISOString(), applyUrgency(ctx.profile, target, state.urgency));
  return ok({ kind: 'bypassed', fromStageKey: state.currentStageKey, skippedStageKeys, reason: cmd.reason, agreedWith: cmd.agreedWith, clock });
}
