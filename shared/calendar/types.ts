import type { Region, ResponseTime } from '../profile/schema';

/** A London calendar date, written YYYY-MM-DD. */
export type IsoDate = string;

export interface Calendar {
  readonly region: Region;
  /** Monday–Friday, not a bank holiday of the region, not a local closure day. */
  isWorkingDay(date: IsoDate): boolean;
  /** The reason a date is not a working day ("Saturday", "Christmas Day", "Local closure day"), or null. */
  nonWorkingReason(date: IsoDate): string | null;
}

export interface Due {
  /** London calendar date on which the response is due (end of that day), or null if no timescale. */
  dueDate: IsoDate | null;
  /** ISO instant (UTC, with Z) from which it is overdue, or null. */
  dueAt: string | null;
}
export type { ResponseTime };
