import { fail, type EngineContext } from './context';
import { allowedCommands } from './allowed';
import { decideExtension, decideUrgency } from './decide-clock';
import { decideRaise } from './decide-raise';
import { decideCafcass, decideLetterSent, decideMeeting, decideNote, decideResolve, decideResponse, decideWithdraw } from './decide-record';
import { decideBypass, decideEscalate } from './decide-stage';
import { decideCompleteStep, stepEndsOf } from './decide-step';
import { project } from './project';
import { decideRecordFollowUp, decideSetFollowUp } from './decide-follow-up';
import type { Command, EngineError, EngineResult, EscalationEvent, EscalationState, NextCommand } from './types';

function act(state: EscalationState, command: NextCommand, ctx: EngineContext, events: readonly EscalationEvent[]): EngineResult {
  switch (command.kind) {
    case 'record-letter-sent':
      return decideLetterSent(state, command, ctx, events);
    case 'record-response':
      return decideResponse(state, command, ctx, events);
    case 'resolve':
      return decideResolve(state, command, ctx, events);
    case 'escalate':
      return decideEscalate(state, command, ctx, events);
    case 'bypass':
      return decideBypass(state, command, ctx, events);
    case 'grant-extension':
      return decideExtension(state, command, ctx);
    case 'change-urgency':
      return decideUrgency(state, command, ctx);
    case 'refer-cafcass':
      return decideCafcass(state, command, ctx, events);
    case 'record-meeting':
      return decideMeeting(command, ctx);
    case 'withdraw':
      return decideWithdraw(command);
    case 'add-note':
      return decideNote(command);
    case 'complete-step':
      return decideCompleteStep(state, command, ctx, events);
    case 'set-follow-up':
      return decideSetFollowUp(state, command, ctx);
    case 'record-follow-up':
      return decideRecordFollowUp(state, command, ctx);
    default: {
      const unreachable: never = command;
      throw new Error(`Unknown command ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * Decide what a command means for an escalation: the events to append, or a refusal a chair can read.
 * `events` is null (or empty) for a new escalation, which only `raise` can start. What may be done is
 * decided by `allowedCommands`, the same list the escalation page offers.
 */
/**
 * `decide`, and the state the log has once its events are appended (the new events stamped `at`): what a service
 * writes and shows after a command, from one projection, with no second read of the log.
 */
export function decideAndProject(events: readonly EscalationEvent[], command: Command, ctx: EngineContext, stamp: { at: string; actor: string; opId: string }): { ok: true; events: EscalationEvent[]; state: EscalationState } | { ok: false; error: EngineError } {
  const result = decide(events.length ? events : null, command, ctx);
  if (!result.ok) return result;
  const added = result.events.map((body, i) => ({ seq: events.length + i + 1, at: stamp.at, actor: stamp.actor, opId: i === 0 ? stamp.opId : `${stamp.opId}#${i}`, body }));
  return { ok: true, events: added, state: project([...events, ...added], ctx.profile, ctx.calendar, ctx.now) };
}

export function decide(events: readonly EscalationEvent[] | null, command: Command, ctx: EngineContext): EngineResult {
  const log = events ?? [];
  if (log.length === 0) {
    if (command.kind === 'raise') return decideRaise(command, ctx);
    return fail('NOT_RAISED', 'There is no escalation to update yet: raise the concern first.');
  }
  if (command.kind === 'raise') {
    return fail('ALREADY_RAISED', 'This escalation has already been raised; record what happens next on it instead.');
  }
  const state = project(log, ctx.profile, ctx.calendar);
  const refusal = allowedCommands(state, ctx.profile, ctx.now, ctx.actorRole).refused[command.kind];
  // With no stage to bypass to, the bypass check itself says why the chosen stage cannot be reached.
  if (refusal && !(command.kind === 'bypass' && refusal.code === 'BYPASS_BACKWARDS')) return { ok: false, error: refusal };
  const result = act(state, command, ctx, log);
  if (!result.ok || !state.stages.some((s) => s.steps?.some((x) => x.state === 'open'))) return result;
  // A letter, response or meeting that ends an open step by itself puts that step's end on the log too.
  const next = log.length + 1;
  const after = project([...log, ...result.events.map((body, i) => ({ seq: next + i, at: ctx.now.toISOString(), actor: '', opId: '', body }))], ctx.profile, ctx.calendar);
  return { ok: true, events: [...result.events, ...stepEndsOf(state, after, result.events)] };
}
