import type { Cohort, Ladder, Profile, ResponseTime, StageKind, StepSpec } from '../profile/schema';
import { INFORMAL } from './types';

/** One rung of a ladder, informal or formal, with its position (0 = informal, 1 = first formal stage …). */
export interface Step {
  key: string;
  label: string;
  recipientRole: string;
  responseTime: ResponseTime;
  kind: StageKind | 'informal';
  position: number;
  /** The stage's own steps (DESIGN.md "Steps"); absent = one implicit step. */
  steps?: StepSpec[];
}

export function findLadder(profile: Profile, ladderKey: string): Ladder | undefined {
  return profile.ladders.find((l) => l.key === ladderKey);
}

/** The first ladder that serves a cohort (profiles list ladders in order of preference). */
export function ladderForCohort(profile: Profile, cohort: Cohort): Ladder | undefined {
  return profile.ladders.find((l) => l.cohorts.includes(cohort));
}

/** Informal (when the ladder has one) then the formal stages in order. */
export function stepsOf(ladder: Ladder): Step[] {
  const steps: Step[] = [];
  if (ladder.informal) {
    const i = ladder.informal;
    steps.push({ key: INFORMAL, label: i.label, recipientRole: i.recipientRole, responseTime: i.responseTime, kind: 'informal', position: 0 });
  }
  ladder.stages.forEach((s, index) => {
    steps.push({ key: s.key, label: s.label, recipientRole: s.recipientRole, responseTime: s.responseTime, kind: s.kind, position: index + 1, ...(s.steps ? { steps: s.steps } : {}) });
  });
  return steps;
}

export function stepOf(ladder: Ladder, stageKey: string): Step | undefined {
  return stepsOf(ladder).find((s) => s.key === stageKey);
}

/** 0 for informal, 1 for the first formal stage …; undefined when the ladder has no such stage. */
export function positionOf(ladder: Ladder, stageKey: string): number | undefined {
  if (stageKey === INFORMAL) return 0;
  const index = ladder.stages.findIndex((s) => s.key === stageKey);
  return index < 0 ? undefined : index + 1;
}

/**
 * The response time in force for a stage at an urgency level. An urgency scheme that overrides stage
 * times (Devon's RAG: "AT EACH STAGE … governs the required response time from the person to whom the
 * concern has been referred") replaces the time of each formal stage. The informal stage keeps its own
 * (Devon's resolution meeting deliberately has none), and so does an external referral stage, whose
 * timescale belongs to the outside body, not to the authority's manager.
 */
export function responseTimeFor(profile: Profile, ladderKey: string, stageKey: string, urgency: string | null): ResponseTime {
  const ladder = findLadder(profile, ladderKey);
  if (!ladder) throw new Error(`Profile ${profile.id} has no ladder "${ladderKey}"`);
  const step = stepOf(ladder, stageKey);
  if (!step) throw new Error(`Ladder ${ladderKey} of profile ${profile.id} has no stage "${stageKey}"`);
  return applyUrgency(profile, step, urgency);
}

export function applyUrgency(profile: Profile, step: Pick<Step, 'responseTime' | 'kind'>, urgency: string | null): ResponseTime {
  const scheme = profile.urgency;
  if (!scheme || !scheme.overridesStageTimes || urgency === null) return step.responseTime;
  if (step.kind === 'informal' || step.kind === 'external-referral') return step.responseTime;
  const level = scheme.levels.find((l) => l.key === urgency);
  return level ? level.responseTime : step.responseTime;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "5 working days", "24 hours", "10 calendar days", "no set timescale". */
export function describeResponseTime(rt: ResponseTime): string {
  if (rt === null) return 'no set timescale';
  if ('workingDays' in rt) return rt.workingDays === 0 ? 'the same working day' : plural(rt.workingDays, 'working day', 'working days');
  if ('hours' in rt) return plural(rt.hours, 'hour', 'hours');
  return rt.calendarDays === 0 ? 'the same day' : plural(rt.calendarDays, 'calendar day', 'calendar days');
}

/** How the procedures speak of each cohort. */
export function cohortPhrase(cohort: Cohort): string {
  switch (cohort) {
    case 'looked-after':
      return 'looked-after children';
    case 'child-protection':
      return 'children subject to a child protection plan';
    case 'transition':
      return 'young people moving to adult services';
    default: {
      const unreachable: never = cohort;
      return String(unreachable);
    }
  }
}
