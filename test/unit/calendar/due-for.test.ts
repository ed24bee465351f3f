import { describe, expect, it } from 'vitest';
import { createCalendar, dueFor } from '../../../shared/calendar';

const england = createCalendar();

describe('dueFor with working days', () => {
  // DESIGN: "Within N working days" = by the end of the Nth working day after the day it was raised.
  it('is due at the end of the Nth working day after the day raised, overdue from London midnight', () => {
    expect(dueFor(england, '2025-02-28T10:00:00Z', { workingDays: 5 })).toEqual({
      dueDate: '2025-03-07',
      dueAt: '2025-03-08T00:00:00.000Z',
    });
  });

  it('counts from the next working day when raised on a Saturday', () => {
    expect(dueFor(england, '2025-03-01T09:00:00Z', { workingDays: 1 }).dueDate).toBe('2025-03-03');
  });

  it('with 0 working days is due by the end of the day raised, or the next working day', () => {
    expect(dueFor(england, '2025-03-03T09:00:00Z', { workingDays: 0 })).toEqual({
      dueDate: '2025-03-03',
      dueAt: '2025-03-04T00:00:00.000Z',
    });
    expect(dueFor(england, '2025-03-01T09:00:00Z', { workingDays: 0 }).dueDate).toBe('2025-03-03');
  });

  it('takes the day raised from London time: 23:30 UTC on 1 July is 2 July in London', () => {
    expect(dueFor(england, '2025-07-01T23:30:00Z', { workingDays: 1 })).toEqual({
      dueDate: '2025-07-03',
      dueAt: '2025-07-03T23:00:00.000Z',
    });
  });

  it('becomes overdue at London midnight across the spring clock change', () => {
    expect(dueFor(england, '2025-03-28T12:00:00Z', { workingDays: 1 })).toEqual({
      dueDate: '2025-03-31',
      dueAt: '2025-03-31T23:00:00.000Z',
    });
  });

  it('becomes overdue at London midnight across the autumn clock change', () => {
    expect(dueFor(england, '2025-10-24T12:00:00Z', { workingDays: 1 })).toEqual({
      dueDate: '2025-10-27',
      dueAt: '2025-10-28T00:00:00.000Z',
    });
  });

  it("skips the profile's closure days", () => {
    const council = createCalendar({ closureDays: ['2025-12-29'] });
    expect(dueFor(council, '2025-12-24T15:00:00Z', { workingDays: 1 }).dueDate).toBe('2025-12-30');
  });
});

describe('dueFor with hours', () => {
  // DESIGN: "within 24 hours" = 24 elapsed hours.
  it('is exactly 24 elapsed hours across the spring clock change (12:00 GMT → 13:00 BST)', () => {
    expect(dueFor(england, '2025-03-29T12:00:00Z', { hours: 24 })).toEqual({
      dueDate: '2025-03-30',
      dueAt: '2025-03-30T12:00:00.000Z',
    });
  });

  it('is exactly 24 elapsed hours across the autumn clock change (12:00 BST → 11:00 GMT)', () => {
    expect(dueFor(england, '2025-10-25T11:00:00Z', { hours: 24 })).toEqual({
      dueDate: '2025-10-26',
      dueAt: '2025-10-26T11:00:00.000Z',
    });
  });

  it('does not skip weekends or bank holidays', () => {
    expect(dueFor(england, '2025-12-24T16:00:00Z', { hours: 48 })).toEqual({
      dueDate: '2025-12-26',
      dueAt: '2025-12-26T16:00:00.000Z',
    });
  });

  it('gives a deadline at exactly London midnight the date of the day just ending', () => {
    // Opened 00:00 BST on 2 July; 24 hours later is 00:00 BST on 3 July, the end of 2 July.
    expect(dueFor(england, '2025-07-01T23:00:00Z', { hours: 24 })).toEqual({
      dueDate: '2025-07-02',
      dueAt: '2025-07-02T23:00:00.000Z',
    });
  });

  it('gives the London date of the deadline, not the UTC one', () => {
    expect(dueFor(england, '2025-07-01T23:30:00Z', { hours: 1 }).dueDate).toBe('2025-07-02');
  });
});

describe('dueFor with calendar days and with no timescale', () => {
  it('is due by the end of the London date N days after the day opened', () => {
    expect(dueFor(england, '2025-03-25T09:00:00Z', { calendarDays: 10 })).toEqual({
      dueDate: '2025-04-04',
      dueAt: '2025-04-04T23:00:00.000Z',
    });
  });

  it('with 0 calendar days is due by the end of the day opened', () => {
    expect(dueFor(england, '2025-01-15T09:00:00Z', { calendarDays: 0 })).toEqual({
      dueDate: '2025-01-15',
      dueAt: '2025-01-16T00:00:00.000Z',
    });
  });

  it('has no due date when the procedure sets no timescale', () => {
    expect(dueFor(england, '2025-03-03T09:00:00Z', null)).toEqual({ dueDate: null, dueAt: null });
  });
});

describe('dueFor input checks', () => {
  it('rejects an opening time that is not an instant', () => {
    expect(() => dueFor(england, '2025-03-03', { workingDays: 5 })).toThrow(RangeError);
    expect(() => dueFor(england, new Date('nope'), { hours: 24 })).toThrow(RangeError);
  });

  it('rejects negative or fractional amounts', () => {
    expect(() => dueFor(england, '2025-03-03T09:00:00Z', { workingDays: -1 })).toThrow(RangeError);
    expect(() => dueFor(england, '2025-03-03T09:00:00Z', { hours: 1.5 })).toThrow(RangeError);
    expect(() => dueFor(england, '2025-03-03T09:00:00Z', { calendarDays: -2 })).toThrow(RangeError);
  });
});
