import type { Cohort, Ladder, Profile, Stage } from '../profile/schema';
import { cohortPhrase } from './ladder';
import type { EngineError } from './types';

/** "looked-after children" / "looked-after children and young people moving to adult services". */
function phraseList(cohorts: readonly Cohort[]): string {
  const phrases = cohorts.map(cohortPhrase);
  if (phrases.length <= 1) return phrases[0] ?? 'no children';
  return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
}

/**
 * The cohorts a stage is open to: its own list (or the ladder's), and for a Cafcass referral stage only
 * those rules.cafcass allows (none when the procedure does not allow referral).
 */
export function stageCohorts(profile: Profile, ladder: Ladder, stage: Stage): Cohort[] {
  let cohorts = stage.cohorts && stage.cohorts.length > 0 ? stage.cohorts.filter((c) => ladder.cohorts.includes(c)) : [...ladder.cohorts];
  if (stage.cafcassReferral === true) {
    const rule = profile.rules.cafcass;
    cohorts = rule.allowed ? cohorts.filter((c) => rule.cohorts.includes(c)) : [];
  }
  return cohorts;
}

/**
 * Why a child of `cohort` may not be at this stage, with what the chair can do instead; null when open.
 * Rutland's ladder serves child-protection and looked-after children and ends "Stage 6: CAFCASS", but
 * a Cafcass referral concerns looked-after children only.
 */
export function stageClosedTo(profile: Profile, ladder: Ladder, stage: Stage, cohort: Cohort, move: string): EngineError | null {
  const open = stageCohorts(profile, ladder, stage);
  if (open.includes(cohort)) return null;
  const index = ladder.stages.findIndex((s) => s.key === stage.key);
  const before = ladder.stages.slice(0, Math.max(index, 0)).reverse().find((s) => stageCohorts(profile, ladder, s).includes(cohort));
  const why =
    stage.cafcassReferral === true
      ? profile.rules.cafcass.allowed
        ? `a referral to Cafcass under this procedure is for ${phraseList(profile.rules.cafcass.cohorts)} only`
        : 'this procedure does not include referral to Cafcass'
      : `it is for ${phraseList(open)} only`;
  const instead = before ? `Keep the concern at ${before.label}, record the outcome there, or withdraw the escalation.` : 'Choose another stage.';
  return { code: 'COHORT_EXCLUDED', message: `${stage.label} cannot be used for ${cohortPhrase(cohort)}, so the concern cannot be ${move} it: ${why}. ${instead}` };
}

/** Whether an outcome may be chosen for a child of this cohort. */
export function outcomeOpenTo(outcome: { cohorts?: Cohort[] | undefined }, cohort: Cohort): boolean {
  return !outcome.cohorts || outcome.cohorts.length === 0 || outcome.cohorts.includes(cohort);
}

/** Whether a category of concern may be chosen for a child of this cohort. */
export function categoryOpenTo(category: { cohorts: Cohort[] }, cohort: Cohort): boolean {
  return category.cohorts.length === 0 || category.cohorts.includes(cohort);
}
