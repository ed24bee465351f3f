import type { EscalationRow } from '../../../../shared/api/outputs';
import { formatDueDate } from '../format';

const timeFmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });

/** The London clock time an instant falls on: "20:20". */
export function formatTime(iso: string): string {
  return timeFmt.format(new Date(iso));
}

/**
 * When a stage falls due, in the words a chair would use: "due by 20:20 today" for an hour clock,
 * "due today", "was due Mon 30 Nov 2026". The same words as the tracker's "Due" filter options.
 */
export function dueWords(row: Pick<EscalationRow, 'nextDueDate' | 'nextDueAt' | 'timeliness'>, hourClock: boolean, today: string, tomorrow: string): string {
  const { nextDueDate: date, nextDueAt: at } = row;
  if (!date) return 'no set timescale';
  const time = hourClock && at ? formatTime(at) : '';
  // An hour clock can run out earlier today: it is overdue already, not "due today".
  if (row.timeliness === 'overdue' && date === today) return time ? `was due ${time} today` : 'was due today';
  if (date === today) return time ? `due by ${time} today` : 'due today';
  if (date === tomorrow) return time ? `due by ${time} tomorrow` : 'due tomorrow';
  const day = formatDueDate(date);
  if (date < today) return time ? `was due ${time} on ${day}` : `was due ${day}`;
  return time ? `due by ${time} on ${day}` : `due by ${day}`;
}
