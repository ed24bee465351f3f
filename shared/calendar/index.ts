/**
 * The working-day calendar: pure functions over Europe/London calendar dates (DESIGN: "Working day").
 * Nothing here reads the clock; callers pass instants in.
 */
export * from './types';
export { createCalendar, addWorkingDays, nextWorkingDay, workingDaysBetween } from './working-days';
export { londonDateOf, londonInstant, startOfLondonDay } from './london-time';
export { dueFor } from './due';
export { addCalendarDays, formatLongDate } from './iso-date';
