import { startOfLondonDay } from '../calendar';
import type { Due, IsoDate } from '../calendar/types';
import type { ResponseTime } from '../profile/schema';

/**
 * When a chained stage opens, for projections: on the day the stage before falls due, that day being
 * day 0, so n stages of k working days span n×k working days, as procedures are designed (IRO Handbook
 * 6.2: "timescales in total of no more than 20 working days" for four stages of 5). An hour clock opens
 * at the instant the one before falls due; a day clock opens at the start of the previous due date.
 * Null when the stage before has no timescale: nothing after it can be placed.
 */
export function chainedOpening(previous: { dueDate: IsoDate | null; dueAt: string | null } | Due, next: ResponseTime): string | null {
  if (previous.dueDate === null || previous.dueAt === null) return null;
  if (next !== null && 'hours' in next) return previous.dueAt;
  return startOfLondonDay(previous.dueDate);
}
