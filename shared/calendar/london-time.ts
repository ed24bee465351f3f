import { tzOffset, tzScan } from '@date-fns/tz';
import type { IsoDate } from './types';
import { fromDayNumber, toDayNumber } from './iso-date';

const LONDON = 'Europe/London';
const MS_PER_DAY = 86_400_000;

/*
 * Instants given as strings must say which zone they are in ("Z" or "+01:00"). JavaScript reads
 * "2025-03-03T09:00" as the *machine's* local time, which would make a deadline depend on the desktop
 * it was computed on; refusing such strings keeps every result the same on every machine.
 */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Milliseconds since the epoch of an instant; throws a RangeError for anything that is not one. */
export function toEpochMs(instant: Date | string): number {
  let ms: number;
  if (instant instanceof Date) {
    ms = instant.getTime();
  } else if (typeof instant === 'string' && ISO_INSTANT.test(instant)) {
    toDayNumber(instant.slice(0, 10)); // Date.parse quietly turns 30 February into 2 March
    ms = Date.parse(instant);
  } else {
    throw new RangeError(
      `"${String(instant)}" is not an instant: expected a Date or an ISO 8601 date-time with a zone, e.g. 2025-03-03T09:00:00Z`,
    );
  }
  if (!Number.isFinite(ms)) throw new RangeError(`"${String(instant)}" is not a valid instant`);
  return ms;
}

/*
 * London's UTC offset comes from @date-fns/tz (which reads the runtime's tz database through Intl). Asking
 * Intl costs microseconds and dueFor runs tens of thousands of times, so each UTC year's offset changes are
 * scanned once and kept; after that an offset is a couple of comparisons. A test cross-checks the results
 * against TZDate for random instants.
 */
interface ZoneYear {
  readonly startMs: number;
  readonly endMs: number;
  readonly initialOffsetMin: number;
  readonly changes: ReadonlyArray<{ readonly atMs: number; readonly offsetMin: number }>;
}

const zoneYears = new Map<number, ZoneYear>();
let lastZoneYear: ZoneYear | undefined;

function zoneYear(year: number): ZoneYear {
  let z = zoneYears.get(year);
  if (!z) {
    const start = new Date(0);
    start.setUTCFullYear(year, 0, 1);
    const end = new Date(0);
    end.setUTCFullYear(year + 1, 0, 1);
    z = {
      startMs: start.getTime(),
      endMs: end.getTime(),
      initialOffsetMin: tzOffset(LONDON, start),
      changes: tzScan(LONDON, { start, end }).map((c) => ({ atMs: c.date.getTime(), offsetMin: c.offset })),
    };
    zoneYears.set(year, z);
  }
  return z;
}

/** London's offset from UTC, in ms, at an instant (0 in GMT, 3 600 000 in BST). */
function londonOffsetMs(ms: number): number {
  let z = lastZoneYear;
  if (!z || ms < z.startMs || ms >= z.endMs) {
    z = zoneYear(new Date(ms).getUTCFullYear());
    lastZoneYear = z;
  }
  let offsetMin = z.initialOffsetMin;
  for (const change of z.changes) {
    if (ms < change.atMs) break;
    offsetMin = change.offsetMin;
  }
  return offsetMin * 60_000;
}

/** The Europe/London calendar date of an instant, as a day number. */
export function londonDayNumberOf(ms: number): number {
  return Math.floor((ms + londonOffsetMs(ms)) / MS_PER_DAY);
}

/** The Europe/London calendar date of an instant: 2025-07-01T23:30:00Z is already 2 July in London (BST). */
export function londonDateOf(instant: Date | string): IsoDate {
  return fromDayNumber(londonDayNumberOf(toEpochMs(instant)));
}

/** Epoch ms of 00:00 London time on a day (midnight always exists: UK clocks change at 01:00 UTC). */
export function startOfLondonDayMs(dayNumber: number): number {
  const wallClockMs = dayNumber * MS_PER_DAY;
  // Guess with the offset at that moment in UTC, then correct with the offset at the guess.
  const guess = wallClockMs - londonOffsetMs(wallClockMs);
  return wallClockMs - londonOffsetMs(guess);
}

/** The instant, as an ISO string in UTC ("…Z"), at which the London date begins. */
export function startOfLondonDay(date: IsoDate): string {
  return new Date(startOfLondonDayMs(toDayNumber(date))).toISOString();
}

/** The instant of a London wall-clock time ("HH:MM") on a date, as an ISO string in UTC. */
export function londonInstant(date: IsoDate, time: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) throw new RangeError(`"${time}" is not a time written HH:MM`);
  const wallClockMs = toDayNumber(date) * MS_PER_DAY + (Number(m[1]) * 60 + Number(m[2])) * 60_000;
  const guess = wallClockMs - londonOffsetMs(wallClockMs);
  return new Date(wallClockMs - londonOffsetMs(guess)).toISOString();
}
