import type { Calendar, IsoDate } from '../calendar/types';
import type { Profile } from '../profile/schema';
import { addWorkingDays, londonDateOf } from '../calendar';
import type { ResponseTime, StepKind, StepOutcome } from '../profile/schema';
import { dateSteps, firstClock, stepsOfStage } from './steps';
import { chainedOpening } from './chain';
import { applyUrgency, findLadder, stepsOf } from './ladder';
import { INFORMAL } from './types';

export interface TimelineStep {
  key: string;
  label: string;
  kind: StepKind;
  /** Its own clock, in its own unit. */
  time: ResponseTime;
  dueDate: IsoDate | null;
  dueAt: string | null;
  /** A conditional step, dated as if its condition held. */
  when?: { step: string; outcome: StepOutcome };
  alongside?: boolean;
}

export interface TimelineStage {
  key: string;
  label: string;
  recipientRole: string;
  openedAt: string | null;
  /** When the stage's latest step falls due (its only one for a stage without steps). */
  dueDate: IsoDate | null;
  dueAt: string | null;
  /** Only for a stage with steps of its own: each dated by DESIGN.md's rules. */
  steps?: TimelineStep[];
}

export interface Timeline {
  stages: TimelineStage[];
  overallDueDate: IsoDate | null;
}

export interface TimelineOptions {
  /** Start with the ladder's informal stage (when it has one). Default: start at the first formal stage. */
  includeInformal?: boolean;
}

/**
 * The worst case for a ladder: each stage opens on the day the previous one falls due (that day is day 0),
 * so four stages of 5 working days span 20 working days. An informal stage with no timescale does not
 * stop the formal stages being dated: they are dated from the raise, as if escalated at once.
 * Once a formal stage has no timescale, later stages cannot be placed and have null dates.
 */
export function projectTimeline(
  profile: Profile,
  ladderKey: string,
  urgency: string | null,
  from: Date,
  calendar: Calendar,
  options: TimelineOptions = {},
): Timeline {
  const ladder = findLadder(profile, ladderKey);
  if (!ladder) throw new Error(`Profile ${profile.id} has no ladder "${ladderKey}"`);
  const steps = stepsOf(ladder).filter((s) => s.key !== INFORMAL || options.includeInformal === true);
  const raisedAt = from.toISOString();
  let previous: { key: string; dueDate: IsoDate | null; dueAt: string | null } | null = null;
  let firstFormalOpenedAt: string | null = null;
  const stages = steps.map((step): TimelineStage => {
    const responseTime = applyUrgency(profile, step, urgency);
    let opened: string | null;
    if (previous === null) opened = raisedAt;
    else if (previous.key === INFORMAL && previous.dueDate === null) opened = raisedAt;
    else opened = chainedOpening(previous, firstClock(stepsOfStage({ kind: step.kind === 'informal' ? 'written-response' : step.kind, steps: step.steps, responseTime: step.responseTime }, responseTime)));
    if (step.key !== INFORMAL && firstFormalOpenedAt === null) firstFormalOpenedAt = opened;
    const plansOf = stepsOfStage({ kind: step.kind === 'informal' ? 'written-response' : step.kind, steps: step.steps, responseTime: step.responseTime }, responseTime);
    const dated = dateSteps(calendar, opened, stepsOfStage({ kind: step.kind === 'informal' ? 'written-response' : step.kind, steps: step.steps, responseTime: step.responseTime }, responseTime));
    const due = dated.due;
    previous = { key: step.key, ...due };
    const steps = step.steps?.length
      ? dated.steps.map((d, i): TimelineStep => ({ key: d.key, label: d.label, kind: d.kind, time: plansOf[i]!.time, dueDate: d.dueDate, dueAt: d.dueAt, ...(d.when ? { when: d.when } : {}), ...(d.alongside ? { alongside: true } : {}) }))
      : undefined;
    return { key: step.key, label: step.label, recipientRole: step.recipientRole, openedAt: opened, dueDate: due.dueDate, dueAt: due.dueAt, ...(steps ? { steps } : {}) };
  });
  const target = profile.overallTarget;
  let overallDueDate: IsoDate | null = null;
  if (target) {
    const start = target.from === 'raised' ? raisedAt : firstFormalOpenedAt;
    overallDueDate = start === null ? null : addWorkingDays(calendar, londonDateOf(start), target.workingDays);
  }
  return { stages, overallDueDate };
}
