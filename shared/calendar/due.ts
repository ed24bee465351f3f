import type { Calendar, Due, ResponseTime } from './types';
import { assertWholeNumber, fromDayNumber } from './iso-date';
import { londonDayNumberOf, startOfLondonDayMs, toEpochMs } from './london-time';
import { addWorkingDaysToDayNumber } from './working-days';

const MS_PER_HOUR = 3_600_000;

function count(n: number, what: string): number {
  assertWholeNumber(n, what);
  if (n < 0) throw new RangeError(`${what} cannot be negative (got ${n})`);
  return n;
}

/** A date-based deadline: due by the end of `dueDay`, overdue from London midnight after it. */
function dueByEndOf(dueDay: number): Due {
  return { dueDate: fromDayNumber(dueDay), dueAt: new Date(startOfLondonDayMs(dueDay + 1)).toISOString() };
}

/**
 * When a response falls due, for a stage opened at `openedAt`.
 *
 * Every result keeps one invariant: `dueAt` is the instant it becomes overdue, and `dueDate` is the last
 * London date on which it is not yet overdue, so startOfLondonDay(dueDate) < dueAt ≤ startOfLondonDay(dueDate + 1).
 * - workingDays: "within N working days" = by the end of the Nth working day after the day it was raised
 *   (day-0 convention, see addWorkingDays); overdue from the London midnight that ends that day.
 * - calendarDays: by the end of the London date N days after the day it was opened.
 * - hours: "within 24 hours" = 24 elapsed hours, so dueAt is exactly openedAt + N hours — across a clock
 *   change that is 23 or 25 hours of wall-clock time. dueDate is the London date of the last moment
 *   before dueAt (dueAt − 1 ms): a deadline at exactly 00:00 belongs to the day that has just ended, as it
 *   does for the date-based kinds. It may be a weekend or holiday: elapsed hours do not skip them.
 * - null: the procedure sets no timescale.
 */
export function dueFor(cal: Calendar, openedAt: Date | string, rt: ResponseTime): Due {
  if (rt === null) return { dueDate: null, dueAt: null };
  const openedMs = toEpochMs(openedAt);
  if ('workingDays' in rt) {
    const n = count(rt.workingDays, 'The number of working days');
    return dueByEndOf(addWorkingDaysToDayNumber(cal, londonDayNumberOf(openedMs), n));
  }
  if ('hours' in rt) {
    const dueMs = openedMs + count(rt.hours, 'The number of hours') * MS_PER_HOUR;
    return { dueDate: fromDayNumber(londonDayNumberOf(dueMs - 1)), dueAt: new Date(dueMs).toISOString() };
  }
  if ('calendarDays' in rt) {
    return dueByEndOf(londonDayNumberOf(openedMs) + count(rt.calendarDays, 'The number of calendar days'));
  }
  const unknown: never = rt;
  throw new RangeError(`Unknown response time ${JSON.stringify(unknown)}`);
}
