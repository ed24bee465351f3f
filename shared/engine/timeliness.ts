import type { Calendar } from '../calendar/types';
import { dueStatus } from './due-status';
import type { DerivedTimeliness, EscalationState } from './types';

/** How long the current stage's recipient has left, at `now`. Closed escalations have no timeliness. */
export function timelinessOf(state: EscalationState, now: Date, calendar: Calendar): DerivedTimeliness {
  const clock = state.currentClock;
  return dueStatus({ open: state.status === 'open', dueDate: clock?.dueDate ?? null, dueAt: clock?.dueAt ?? null }, now, calendar);
}
