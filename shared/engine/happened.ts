import { formatLongDate, londonDateOf, londonInstant, startOfLondonDay } from '../calendar';
import type { IsoDate } from '../calendar/types';
import { isIsoDate } from './context';
import type { EngineError, EscalationEvent, EventBody } from './types';

/**
 * The instant a dated event happened (as opposed to when it was recorded, which is the event's `at`);
 * null for events that are not facts about the case's progress (notes, meetings, extensions, ratings).
 */
export function happenedAtOf(event: EscalationEvent): string | null {
  const body: EventBody = event.body;
  switch (body.kind) {
    case 'raised':
    case 'escalated':
    case 'bypassed':
      return body.clock.openedAt;
    case 'letter-sent':
      return startOfLondonDay(body.sentOn);
    case 'response-recorded':
    case 'resolved':
      return startOfLondonDay(body.date);
    case 'cafcass-referred':
      return startOfLondonDay(body.referredOn);
    case 'step-completed':
      return body.at;
    default:
      return null;
  }
}

/** The latest moment anything on the log happened: nothing recorded later may have happened before it. */
export function lastHappenedAt(events: readonly EscalationEvent[]): string | null {
  let last: string | null = null;
  for (const e of events) {
    const at = happenedAtOf(e);
    if (at === null) continue;
    if (last === null || Date.parse(at) > Date.parse(last)) last = at;
  }
  return last;
}

/**
 * When something the chair records after the fact happened: now when no date is given; otherwise that
 * London date (at the given time, or the start of the day, but never before the previous event).
 * Refused when it is after now or before the previous event. `what` completes "The date ___ cannot be …".
 */
export function happenedAt(
  given: { happenedOn?: IsoDate | undefined; happenedTime?: string | undefined },
  now: Date,
  events: readonly EscalationEvent[],
  what: string,
): { at: string } | EngineError {
  const previous = lastHappenedAt(events);
  if (given.happenedOn === undefined) return { at: now.toISOString() };
  const date = given.happenedOn;
  if (!isIsoDate(date)) return { code: 'INVALID_DATE', message: `"${date}" is not a real date; write it as YYYY-MM-DD.` };
  if (date > londonDateOf(now)) {
    return { code: 'INVALID_DATE', message: `The date ${what} cannot be ${formatLongDate(date)}, because that is after today.` };
  }
  if (previous !== null && date < londonDateOf(previous)) {
    return {
      code: 'INVALID_DATE',
      message: `The date ${what} cannot be ${formatLongDate(date)}, because that is before the last thing recorded on this escalation (${formatLongDate(londonDateOf(previous))}).`,
    };
  }
  let at = given.happenedTime === undefined ? (date === londonDateOf(now) ? now.toISOString() : startOfLondonDay(date)) : londonInstant(date, given.happenedTime);
  if (Date.parse(at) > now.getTime()) {
    return { code: 'INVALID_DATE', message: `The time ${what} cannot be ${given.happenedTime ?? ''} today, because that is later than now.` };
  }
  if (previous !== null && Date.parse(at) < Date.parse(previous)) {
    if (given.happenedTime !== undefined) {
      return { code: 'INVALID_DATE', message: `The time ${what} cannot be ${given.happenedTime} on ${formatLongDate(date)}, because that is before the last thing recorded on this escalation.` };
    }
    at = previous;
  }
  return { at };
}

/** A date the chair gives for something that happened: a real date, not after today, not before the previous event. */
export function checkHappenedOn(date: IsoDate, now: Date, events: readonly EscalationEvent[], what: string): EngineError | null {
  const result = happenedAt({ happenedOn: date }, now, events, what);
  return 'code' in result ? result : null;
}
