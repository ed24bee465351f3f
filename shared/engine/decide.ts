import type { IsoDate } from '../calendar/types';
import { formatLongDate, londonDateOf } from '../calendar';
import { fail, type EngineContext } from './context';
import { decideExtension, decideUrgency } from './decide-clock';
import { decideRaise } from './decide-raise';
import { decideCafcass, decideLetterSent, decideMeeting, decideNote, decideResolve, decideResponse, decideWithdraw } from './decide-record';
import { decideBypass, decideEscalate } from './decide-stage';
import { project } from './project';
import type { Command, CommandKind, EngineResult, EscalationEvent, EscalationState } from './types';

/** Completes "…, so ___." for a command refused because the escalation is closed. */
function refusedAction(kind: CommandKind): string {
  switch (kind) {
    case 'raise':
      return 'it cannot be raised again';
    case 'record-letter-sent':
      return 'no more letters can be recorded against it';
    case 'record-response':
      return 'no more responses can be recorded against it';
    case 'resolve':
      return 'it cannot be resolved';
    case 'escalate':
      return 'it cannot be escalated';
    case 'bypass':
      return 'it cannot be moved to another stage';
    case 'grant-extension':
      return 'no extension can be granted';
    case 'change-urgency':
      return 'its urgency cannot be changed';
    case 'refer-cafcass':
      return 'it cannot be referred to Cafcass';
    case 'record-meeting':
      return 'no meetings can be recorded against it';
    case 'withdraw':
      return 'it cannot be withdrawn';
    case 'add-note':
      return 'no note can be added';
    default: {
      const unreachable: never = kind;
      return String(unreachable);
    }
  }
}

/** "This escalation was resolved on Monday 3 March 2025, so it cannot be escalated." */
function closedMessage(events: readonly EscalationEvent[], state: EscalationState, kind: CommandKind): string {
  let how = 'closed';
  let on: IsoDate | null = state.closedAt === null ? null : londonDateOf(state.closedAt);
  for (const event of events) {
    const body = event.body;
    if (body.kind === 'resolved') {
      how = 'resolved';
      on = body.date;
    } else if (body.kind === 'withdrawn') {
      how = 'withdrawn';
      on = londonDateOf(event.at);
    } else if (body.kind === 'cafcass-referred' && !body.concurrent) {
      how = 'closed on referral to Cafcass';
      on = body.referredOn;
    }
  }
  const when = on === null ? '' : ` on ${formatLongDate(on)}`;
  return `This escalation was ${how}${when}, so ${refusedAction(kind)}.`;
}

function act(state: EscalationState, command: Command, ctx: EngineContext): EngineResult {
  switch (command.kind) {
    case 'raise':
      return fail('ALREADY_RAISED', 'This escalation has already been raised; record what happens next on it instead.');
    case 'record-letter-sent':
      return decideLetterSent(state, command, ctx);
    case 'record-response':
      return decideResponse(state, command, ctx);
    case 'resolve':
      return decideResolve(state, command, ctx);
    case 'escalate':
      return decideEscalate(state, command, ctx);
    case 'bypass':
      return decideBypass(state, command, ctx);
    case 'grant-extension':
      return decideExtension(state, command, ctx);
    case 'change-urgency':
      return decideUrgency(state, command, ctx);
    case 'refer-cafcass':
      return decideCafcass(state, command, ctx);
    case 'record-meeting':
      return decideMeeting(command, ctx);
    case 'withdraw':
      return decideWithdraw(command);
    case 'add-note':
      return decideNote(command);
    default: {
      const unreachable: never = command;
      throw new Error(`Unknown command ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * Decide what a command means for an escalation: the events to append, or a refusal a chair can read.
 * `events` is null (or empty) for a new escalation, which only `raise` can start.
 */
export function decide(events: readonly EscalationEvent[] | null, command: Command, ctx: EngineContext): EngineResult {
  const log = events ?? [];
  if (log.length === 0) {
    if (command.kind === 'raise') return decideRaise(command, ctx);
    return fail('NOT_RAISED', 'There is no escalation to update yet: raise the concern first.');
  }
  const state = project(log, ctx.profile, ctx.calendar);
  // Once closed, only notes may be added: the record stays as it was when it closed.
  if (state.status !== 'open' && command.kind !== 'add-note' && command.kind !== 'raise') {
    return fail('NOT_OPEN', closedMessage(log, state, command.kind));
  }
  return act(state, command, ctx);
}
