import { addCalendarDays, formatLongDate, londonDateOf, startOfLondonDay, workingDaysBetween } from '../calendar';
import type { Calendar, IsoDate } from '../calendar/types';
import type { ResponseTime } from '../profile/schema';

/** A deadline as the engine records it; `responseTime` when known (the tracker's columns do not hold it). */
export interface Deadline {
  dueDate: IsoDate | null;
  dueAt: string | null;
  responseTime?: ResponseTime | undefined;
}

/**
 * An hour clock's deadline is an instant, not the end of a day: a 24-hour (RED) deadline at 20:20 must say
 * 20:20 wherever its date shows. Without the rule to hand, a deadline that is not London midnight is one.
 */
export function isHourDeadline(d: Deadline): boolean {
  if (d.responseTime !== undefined) return d.responseTime !== null && 'hours' in d.responseTime;
  return d.dueDate !== null && d.dueAt !== null && d.dueAt !== startOfLondonDay(addCalendarDays(d.dueDate, 1));
}

/** "14:30" in London. Intl only: shared code carries no time-zone tables of its own. */
export function londonClockTime(instant: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(instant));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}

/**
 * "by 20:20 on Wednesday 2 July 2025" for an hour clock, "Monday 10 March 2025" for a day clock, null
 * without a timescale. A day clock due on a weekend or holiday says so (only calendar-day and hour clocks
 * can fall there; working days never do).
 */
export function dueText(d: Deadline, calendar?: Calendar): string | null {
  if (d.dueDate === null || d.dueAt === null) return null;
  const hour = isHourDeadline(d);
  const day = hour ? londonDateOf(new Date(Date.parse(d.dueAt) - 1)) : d.dueDate;
  const base = hour ? `by ${londonClockTime(d.dueAt)} on ${formatLongDate(day)}` : formatLongDate(day);
  const reason = calendar?.nonWorkingReason(day) ?? null;
  if (reason === null) return base;
  const why = hour ? 'hours run through weekends and holidays' : 'calendar days include weekends and holidays';
  return `${base} (${reason}: ${why})`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "3 weeks" from a count of days: whole weeks once there are `weekAt` or more (5 working or 7 calendar days a week). */
function daysOrWeeks(days: number, unit: string, perWeek: number, weekAt: number): string {
  return days >= weekAt ? plural(Math.floor(days / perWeek), 'week') : plural(days, unit);
}

/**
 * Time left in the clock's own unit, as a person reads it: an hour clock in hours under two days, then in days,
 * then weeks ("Overdue by 3 weeks", never "Overdue by 535 hours"); a calendar-day clock in calendar days, a
 * working-day clock in working days (Rutland's 10-day meeting showed "8 working days left"), each in weeks once
 * two or more. The exact deadline is shown beside it. Null without a deadline.
 */
export function timeLeftText(d: Deadline, now: Date, calendar: Calendar): string | null {
  if (d.dueDate === null || d.dueAt === null) return null;
  const msLeft = Date.parse(d.dueAt) - now.getTime();
  if (isHourDeadline(d)) {
    const hours = Math.floor(Math.abs(msLeft) / 3_600_000);
    const span = hours < 48 ? plural(hours, 'hour') : daysOrWeeks(Math.floor(hours / 24), 'day', 7, 14);
    if (msLeft <= 0) return hours === 0 ? 'Overdue' : `Overdue by ${span}`;
    return hours === 0 ? 'Less than an hour left' : `${span} left`;
  }
  const today = londonDateOf(now);
  const calendarDays = d.responseTime != null && 'calendarDays' in d.responseTime;
  const days = calendarDays ? Math.round((Date.parse(`${d.dueDate}T12:00:00Z`) - Date.parse(`${today}T12:00:00Z`)) / 86_400_000) : workingDaysBetween(calendar, today, d.dueDate);
  const span = (n: number) => (calendarDays ? daysOrWeeks(n, 'calendar day', 7, 14) : daysOrWeeks(n, 'working day', 5, 10));
  if (msLeft <= 0) return days < 0 ? `Overdue by ${span(-days)}` : 'Overdue';
  if (days <= 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  return `${span(days)} left`;
}
