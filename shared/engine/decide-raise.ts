import type { Ladder, Profile, Stage } from '../profile/schema';
import { checkDate, fail, isBlank, isIsoDate, ok, openClock, notInProcedure, unknownKeys, type EngineContext } from './context';
import { applyUrgency, cohortPhrase, findLadder, ladderForCohort, stepOf } from './ladder';
import { stageClosedTo, stageCohorts, categoryOpenTo, outcomeOpenTo } from './cohorts';
import { checkAgreedWith } from './entry-rules';
import { enterStage } from './decide-stage';
import { happenedAt } from './happened';
import { stageStepRules } from './steps';
import { stagePeopleOf } from './stage-people';
import { formatLongDate, londonDateOf, startOfLondonDay, addCalendarDays } from '../calendar';
import type { IsoDate } from '../calendar/types';
import { INFORMAL, type CommandOf, type EngineError, type EngineResult, type NamedPerson, type StageClock } from './types';

/**
 * The informal stage's review date, set by the chair when raising (Haringey: "within 10 working days, or
 * an earlier timescale that is appropriate to the child's needs"): it becomes the stage's due date, so it
 * reaches the tracker and reminders. It may be earlier than the procedure's timescale, never later.
 */
function reviewClock(clock: StageClock, reviewBy: IsoDate, label: string): StageClock | EngineError {
  if (clock.stageKey !== INFORMAL) {
    return { code: 'UNKNOWN_STAGE', message: `A review date is set only for an informal stage; ${label} has its own deadline.` };
  }
  if (!isIsoDate(reviewBy)) return { code: 'INVALID_DATE', message: `"${reviewBy}" is not a real date; write it as YYYY-MM-DD.` };
  const opened = londonDateOf(clock.openedAt);
  if (reviewBy < opened) {
    return { code: 'INVALID_DATE', message: `The review date cannot be ${formatLongDate(reviewBy)}, because that is before the concern was raised (${formatLongDate(opened)}).` };
  }
  if (clock.dueDate !== null && reviewBy > clock.dueDate) {
    return { code: 'INVALID_DATE', message: `The review date cannot be after ${formatLongDate(clock.dueDate)}, the end of the procedure's timescale for ${label}; choose that date or an earlier one.` };
  }
  return { ...clock, dueDate: reviewBy, dueAt: startOfLondonDay(addCalendarDays(reviewBy, 1)), reviewSetByChair: true };
}

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
    if (category && !categoryOpenTo(category, cmd.cohort)) {
      return { code: 'UNKNOWN_CATEGORY', message: `The category "${category.label}" does not apply to ${cohortPhrase(cmd.cohort)}.` };
    }
  }
  const unknownOutcomes = unknownKeys(concern.expectedOutcomeKeys, profile.outcomes);
  if (unknownOutcomes.length > 0) {
    return { code: 'UNKNOWN_OUTCOME', message: notInProcedure('expected outcome', 'expected outcomes', unknownOutcomes) };
  }
  const closedOutcome = profile.outcomes.find((o) => concern.expectedOutcomeKeys.includes(o.key) && !outcomeOpenTo(o, cmd.cohort));
  if (closedOutcome) {
    return { code: 'COHORT_EXCLUDED', message: `The outcome "${closedOutcome.label}" does not apply to ${cohortPhrase(cmd.cohort)}; choose another.` };
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
  const stage = step.kind !== 'informal' && step.key !== INFORMAL ? ladder.stages.find((s) => s.key === step.key) : undefined;
  if (stage) {
    const closed = stageClosedTo(profile, ladder, stage, cmd.cohort, 'raised at');
    if (closed) return { ok: false, error: closed };
  }
  // A concern raised again (its agreed action not done) returns to a stage it reached before: not a bypass.
  const bypass = stage && !cmd.reRaiseOf ? startAboveFirst(ladder, stage, cmd, ctx) : null;
  if (bypass && 'code' in bypass) return { ok: false, error: bypass };
  const when = happenedAt(cmd, now, [], 'the concern was raised');
  if ('code' in when) return { ok: false, error: when };
  const entry = stage ? enterStage(stage, cmd, ctx, when.at, false) : { recorded: {}, then: [] };
  if ('code' in entry) return { ok: false, error: entry };
  let clock = openClock(calendar, step.key, when.at, applyUrgency(profile, step, urgency.level), step.kind === 'informal' ? undefined : stageStepRules({ ...step, kind: step.kind }, applyUrgency(profile, step, urgency.level)));
  if (cmd.reviewBy !== undefined) {
    const review = reviewClock(clock, cmd.reviewBy, step.label);
    if ('code' in review) return { ok: false, error: review };
    clock = review;
  }
  return ok(
    { kind: 'raised', ladderKey: ladder.key, cohort: cmd.cohort, urgency: urgency.level, concern: cmd.concern, clock, ...stagePeopleOf({ recipient: cmd.recipient, copies: cmd.copies }), ...(bypass ? { bypass } : {}), ...entry.recorded, ...(cmd.reRaiseOf ? { reRaiseOf: cmd.reRaiseOf } : {}) },
    ...entry.then,
  );
}

/**
 * Raised above the ladder's first formal stage open to the child: a bypass from the start, so the bypass rules
 * apply (allowed at all, only to the stages the procedure names, a reason, who agreed). Null at the first stage.
 */
function startAboveFirst(ladder: Ladder, stage: Stage, cmd: CommandOf<'raise'>, ctx: EngineContext): { skippedStageKeys: string[]; reason: string; agreedWith: string; agreedWithPerson?: NamedPerson } | EngineError | null {
  const open = ladder.stages.filter((s) => stageCohorts(ctx.profile, ladder, s).includes(cmd.cohort));
  const index = open.findIndex((s) => s.key === stage.key);
  if (index <= 0) return null;
  const rules = ctx.profile.rules.bypass;
  const first = open[0]!;
  if (!rules.allowed) return { code: 'BYPASS_NOT_ALLOWED', message: `This procedure does not allow stages to be bypassed, so the concern starts at ${first.label} (or informally).` };
  if (rules.toStageKeys && !rules.toStageKeys.includes(stage.key)) {
    const allowed = rules.toStageKeys.map((k) => ladder.stages.find((s) => s.key === k)?.label ?? k);
    return { code: 'BYPASS_NOT_ALLOWED', message: `Starting at ${stage.label} bypasses the stages before it, and this procedure only allows going straight to ${allowed.join(' or ')}.` };
  }
  const reason = (cmd.bypass?.reason ?? '').trim();
  if (rules.reasonRequired && reason === '') {
    return { code: 'REASON_REQUIRED', message: `Starting at ${stage.label} bypasses ${open.slice(0, index).map((s) => s.label).join(', ')}: record why, as this procedure requires a reason for bypassing a stage.` };
  }
  const agreed = checkAgreedWith(ctx.profile, cmd.bypass?.agreedWith, stage.label);
  if ('code' in agreed) return agreed;
  return { skippedStageKeys: open.slice(0, index).map((s) => s.key), reason, ...agreed };
}
