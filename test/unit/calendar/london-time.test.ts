import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, londonDateOf, startOfLondonDay } from '../../../shared/calendar';
import { RUNS, instantArb, isoDateArb } from './calendar-arbitraries';

// DESIGN: "Times are Europe/London."
describe('londonDateOf', () => {
  it('puts 23:30 UTC in summer on the next London date (00:30 BST)', () => {
    expect(londonDateOf('2025-07-01T23:30:00Z')).toBe('2025-07-02');
    expect(londonDateOf('2025-07-01T22:59:59.999Z')).toBe('2025-07-01');
  });

  it('puts 23:30 UTC in winter on the same London date (GMT)', () => {
    expect(londonDateOf('2025-01-15T23:30:00Z')).toBe('2025-01-15');
  });

  it('follows the spring clock change: 2025-03-30 01:00 UTC is 02:00 BST', () => {
    expect(londonDateOf('2025-03-30T00:59:59.999Z')).toBe('2025-03-30');
    expect(londonDateOf('2025-03-30T22:59:59.999Z')).toBe('2025-03-30');
    expect(londonDateOf('2025-03-30T23:00:00.000Z')).toBe('2025-03-31');
  });

  it('follows the autumn clock change: 2025-10-26 01:00 UTC is back to 01:00 GMT', () => {
    expect(londonDateOf('2025-10-25T22:59:59.999Z')).toBe('2025-10-25');
    expect(londonDateOf('2025-10-25T23:00:00.000Z')).toBe('2025-10-26');
    expect(londonDateOf('2025-10-26T23:59:59.999Z')).toBe('2025-10-26');
    expect(londonDateOf('2025-10-27T00:00:00.000Z')).toBe('2025-10-27');
  });

  it('accepts a Date and an ISO string with an offset', () => {
    expect(londonDateOf(new Date(Date.UTC(2025, 6, 1, 23, 30)))).toBe('2025-07-02');
    expect(londonDateOf('2025-07-02T00:30:00+01:00')).toBe('2025-07-02');
  });

  it('refuses a date-time without a zone, which JavaScript would read in the machine\'s own zone', () => {
    expect(() => londonDateOf('2025-07-01T23:30:00')).toThrow(RangeError);
    expect(() => londonDateOf('2025-07-01')).toThrow(/ISO 8601 date-time with a zone/);
  });

  it('refuses an invalid Date or string', () => {
    expect(() => londonDateOf(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => londonDateOf('yesterday')).toThrow(RangeError);
    expect(() => londonDateOf('2025-02-30T10:00:00Z')).toThrow(RangeError);
  });

  it('agrees with TZDate for any instant', () => {
    fc.assert(
      fc.property(instantArb, (instant) => {
        const t = new TZDate(instant.getTime(), 'Europe/London');
        const expected = `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
        expect(londonDateOf(instant)).toBe(expected);
      }),
      RUNS,
    );
  });
});

describe('startOfLondonDay', () => {
  it('is midnight UTC in winter and 23:00 UTC the day before in summer', () => {
    expect(startOfLondonDay('2025-01-15')).toBe('2025-01-15T00:00:00.000Z');
    expect(startOfLondonDay('2025-07-02')).toBe('2025-07-01T23:00:00.000Z');
  });

  it('handles the spring clock change: 30 March 2025 starts in GMT, 31 March in BST', () => {
    expect(startOfLondonDay('2025-03-30')).toBe('2025-03-30T00:00:00.000Z');
    expect(startOfLondonDay('2025-03-31')).toBe('2025-03-30T23:00:00.000Z');
  });

  it('handles the autumn clock change: 26 October 2025 starts in BST, 27 October in GMT', () => {
    expect(startOfLondonDay('2025-10-26')).toBe('2025-10-25T23:00:00.000Z');
    expect(startOfLondonDay('2025-10-27')).toBe('2025-10-27T00:00:00.000Z');
  });

  it('rejects a date that does not exist', () => {
    expect(() => startOfLondonDay('2025-02-30')).toThrow(RangeError);
  });

  it('is the first instant of that London date, for any date', () => {
    fc.assert(
      fc.property(isoDateArb, (date) => {
        const start = Date.parse(startOfLondonDay(date));
        expect(londonDateOf(new Date(start))).toBe(date);
        expect(londonDateOf(new Date(start - 1))).toBe(addCalendarDays(date, -1));
        const t = new TZDate(start, 'Europe/London');
        expect([t.getHours(), t.getMinutes(), t.getSeconds(), t.getMilliseconds()]).toEqual([0, 0, 0, 0]);
      }),
      RUNS,
    );
  });
});
