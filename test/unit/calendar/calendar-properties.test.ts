import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  createCalendar,
  dueFor,
  londonDateOf,
  startOfLondonDay,
  workingDaysBetween,
} from '../../../shared/calendar';
import { RUNS, closureDaysArb, instantArb, isoDateArb, regionArb } from './calendar-arbitraries';

const calendarArb = fc
  .record({ region: regionArb, closureDays: closureDaysArb })
  .map((opts) => createCalendar(opts));

const HOUR = 3_600_000;

describe('working-day arithmetic, for any region, closure days and start', () => {
  // DESIGN: "Working day: Monday–Friday, not an England & Wales bank holiday (or the profile's region),
  // not a local closure day."
  it('never makes a working-days deadline fall on a non-working day', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: 0, max: 60 }), (cal, openedAt, n) => {
        const { dueDate } = dueFor(cal, openedAt, { workingDays: n });
        expect(dueDate).not.toBeNull();
        expect(cal.isWorkingDay(dueDate!), `${dueDate}: ${cal.nonWorkingReason(dueDate!)}`).toBe(true);
      }),
      RUNS,
    );
  });

  it('never gives an earlier date for more working days', () => {
    fc.assert(
      fc.property(calendarArb, isoDateArb, fc.nat(40), fc.nat(40), (cal, from, a, b) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        expect(addWorkingDays(cal, from, fewer) <= addWorkingDays(cal, from, more)).toBe(true);
        // Strictly later from n = 1 on; n = 0 and n = 1 coincide when raised on a non-working day.
        if (fewer >= 1 && fewer < more) {
          expect(addWorkingDays(cal, from, fewer) < addWorkingDays(cal, from, more)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  // "Within N working days" = by the end of the Nth working day after the day it was raised.
  it('counts back exactly n working days between the start and the result (n ≥ 1)', () => {
    fc.assert(
      fc.property(calendarArb, isoDateArb, fc.integer({ min: 1, max: 60 }), (cal, from, n) => {
        const due = addWorkingDays(cal, from, n);
        expect(due > from).toBe(true);
        expect(workingDaysBetween(cal, from, due)).toBe(n);
        expect(workingDaysBetween(cal, due, from)).toBe(-n);
      }),
      RUNS,
    );
  });

  it('swapping the ends of workingDaysBetween only changes its sign', () => {
    fc.assert(
      fc.property(calendarArb, isoDateArb, isoDateArb, (cal, a, b) => {
        expect(workingDaysBetween(cal, a, b) + workingDaysBetween(cal, b, a)).toBe(0);
      }),
      RUNS,
    );
  });
});

describe('dueFor, for any opening instant', () => {
  // DESIGN: "within 24 hours" = 24 elapsed hours.
  it('puts an hours deadline exactly n elapsed hours after opening', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: 1, max: 24 * 60 }), (cal, openedAt, n) => {
        const { dueAt } = dueFor(cal, openedAt, { hours: n });
        expect(Date.parse(dueAt!) - openedAt.getTime()).toBe(n * HOUR);
      }),
      RUNS,
    );
  });

  it('puts a calendar-days deadline at the end of the London date exactly n days after opening', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: 0, max: 365 }), (cal, openedAt, n) => {
        const due = dueFor(cal, openedAt, { calendarDays: n });
        expect(due.dueDate).toBe(addCalendarDays(londonDateOf(openedAt), n));
        expect(due.dueAt).toBe(startOfLondonDay(addCalendarDays(due.dueDate!, 1)));
      }),
      RUNS,
    );
  });

  it('always becomes overdue during the day after dueDate begins, at the latest at its start', () => {
    const rtArb = fc.oneof(
      fc.record({ workingDays: fc.integer({ min: 0, max: 60 }) }),
      fc.record({ hours: fc.integer({ min: 1, max: 24 * 60 }) }),
      fc.record({ calendarDays: fc.integer({ min: 0, max: 365 }) }),
    );
    fc.assert(
      fc.property(calendarArb, instantArb, rtArb, (cal, openedAt, rt) => {
        const { dueDate, dueAt } = dueFor(cal, openedAt, rt);
        const at = Date.parse(dueAt!);
        expect(at).toBeGreaterThan(Date.parse(startOfLondonDay(dueDate!)));
        expect(at).toBeLessThanOrEqual(Date.parse(startOfLondonDay(addCalendarDays(dueDate!, 1))));
        expect(at).toBeGreaterThan(openedAt.getTime());
      }),
      RUNS,
    );
  });
});
