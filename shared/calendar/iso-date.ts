import type { IsoDate } from './types';

/*
 * Calendar dates are handled as "day numbers": whole days since 1970-01-01. A date has no time and no
 * zone, so day arithmetic on these integers is exact and cheap (no Date objects, no DST surprises).
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a YYYY-MM-DD date; throws a RangeError naming the value if it is not a real date. */
export function toDayNumber(date: IsoDate): number {
  if (typeof date !== 'string') throw new RangeError(`Expected a date written YYYY-MM-DD, got ${String(date)}`);
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`"${date}" is not a date written YYYY-MM-DD`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  // Date.UTC maps years 0–99 to 1900–1999, so build the date in two steps.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  if (year < 1 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    throw new RangeError(`"${date}" is not a real calendar date`);
  }
  return Math.floor(d.getTime() / MS_PER_DAY);
}

// Outside years 0001–9999 a date cannot be written YYYY-MM-DD.
const FIRST_DAY = -719_162; // 0001-01-01
const LAST_DAY = 2_932_896; // 9999-12-31

/** The YYYY-MM-DD date of a day number. */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!(dayNumber >= FIRST_DAY && dayNumber <= LAST_DAY)) {
    throw new RangeError('Date arithmetic went outside the years 0001–9999');
  }
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01, day 0, was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function yearOf(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCFullYear();
}

/** Day number of 1 January of a year. */
export function firstDayOfYear(year: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return Math.floor(d.getTime() / MS_PER_DAY);
}

export function assertWholeNumber(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a whole number, got ${String(n)}`);
}

/** The date n calendar days after `date` (n may be negative). */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  assertWholeNumber(n, 'The number of calendar days');
  return fromDayNumber(toDayNumber(date) + n);
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * "Monday 3 March 2025": the form used in letters to managers. Built by hand rather than with Intl so the
 * wording never depends on the ICU data or locale of the machine running it.
 */
export function formatLongDate(date: IsoDate): string {
  const dayNumber = toDayNumber(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${WEEKDAY_NAMES[weekdayOf(dayNumber)]} ${day} ${MONTH_NAMES[month - 1]} ${year}`;
}
