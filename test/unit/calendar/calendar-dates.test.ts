import { describe, expect, it } from 'vitest';
import { addCalendarDays, formatLongDate } from '../../../shared/calendar';

describe('addCalendarDays', () => {
  it('moves across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addCalendarDays('2025-03-30', 0)).toBe('2025-03-30');
  });

  it('is not affected by the clock change on 30 March 2025', () => {
    expect(addCalendarDays('2025-03-29', 2)).toBe('2025-03-31');
  });

  it('rejects an impossible date or a fractional count', () => {
    expect(() => addCalendarDays('2025-02-30', 1)).toThrow(/not a real calendar date/);
    expect(() => addCalendarDays('2023-02-29', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('2025-03-01', 0.5)).toThrow(RangeError);
  });
});

describe('formatLongDate', () => {
  it('writes the date as used in letters: weekday, day, month, year', () => {
    expect(formatLongDate('2025-03-03')).toBe('Monday 3 March 2025');
    expect(formatLongDate('2026-12-25')).toBe('Friday 25 December 2026');
    expect(formatLongDate('2024-02-29')).toBe('Thursday 29 February 2024');
  });

  it('rejects a date that does not exist', () => {
    expect(() => formatLongDate('2025-04-31')).toThrow(RangeError);
  });
});
