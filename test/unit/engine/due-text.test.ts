import { describe, expect, it } from 'vitest';
import { dueFor } from '../../../shared/calendar';
import { dueText, timeLeftText } from '../../../shared/engine/due-text';
import { calendar } from './builders';

// seeds/003 (Devon): "RED ... 24 hours". Issue 12: "A 24-hour (RED) deadline shows its time wherever its date shows".
describe('each clock in its own unit', () => {
  const red = { ...dueFor(calendar, '2025-07-01T19:20:00Z', { hours: 24 }), responseTime: { hours: 24 } };

  it('shows an hour clock’s time, in London, and time left in hours', () => {
    expect(dueText(red, calendar)).toBe('by 20:20 on Wednesday 2 July 2025');
    expect(timeLeftText(red, new Date('2025-07-02T09:20:00Z'), calendar)).toBe('10 hours left');
    expect(timeLeftText(red, new Date('2025-07-02T22:30:00Z'), calendar)).toBe('Overdue by 3 hours');
  });

  it('knows an hour clock from the tracker’s columns alone (due at an instant that is not midnight)', () => {
    expect(dueText({ dueDate: red.dueDate, dueAt: red.dueAt }, calendar)).toBe('by 20:20 on Wednesday 2 July 2025');
    expect(dueText({ dueDate: '2025-03-10', dueAt: '2025-03-11T00:00:00.000Z' }, calendar)).toBe('Monday 10 March 2025');
  });

  // seeds/004 (Rutland): "The Director for People has 10 days to hold and meeting" – calendar days, not working days.
  it('counts a calendar-day clock in calendar days, and says when it falls on a weekend', () => {
    const meeting = { ...dueFor(calendar, '2025-03-03T09:00:00Z', { calendarDays: 12 }), responseTime: { calendarDays: 12 } };
    expect(timeLeftText(meeting, new Date('2025-03-07T09:00:00Z'), calendar)).toBe('8 calendar days left');
    expect(dueText(meeting, calendar)).toBe('Saturday 15 March 2025 (Saturday: calendar days include weekends and holidays)');
  });

  it('keeps working days for a working-day clock', () => {
    // Due Monday 10 March; on Tuesday 4 March the 5th, 6th, 7th and 10th are left.
    const green = { ...dueFor(calendar, '2025-03-03T09:00:00Z', { workingDays: 5 }), responseTime: { workingDays: 5 } };
    expect(timeLeftText(green, new Date('2025-03-04T09:00:00Z'), calendar)).toBe('4 working days left');
  });
});

// Issue 29: "Overdue by 535 hours" and "Overdue by 15605 hours" for 24-hour clocks overdue for weeks.
describe('time left in the unit a person reads', () => {
  const red = { ...dueFor(calendar, '2025-07-01T19:20:00Z', { hours: 24 }), responseTime: { hours: 24 } }; // due 20:20 Wed 2 July
  const at = (hoursAfterDue: number) => new Date(Date.parse(red.dueAt!) + hoursAfterDue * 3_600_000);

  it('an hour clock: hours under two days, then days, then weeks', () => {
    expect(timeLeftText(red, at(47.5), calendar)).toBe('Overdue by 47 hours');
    expect(timeLeftText(red, at(50), calendar)).toBe('Overdue by 2 days');
    expect(timeLeftText(red, at(13 * 24 + 5), calendar)).toBe('Overdue by 13 days');
    expect(timeLeftText(red, at(535), calendar)).toBe('Overdue by 3 weeks');
    expect(timeLeftText(red, at(15605), calendar)).toBe('Overdue by 92 weeks');
  });

  it('day clocks: days, then weeks once two or more (5 working or 7 calendar days a week)', () => {
    const green = { ...dueFor(calendar, '2025-03-03T09:00:00Z', { workingDays: 5 }), responseTime: { workingDays: 5 } }; // due Mon 10 March
    expect(timeLeftText(green, new Date('2025-03-20T10:00:00Z'), calendar)).toBe('Overdue by 8 working days');
    expect(timeLeftText(green, new Date('2025-04-07T10:00:00Z'), calendar)).toBe('Overdue by 4 weeks');
    const meeting = { ...dueFor(calendar, '2025-03-03T09:00:00Z', { calendarDays: 40 }), responseTime: { calendarDays: 40 } }; // due Sat 12 April
    expect(timeLeftText(meeting, new Date('2025-03-04T09:00:00Z'), calendar)).toBe('5 weeks left');
  });
});
