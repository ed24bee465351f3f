import { addCalendarDays, londonDateOf, startOfLondonDay } from '../../shared/calendar';
import type { TrackerFilter } from '../../shared/api/inputs';
import type { TrackerQuery } from '../../db/repositories/escalations-repo';

/** The London date of the Sunday ending the week that contains `date` (weeks run Monday–Sunday). */
export function endOfWeek(date: string): string {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay(); // 0 Sunday
  return addCalendarDays(date, weekday === 0 ? 0 : 7 - weekday);
}

/**
 * Turns the tracker's filters into concrete SQL bounds: "mine" is the signed-in chair, "my team" their
 * team, "overdue" is relative to now, "this week" ends on Sunday, and raised dates are London days.
 */
export function resolveTrackerFilter(f: TrackerFilter, me: { name: string; team: string | null }, now: Date): Omit<TrackerQuery, 'limit' | 'offset'> {
  const today = londonDateOf(now);
  const q: Omit<TrackerQuery, 'limit' | 'offset'> = { status: f.status, search: f.search, sort: f.sort, direction: f.direction };
  if (f.scope === 'mine') q.chair = me.name;
  else if (f.chair) q.chair = f.chair;
  if (f.scope === 'team' && me.team) q.team = me.team;
  else if (f.team) q.team = f.team;
  if (f.stage) q.stage = f.stage;
  if (f.category) q.category = f.category;
  if (f.urgency) q.urgency = f.urgency;
  if (f.cohort) q.cohort = f.cohort;
  if (f.overdue) q.overdueAt = now.toISOString();
  if (f.dueWithin === 'overdue') q.overdueAt = now.toISOString();
  else if (f.dueWithin === 'today' || f.dueWithin === 'tomorrow') {
    const day = f.dueWithin === 'today' ? today : addCalendarDays(today, 1);
    q.dueFrom = day;
    q.dueTo = day;
    // An hour clock that ran out earlier today is overdue, not "due today": counted once, as on My day.
    q.dueAfter = now.toISOString();
  } else if (f.dueWithin === 'week') {
    q.dueFrom = today;
    q.dueTo = endOfWeek(today);
  }
  if (f.from) q.raisedFrom = startOfLondonDay(f.from);
  if (f.to) q.raisedTo = startOfLondonDay(addCalendarDays(f.to, 1));
  if (f.closedFrom) q.closedFrom = startOfLondonDay(f.closedFrom);
  if (f.closedTo) q.closedTo = startOfLondonDay(addCalendarDays(f.closedTo, 1));
  return q;
}
