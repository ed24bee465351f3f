import type { Region } from '../profile/schema';
import type { Calendar, IsoDate } from './types';
import { bankHolidaysOf } from './holidays';
import { assertWholeNumber, firstDayOfYear, fromDayNumber, toDayNumber, weekdayOf, yearOf } from './iso-date';

const CLOSURE_REASON = 'Local closure day';
/** No real calendar goes this long without a working day; a custom one that does would loop for ever. */
const MAX_SEARCH_DAYS = 3_660;

/** The calendar made by createCalendar. Works on day numbers so the hot loops skip parsing and formatting. */
class WorkingDayCalendar implements Calendar {
  readonly region: Region;
  private readonly closures: ReadonlySet<number>;
  /** The last year looked up, as a day-number range, so the hot loop skips the year arithmetic. */
  private yearFirstDay = 0;
  private yearLastDay = -1;
  private yearHolidays: ReadonlyMap<number, string> = new Map();

  constructor(region: Region, closureDays: readonly IsoDate[]) {
    this.region = region;
    this.closures = new Set(closureDays.map(toDayNumber));
  }

  private holidaysAround(dayNumber: number): ReadonlyMap<number, string> {
    if (dayNumber < this.yearFirstDay || dayNumber > this.yearLastDay) {
      const year = yearOf(dayNumber);
      this.yearFirstDay = firstDayOfYear(year);
      this.yearLastDay = firstDayOfYear(year + 1) - 1;
      this.yearHolidays = bankHolidaysOf(this.region, year);
    }
    return this.yearHolidays;
  }

  isWorkingDayNumber(dayNumber: number): boolean {
    const weekday = weekdayOf(dayNumber);
    if (weekday === 0 || weekday === 6) return false;
    if (this.closures.has(dayNumber)) return false;
    return !this.holidaysAround(dayNumber).has(dayNumber);
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  /**
   * Why a day is not a working day. A bank holiday's name wins over "Saturday"/"Sunday" (Boxing Day on a
   * Saturday says "Boxing Day"), and both win over a local closure, which adds nothing on such a day.
   */
  nonWorkingReason(date: IsoDate): string | null {
    const dayNumber = toDayNumber(date);
    const holiday = this.holidaysAround(dayNumber).get(dayNumber);
    if (holiday !== undefined) return holiday;
    const weekday = weekdayOf(dayNumber);
    if (weekday === 6) return 'Saturday';
    if (weekday === 0) return 'Sunday';
    if (this.closures.has(dayNumber)) return CLOSURE_REASON;
    return null;
  }
}

const REGIONS: readonly Region[] = ['england-and-wales', 'scotland', 'northern-ireland'];

/** A working-day calendar: Monday–Friday, less the region's bank holidays and the profile's closure days. */
export function createCalendar(opts: { region?: Region; closureDays?: IsoDate[] } = {}): Calendar {
  const region = opts.region ?? 'england-and-wales';
  if (!REGIONS.includes(region)) throw new RangeError(`Unknown region "${String(region)}"`);
  return new WorkingDayCalendar(region, opts.closureDays ?? []);
}

/** A fast test for our own calendars; any other Calendar implementation is asked through its interface. */
function workingTest(cal: Calendar): (dayNumber: number) => boolean {
  if (cal instanceof WorkingDayCalendar) return (n) => cal.isWorkingDayNumber(n);
  return (n) => cal.isWorkingDay(fromDayNumber(n));
}

/** The first working day strictly after `start`, as a day number. */
function nextWorkingDayNumber(isWorking: (n: number) => boolean, start: number): number {
  for (let d = start + 1, limit = start + MAX_SEARCH_DAYS; d <= limit; d++) {
    if (isWorking(d)) return d;
  }
  throw new RangeError(`The calendar has no working day within ${MAX_SEARCH_DAYS} days of ${fromDayNumber(start)}`);
}

/**
 * The day-0 convention: the day something is raised is day 0, and "within N working days" falls due at
 * the end of the Nth working day strictly after it — counting starts at the next working day whatever
 * day `from` is (raised Saturday, 1 working day → Monday). N = 0 means the same day if `from` is a
 * working day, otherwise the next working day.
 */
export function addWorkingDays(cal: Calendar, from: IsoDate, n: number): IsoDate {
  return fromDayNumber(addWorkingDaysToDayNumber(cal, toDayNumber(from), n));
}

/** addWorkingDays on day numbers, for dueFor. */
export function addWorkingDaysToDayNumber(cal: Calendar, start: number, n: number): number {
  assertWholeNumber(n, 'The number of working days');
  if (n < 0) throw new RangeError(`The number of working days cannot be negative (got ${n})`);
  const isWorking = workingTest(cal);
  if (n === 0) return isWorking(start) ? start : nextWorkingDayNumber(isWorking, start);
  let day = start;
  for (let i = 0; i < n; i++) day = nextWorkingDayNumber(isWorking, day);
  return day;
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(cal: Calendar, date: IsoDate): IsoDate {
  return fromDayNumber(nextWorkingDayNumber(workingTest(cal), toDayNumber(date)));
}

/**
 * Working days d with from < d ≤ to, so workingDaysBetween(from, addWorkingDays(from, n)) = n for n ≥ 1.
 * When `to` is earlier the answer is minus the count of working days d with to < d ≤ from; 0 when equal.
 */
export function workingDaysBetween(cal: Calendar, from: IsoDate, to: IsoDate): number {
  const isWorking = workingTest(cal);
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  const [low, high] = a <= b ? [a, b] : [b, a];
  let count = 0;
  for (let d = low + 1; d <= high; d++) if (isWorking(d)) count++;
  return a <= b ? count : 0 - count; // 0 - 0 is +0, where -count would give -0
}
