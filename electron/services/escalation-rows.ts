import type { EscalationRow } from '../../shared/api/outputs';
import type { Calendar } from '../../shared/calendar';
import { dueStatus } from '../../shared/engine/due-status';
import { dueText, timeLeftText } from '../../shared/engine/due-text';
import type { ResponseTime } from '../../shared/profile/schema';
import type { TrackerRecord } from '../../db/repositories/escalations-repo';
import type { Status } from '../../shared/engine/types';

type Memo = Map<string, ReturnType<typeof dueStatus> & { dueText: string | null; timeLeft: string | null }>;

/**
 * Shapes a tracker record for the UI, with timeliness as of `now`. Rows of one page often share a due
 * date; pass the same `memo` for a page so each date's working-day count is worked out once.
 */
export function toRow(r: TrackerRecord, now: Date, calendar: Calendar, memo: Memo = new Map(), responseTime?: ResponseTime): EscalationRow {
  const status = r.status as Status;
  const key = `${status === 'open'}|${r.nextDueDate}|${r.nextDueAt}|${JSON.stringify(responseTime)}`;
  let due = memo.get(key);
  if (!due) {
    const open = status === 'open';
    const deadline = { dueDate: r.nextDueDate, dueAt: r.nextDueAt, responseTime };
    due = {
      ...dueStatus({ open, dueDate: r.nextDueDate, dueAt: r.nextDueAt }, now, calendar),
      // Each clock in its own unit: an hour clock shows its time, and time left in hours.
      dueText: open ? dueText(deadline, calendar) : null,
      timeLeft: open ? timeLeftText(deadline, now, calendar) : null,
    };
    memo.set(key, due);
  }
  return { ...r, status, timeliness: due.timeliness, workingDaysRemaining: due.workingDaysRemaining, dueText: due.dueText, timeLeft: due.timeLeft };
}
