import type { EscalationRow } from '../../shared/api/outputs';
import type { Calendar } from '../../shared/calendar';
import { dueStatus } from '../../shared/engine/due-status';
import type { TrackerRecord } from '../../db/repositories/escalations-repo';
import type { Status } from '../../shared/engine/types';

type Memo = Map<string, ReturnType<typeof dueStatus>>;

/**
 * Shapes a tracker record for the UI, with timeliness as of `now`. Rows of one page often share a due
 * date; pass the same `memo` for a page so each date's working-day count is worked out once.
 */
export function toRow(r: TrackerRecord, now: Date, calendar: Calendar, memo: Memo = new Map()): EscalationRow {
  const status = r.status as Status;
  const key = `${status === 'open'}|${r.nextDueDate}|${r.nextDueAt}`;
  let due = memo.get(key);
  if (!due) memo.set(key, (due = dueStatus({ open: status === 'open', dueDate: r.nextDueDate, dueAt: r.nextDueAt }, now, calendar)));
  return { ...r, status, timeliness: due.timeliness, workingDaysRemaining: due.workingDaysRemaining };
}
