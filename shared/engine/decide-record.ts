import { roleMatches } from '../people/role-match';
import { theRole } from './entry-rules';
import { namedPersonOf } from './stage-people';
import { checkDate, checkPastDate, fail, isBlank, notInProcedure, ok, unknownKeys, type EngineContext } from './context';
import { checkHappenedOn } from './happened';
import { agreedFollowUp } from './decide-follow-up';
import { outcomeOpenTo } from './cohorts';
import { cohortPhrase } from './ladder';
import type { CommandOf, EngineError, EngineResult, EscalationEvent, EscalationState } from './types';

function refuse(error: EngineError): EngineResult {
  return { ok: false, error };
}

/** An outcome limited to other cohorts is not offered, and refused if given. */
function closedOutcome(keys: readonly string[], state: EscalationState, ctx: EngineContext): EngineError | null {
  const outcome = ctx.profile.outcomes.find((o) => keys.includes(o.key) && !outcomeOpenTo(o, state.cohort));
  return outcome ? { code: 'COHORT_EXCLUDED', message: `The outcome "${outcome.label}" does not apply to ${cohortPhrase(state.cohort)}; choose another.` } : null;
}

export function decideLetterSent(state: EscalationState, cmd: CommandOf<'record-letter-sent'>, ctx: EngineContext, events: readonly EscalationEvent[] = []): EngineResult {
  const dateError = checkHappenedOn(cmd.sentOn, ctx.now, events, 'the letter was sent');
  if (dateError) return refuse(dateError);
  return ok({ kind: 'letter-sent', stageKey: state.currentStageKey, sentOn: cmd.sentOn, to: cmd.to, ...(cmd.how ? { how: cmd.how } : {}) });
}

export function decideResponse(state: EscalationState, cmd: CommandOf<'record-response'>, ctx: EngineContext, events: readonly EscalationEvent[] = []): EngineResult {
  const dateError = checkHappenedOn(cmd.date, ctx.now, events, 'the response was received');
  if (dateError) return refuse(dateError);
  if (cmd.byWhen !== null) {
    const byWhenError = checkDate(cmd.byWhen);
    if (byWhenError) return refuse(byWhenError);
  }
  const unknown = unknownKeys(cmd.expectedOutcomeKeys, ctx.profile.outcomes);
  if (unknown.length > 0) return fail('UNKNOWN_OUTCOME', notInProcedure('expected outcome', 'expected outcomes', unknown));
  const closed = closedOutcome(cmd.expectedOutcomeKeys, state, ctx);
  if (closed) return refuse(closed);
  return ok({
    kind: 'response-recorded',
    stageKey: state.currentStageKey,
    respondent: cmd.respondent,
    what: cmd.what,
    who: cmd.who,
    byWhen: cmd.byWhen,
    expectedOutcomeKeys: cmd.expectedOutcomeKeys,
    date: cmd.date,
  });
}

export function decideResolve(state: EscalationState, cmd: CommandOf<'resolve'>, ctx: EngineContext, events: readonly EscalationEvent[] = []): EngineResult {
  const dateError = checkHappenedOn(cmd.date, ctx.now, events, 'the concern was resolved');
  if (dateError) return refuse(dateError);
  const unknown = unknownKeys(cmd.outcomeKeys, ctx.profile.outcomes);
  if (unknown.length > 0) return fail('UNKNOWN_OUTCOME', notInProcedure('outcome', 'outcomes', unknown));
  const closed = closedOutcome(cmd.outcomeKeys, state, ctx);
  if (closed) return refuse(closed);
  const followUp = cmd.followUp ? agreedFollowUp(cmd.followUp, cmd.date, ctx) : null;
  if (followUp && 'code' in followUp) return refuse(followUp);
  return ok({ kind: 'resolved', stageKey: state.currentStageKey, outcomeKeys: cmd.outcomeKeys, date: cmd.date, note: cmd.note, ...(followUp ? { followUp } : {}) });
}

export function decideCafcass(state: EscalationState, cmd: CommandOf<'refer-cafcass'>, ctx: EngineContext, events: readonly EscalationEvent[] = []): EngineResult {
  const rules = ctx.profile.rules.cafcass;
  const dateError = checkHappenedOn(cmd.referredOn, ctx.now, events, 'of the referral');
  if (dateError) return refuse(dateError);
  // Slough: "this decision will be made in conjunction with the Reviewing Service Manager and the AD …": a person for each role.
  const agreed = cmd.agreedWith ?? [];
  for (const role of rules.agreedWithRoles ?? []) {
    if (!agreed.some((p) => roleMatches(p.role, role))) {
      const named = agreed.length ? ` (recorded: ${agreed.map((p) => `${p.name}, ${p.role}`).join('; ')})` : '';
      return fail('AGREED_WITH_REQUIRED', `A referral to Cafcass must be agreed with ${theRole(role)} under this procedure: record who agreed it${named}.`);
    }
  }
  // The profile decides whether a referral can run alongside the ladder; the event records the effect.
  const concurrent = cmd.concurrent && rules.concurrent;
  return ok({ kind: 'cafcass-referred', concurrent, referredOn: cmd.referredOn, note: cmd.note, ...(agreed.length ? { agreedWith: agreed.map(namedPersonOf) } : {}) });
}

export function decideMeeting(cmd: CommandOf<'record-meeting'>, ctx: EngineContext): EngineResult {
  const dateError = cmd.status === 'scheduled' ? checkDate(cmd.date) : checkPastDate(cmd.date, ctx.now, 'the meeting was held');
  if (dateError) return refuse(dateError);
  return ok({ kind: 'meeting', status: cmd.status, date: cmd.date, attendees: cmd.attendees, notes: cmd.notes });
}

export function decideWithdraw(cmd: CommandOf<'withdraw'>): EngineResult {
  if (isBlank(cmd.reason)) return fail('REASON_REQUIRED', 'Record why the escalation is being withdrawn.');
  return ok({ kind: 'withdrawn', reason: cmd.reason });
}

export function decideNote(cmd: CommandOf<'add-note'>): EngineResult {
  if (isBlank(cmd.text)) return fail('DETAIL_REQUIRED', 'Write the note before saving it.');
  return ok({ kind: 'note', text: cmd.text });
}
