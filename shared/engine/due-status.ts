import { londonDateOf, workingDaysBetween, type Calendar } from '../calendar';
import type { DerivedTimeliness } from './types';

/**
 * Timeliness of one deadline at `now`: overdue from dueAt; due soon when at most one working day is left
 * (DESIGN: "on track / due soon (≤1 working day) / overdue"); none when closed or without a timescale.
 */
export function dueStatus(
  due: { open: boolean; dueDate: string | null; dueAt: string | null },
  now: Date,
  calendar: Calendar,
): DerivedTimeliness {
  if (!due.open || !due.dueDate || !due.dueAt) return { timeliness: 'none', workingDaysRemaining: null };
  const remaining = workingDaysBetween(calendar, londonDateOf(now), due.dueDate);
  if (now.getTime() >= Date.parse(due.dueAt)) return { timeliness: 'overdue', workingDaysRemaining: Math.min(remaining, 0) };
  return { timeliness: remaining <= 1 ? 'due-soon' : 'on-track', workingDaysRemaining: remaining };
}
