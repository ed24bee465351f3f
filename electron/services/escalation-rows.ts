import type { EscalationRow } from '../../shared/api/outputs';
import type { Calendar } from '../../shared/calendar';
import { dueStatus } from '../../shared/engine/due-status';
import type { TrackerRecord } from '../../db/repositories/escalations-repo';
import type { Status } from '../../shared/engine/types';

/** Shapes a tracker record for the UI, with timeliness as of `now`. */
export function toRow(r: TrackerRecord, now: Date, calendar: Calendar): EscalationRow {
  const status = r.status as Status;
  const due = dueStatus({ open: status === 'open', dueDate: r.nextDueDate, dueAt: r.nextDueAt }, now, calendar);
  return { ...r, status, timeliness: due.timeliness, workingDaysRemaining: due.workingDaysRemaining };
}
