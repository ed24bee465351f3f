import type { Profile } from '../profile/schema';
import { checkDate, fail, isBlank, ok, openClock, notInProcedure, unknownKeys, type EngineContext } from './context';
import { applyUrgency, cohortPhrase, findLadder, ladderForCohort, stepOf } from './ladder';
import { INFORMAL, type CommandOf, type EngineError, type EngineResult } from './types';

function urgencyFor(profile: Profile, requested: string | null | undefined): { level: string | null } | EngineError {
  const scheme = profile.urgency;
  if (requested === undefined || requested === null) {
    return { level: scheme ? scheme.defaultLevel : null };
  }
  if (!scheme) {
    return { code: 'UNKNOWN_URGENCY', message: 'This procedure does not use an urgency rating, so none can be given.' };
  }
  if (!scheme.levels.some((l) => l.key === requested)) {
    const names = scheme.levels.map((l) => l.label).join(', ');
    return { code: 'UNKNOWN_URGENCY', message: `"${requested}" is not one of this procedure's urgency levels (${names}).` };
  }
  return { level: requested };
}

function checkConcern(cmd: CommandOf<'raise'>, profile: Profile): EngineError | null {
  const concern = cmd.concern;
  if (isBlank(concern.summary)) {
    return { code: 'DETAIL_REQUIRED', message: 'Describe the concern before raising it.' };
  }
  const unknownCategories = unknownKeys(concern.categoryKeys, profile.categories);
  if (unknownCategories.length > 0) {
    return { code: 'UNKNOWN_CATEGORY', message: notInProcedure('category of concern', 'categories of concern', unknownCategories) };
  }
  for (const key of concern.categoryKeys) {
    const category = profile.categories.find((c) => c.key === key);
    if (category && category.cohorts.length > 0 && !category.cohorts.includes(cmd.cohort)) {
      return { code: 'UNKNOWN_CATEGORY', message: `The category "${category.label}" does not apply to ${cohortPhrase(cmd.cohort)}.` };
    }
  }
  const unknownOutcomes = unknownKeys(concern.expectedOutcomeKeys, profile.outcomes);
  if (unknownOutcomes.length > 0) {
    return { code: 'UNKNOWN_OUTCOME', message: notInProcedure('expected outcome', 'expected outcomes', unknownOutcomes) };
  }
  if (concern.requestedAction.byWhen !== null) return checkDate(concern.requestedAction.byWhen);
  return null;
}

/** A new escalation: one 'raised' event whose clock starts now at the chosen stage. */
export function decideRaise(cmd: CommandOf<'raise'>, ctx: EngineContext): EngineResult {
  const { profile, calendar, now } = ctx;
  const ladder = findLadder(profile, cmd.ladderKey);
  if (!ladder) {
    return fail('UNKNOWN_LADDER', `This procedure has no ladder called "${cmd.ladderKey}".`);
  }
  if (!ladder.cohorts.includes(cmd.cohort)) {
    const right = ladderForCohort(profile, cmd.cohort);
    const hint = right ? ` Use the ${right.label} ladder instead.` : '';
    return fail('COHORT_MISMATCH', `The ${ladder.label} ladder is not used for ${cohortPhrase(cmd.cohort)}.${hint}`);
  }
  if (cmd.startAt === INFORMAL && !ladder.informal) {
    const first = ladder.stages[0]?.label ?? 'the first stage';
    return fail('UNKNOWN_STAGE', `The ${ladder.label} ladder has no informal stage, so the concern must start at a formal stage such as ${first}.`);
  }
  const step = stepOf(ladder, cmd.startAt);
  if (!step) {
    return fail('UNKNOWN_STAGE', `The ${ladder.label} ladder has no stage called "${cmd.startAt}".`);
  }
  const urgency = urgencyFor(profile, cmd.urgency);
  if ('code' in urgency) return { ok: false, error: urgency };
  const concernError = checkConcern(cmd, profile);
  if (concernError) return { ok: false, error: concernError };
  const clock = openClock(calendar, step.key, now.toISOString(), applyUrgency(profile, step, urgency.level));
  return ok({ kind: 'raised', ladderKey: ladder.key, cohort: cmd.cohort, urgency: urgency.level, concern: cmd.concern, clock });
}
