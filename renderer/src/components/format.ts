import type { Timeliness } from '../../../shared/engine/types';

const dateFmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short', year: 'numeric' });
const longFmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** A London calendar date (YYYY-MM-DD) for people: "3 Mar 2025". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  return dateFmt.format(new Date(`${date}T12:00:00Z`));
}
/** The London date of an instant: "3 Mar 2025". */
export function formatDay(iso: string | null | undefined): string {
  return iso ? dateFmt.format(new Date(iso)) : '—';
}
export function formatDueDate(date: string | null | undefined): string {
  if (!date) return 'No set timescale';
  return longFmt.format(new Date(`${date}T12:00:00Z`));
}
export function formatInstant(iso: string | null | undefined): string {
  return iso ? dateTimeFmt.format(new Date(iso)) : '—';
}

export function timelinessText(t: Timeliness, days: number | null): string {
  switch (t) {
    case 'overdue':
      return days !== null && days < 0 ? `Overdue by ${-days} working day${days === -1 ? '' : 's'}` : 'Overdue';
    case 'due-soon':
      return days === 0 ? 'Due today' : 'Due tomorrow';
    case 'on-track':
      return `${days} working days left`;
    case 'none':
      return '—';
  }
}

export const cohortLabel: Record<string, string> = {
  'looked-after': 'Looked after',
  'child-protection': 'Child protection plan',
  both: 'Looked after and CP plan',
  transition: 'Transition to adult services',
};

export const statusLabel: Record<string, string> = { open: 'Open', resolved: 'Resolved', withdrawn: 'Withdrawn', referred: 'Referred to Cafcass' };
