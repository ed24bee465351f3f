import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  createCalendar,
  nextWorkingDay,
  workingDaysBetween,
  type Calendar,
} from '../../../shared/calendar';

const england = createCalendar();

describe('addWorkingDays (day-0 convention)', () => {
  // DESIGN: "Within N working days" = by the end of the Nth working day after the day it was raised.
  it('counts from the next working day when raised on a Saturday', () => {
    expect(addWorkingDays(england, '2025-03-01', 1)).toBe('2025-03-03');
  });

  it('gives the following Friday for 5 working days from a Friday', () => {
    expect(addWorkingDays(england, '2025-02-28', 5)).toBe('2025-03-07');
  });

  it('gives the following Monday for 5 working days from a Monday', () => {
    expect(addWorkingDays(england, '2025-03-03', 5)).toBe('2025-03-10');
  });

  it('with 0 days is the same day when that is a working day, else the next working day', () => {
    expect(addWorkingDays(england, '2025-03-03', 0)).toBe('2025-03-03');
    expect(addWorkingDays(england, '2025-03-01', 0)).toBe('2025-03-03');
    expect(addWorkingDays(england, '2025-12-25', 0)).toBe('2025-12-29');
  });

  it('gives the same date for 0 and 1 working days when raised on a non-working day', () => {
    expect(addWorkingDays(england, '2025-03-01', 0)).toBe(addWorkingDays(england, '2025-03-01', 1));
  });

  it('skips Easter: 1 working day from Maundy Thursday 2025 is the Tuesday after Easter Monday', () => {
    expect(addWorkingDays(england, '2025-04-17', 1)).toBe('2025-04-22');
  });

  it('skips Christmas 2026 and its substitute day', () => {
    expect(addWorkingDays(england, '2026-12-24', 1)).toBe('2026-12-29');
    expect(addWorkingDays(england, '2026-12-24', 4)).toBe('2027-01-04');
  });

  it('skips a local closure day: the council closed on 29 December 2025', () => {
    const council = createCalendar({ closureDays: ['2025-12-29'] });
    expect(addWorkingDays(england, '2025-12-24', 1)).toBe('2025-12-29');
    expect(addWorkingDays(council, '2025-12-24', 1)).toBe('2025-12-30');
    expect(council.isWorkingDay('2025-12-29')).toBe(false);
    expect(council.nonWorkingReason('2025-12-29')).toBe('Local closure day');
  });

  it('uses the region: 1 working day from Friday 28 November 2025 is Tuesday 2 December in Scotland', () => {
    expect(addWorkingDays(createCalendar({ region: 'scotland' }), '2025-11-28', 1)).toBe('2025-12-02');
    expect(addWorkingDays(england, '2025-11-28', 1)).toBe('2025-12-01');
  });

  it('rejects a negative or fractional number of days', () => {
    expect(() => addWorkingDays(england, '2025-03-03', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(england, '2025-03-03', 1.5)).toThrow(RangeError);
  });

  it('works with any Calendar, through its interface', () => {
    const wednesdaysOnly: Calendar = {
      region: 'england-and-wales',
      isWorkingDay: (date) => new Date(`${date}T00:00:00Z`).getUTCDay() === 3,
      nonWorkingReason: () => 'Not a Wednesday',
    };
    expect(addWorkingDays(wednesdaysOnly, '2025-03-05', 1)).toBe('2025-03-12');
    expect(nextWorkingDay(wednesdaysOnly, '2025-03-01')).toBe('2025-03-05');
    expect(workingDaysBetween(wednesdaysOnly, '2025-03-01', '2025-03-31')).toBe(4);
  });

  it('gives up with an error rather than looping when a calendar has no working days', () => {
    const never: Calendar = { region: 'england-and-wales', isWorkingDay: () => false, nonWorkingReason: () => 'Closed' };
    expect(() => addWorkingDays(never, '2025-03-03', 1)).toThrow(/no working day/);
  });
});

describe('nextWorkingDay', () => {
  it('is strictly after the date', () => {
    expect(nextWorkingDay(england, '2025-03-03')).toBe('2025-03-04');
    expect(nextWorkingDay(england, '2025-03-07')).toBe('2025-03-10');
  });

  it('skips bank holidays', () => {
    expect(nextWorkingDay(england, '2025-12-24')).toBe('2025-12-29');
    expect(nextWorkingDay(england, '2022-06-01')).toBe('2022-06-06');
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after `from` up to and including `to`', () => {
    expect(workingDaysBetween(england, '2025-03-03', '2025-03-10')).toBe(5);
    expect(workingDaysBetween(england, '2025-03-01', '2025-03-03')).toBe(1);
    expect(workingDaysBetween(england, '2025-03-03', '2025-03-04')).toBe(1);
  });

  it('is 0 for the same day and across a weekend with no working day', () => {
    expect(workingDaysBetween(england, '2025-03-03', '2025-03-03')).toBe(0);
    expect(workingDaysBetween(england, '2025-03-07', '2025-03-09')).toBe(0);
    expect(Object.is(workingDaysBetween(england, '2025-03-09', '2025-03-07'), 0)).toBe(true);
  });

  it('is negative when `to` is earlier: minus the working days after `to` up to `from`', () => {
    expect(workingDaysBetween(england, '2025-03-10', '2025-03-03')).toBe(-5);
    expect(workingDaysBetween(england, '2025-03-03', '2025-03-01')).toBe(-1);
  });

  it('does not count bank holidays or closure days', () => {
    expect(workingDaysBetween(england, '2025-12-24', '2025-12-31')).toBe(3);
    const council = createCalendar({ closureDays: ['2025-12-29', '2025-12-30', '2025-12-31'] });
    expect(workingDaysBetween(council, '2025-12-24', '2026-01-02')).toBe(1);
  });
});

describe('Calendar', () => {
  it('gives the reason a day is not a working day', () => {
    expect(england.nonWorkingReason('2025-03-01')).toBe('Saturday');
    expect(england.nonWorkingReason('2025-03-02')).toBe('Sunday');
    expect(england.nonWorkingReason('2025-03-03')).toBeNull();
    expect(england.nonWorkingReason('2025-12-25')).toBe('Christmas Day');
  });

  it('names a bank holiday that falls at a weekend rather than calling it just "Saturday"', () => {
    expect(england.nonWorkingReason('2026-12-26')).toBe('Boxing Day');
  });

  it('names the bank holiday when a closure day is also a bank holiday', () => {
    const council = createCalendar({ closureDays: ['2025-12-25', '2025-12-27'] });
    expect(council.nonWorkingReason('2025-12-25')).toBe('Christmas Day');
    expect(council.nonWorkingReason('2025-12-27')).toBe('Saturday');
  });

  it('rejects dates that do not exist, with a clear RangeError', () => {
    expect(() => england.isWorkingDay('2025-02-30')).toThrow(RangeError);
    expect(() => england.isWorkingDay('2025-02-30')).toThrow(/2025-02-30.*not a real calendar date/);
    expect(() => england.nonWorkingReason('2025-13-01')).toThrow(RangeError);
    expect(() => england.isWorkingDay('3 March 2025')).toThrow(/YYYY-MM-DD/);
    expect(() => createCalendar({ closureDays: ['2025-04-31'] })).toThrow(RangeError);
    expect(() => addWorkingDays(england, '2025-02-29', 1)).toThrow(RangeError);
  });

  it('accepts 29 February in a leap year', () => {
    expect(england.isWorkingDay('2024-02-29')).toBe(true);
  });
});
