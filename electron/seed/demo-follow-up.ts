import { addCalendarDays, addWorkingDays, londonDateOf, startOfLondonDay, type Calendar } from '../../shared/calendar';
import { project } from '../../shared/engine';
import type { Command, EscalationEvent } from '../../shared/engine/types';
import type { Profile } from '../../shared/profile/schema';
import { pick } from './random';

/** What managers agree to do when a concern is resolved, as chairs write it. */
const AGREED = [
  'Hold the permanence planning meeting',
  'Update the care plan and share it with the child and carers',
  'Complete the updated assessment',
  'Restart family time with the child’s brother',
  'Allocate a social worker and confirm in writing',
  'Convene the core group within the timescale',
  'Send the pathway plan to the young person',
];

const NOTES = { partly: 'Started, not finished: to be reviewed at the next review.', 'not-done': 'Nothing done by the check date; raised at the review.' };

/** The simulation's handle on one escalation's life (demo-seed.ts `simulate`). */
export interface Life {
  history: EscalationEvent[];
  apply: (command: Command) => boolean;
  at: () => Date;
  moveTo: (when: Date) => void;
}

/**
 * A resolution as a working service records it (DESIGN.md "Follow-up"): most with an agreed action and a date to check;
 * where that date has passed, mostly checked (done, partly, not done), a few left unchecked, as a busy service leaves them.
 */
export function resolveWithFollowUp(life: Life, profile: Profile, calendar: Calendar, now: Date, rnd: () => number, outcomes: string[], note: string): boolean {
  const today = londonDateOf(life.at());
  const agreed = rnd() < 0.8 ? { what: pick(rnd, AGREED), who: 'Team Manager', byWhen: rnd() < 0.7 ? addWorkingDays(calendar, today, 5 + Math.floor(rnd() * 10)) : null } : null;
  if (!life.apply({ kind: 'resolve', outcomeKeys: outcomes, date: today, note, ...(agreed ? { followUp: agreed } : {}) })) return false;
  const f = project(life.history, profile, calendar).followUp;
  if (!f) return true;
  const checkAt = new Date(Date.parse(startOfLondonDay(f.checkOn)) + (10 + rnd() * 6) * 3_600_000 + Math.floor(rnd() * 3) * 86_400_000);
  const roll = rnd();
  if (checkAt.getTime() > now.getTime() || roll < 0.1) return true;
  life.moveTo(checkAt);
  const result = roll < 0.72 ? 'done' : roll < 0.86 ? 'partly' : 'not-done';
  // Done (or partly) on a day between the resolution and the check.
  const checkedOn = londonDateOf(checkAt);
  const last = f.byWhen && f.byWhen < checkedOn ? f.byWhen : checkedOn;
  const span = Math.max(0, Math.round((Date.parse(last) - Date.parse(today)) / 86_400_000));
  const happenedOn = addCalendarDays(today, Math.floor(rnd() * (span + 1)));
  life.apply(result === 'not-done' ? { kind: 'record-follow-up', result, note: NOTES[result] } : { kind: 'record-follow-up', result, happenedOn, note: result === 'partly' ? NOTES.partly : '' });
  return true;
}
