import { addCalendarDays, addWorkingDays, formatLongDate, londonDateOf, startOfLondonDay, workingDaysBetween } from '../calendar';
import type { IsoDate } from '../calendar/types';
import { fail, isIsoDate, ok, openClock, type EngineContext } from './context';
import { applyUrgency, findLadder, stepOf } from './ladder';
import type { CommandOf, EngineResult, EscalationState, StageClock } from './types';

function plural(n: number): string {
  return n === 1 ? '1 working day' : `${n} working days`;
}

/** The new due date asked for, either directly or as working days added to the current one. */
function requestedDueDate(cmd: CommandOf<'grant-extension'>, current: IsoDate, ctx: EngineContext): { date: IsoDate } | ReturnType<typeof fail> {
  const hasDate = cmd.newDueDate !== undefined && cmd.newDueDate !== null;
  const hasDays = cmd.addWorkingDays !== undefined && cmd.addWorkingDays !== null;
  if (hasDate === hasDays) {
    return fail('INVALID_DATE', hasDate ? 'Give either a new due date or a number of working days to add, not both.' : 'Give a new due date or the number of working days to add.');
  }
  if (hasDays) {
    const n = cmd.addWorkingDays as number;
    if (!Number.isInteger(n) || n < 1) return fail('INVALID_DATE', 'An extension must add a whole number of working days, at least 1.');
    return { date: addWorkingDays(ctx.calendar, current, n) };
  }
  const date = cmd.newDueDate as IsoDate;
  if (!isIsoDate(date)) return fail('INVALID_DATE', `"${date}" is not a real date; write it as YYYY-MM-DD.`);
  const reason = ctx.calendar.nonWorkingReason(date);
  if (reason !== null) {
    return fail('INVALID_DATE', `${formatLongDate(date)} is not a working day (${reason}); choose a working day for the new due date.`);
  }
  return { date };
}

export function decideExtension(state: EscalationState, cmd: CommandOf<'grant-extension'>, ctx: EngineContext): EngineResult {
  const rules = ctx.profile.rules.extensions;
  const clock = state.currentClock;
  // allowedCommands has refused extensions the procedure does not allow and stages without a deadline.
  if (!clock || clock.dueDate === null) throw new Error('grant-extension reached a stage without a deadline');
  const requested = requestedDueDate(cmd, clock.dueDate, ctx);
  if ('ok' in requested) return requested;
  const newDueDate = requested.date;
  if (newDueDate <= clock.dueDate) {
    return fail('EXTENSION_IN_PAST', `The new due date must be after the current one, ${formatLongDate(clock.dueDate)}.`);
  }
  const today = londonDateOf(ctx.now);
  if (newDueDate < today) {
    return fail('EXTENSION_IN_PAST', `${formatLongDate(newDueDate)} has already passed; the new due date must be today or later.`);
  }
  const added = workingDaysBetween(ctx.calendar, clock.dueDate, newDueDate);
  if (rules.maxWorkingDays !== null && added > rules.maxWorkingDays) {
    return fail('EXTENSION_NOT_ALLOWED', `This procedure allows at most ${plural(rules.maxWorkingDays)} of extra time at once; this extension would add ${plural(added)}.`);
  }
  const extended: StageClock = { ...clock, dueDate: newDueDate, dueAt: startOfLondonDay(addCalendarDays(newDueDate, 1)) };
  return ok({ kind: 'extension-granted', stageKey: clock.stageKey, reason: cmd.reason, requestedBy: cmd.requestedBy, previousDueDate: clock.dueDate, clock: extended });
}

/** The deadline is recomputed from when the current stage opened, not from now: the recipient's time already ran. */
export function decideUrgency(state: EscalationState, cmd: CommandOf<'change-urgency'>, ctx: EngineContext): EngineResult {
  const scheme = ctx.profile.urgency;
  if (!scheme) return fail('UNKNOWN_URGENCY', 'This procedure does not use an urgency rating, so it cannot be changed.');
  const level = scheme.levels.find((l) => l.key === cmd.to);
  if (!level) {
    const names = scheme.levels.map((l) => l.label).join(', ');
    return fail('UNKNOWN_URGENCY', `"${cmd.to}" is not one of this procedure's urgency levels (${names}).`);
  }
  const clock = state.currentClock;
  if (!clock) return fail('UNKNOWN_STAGE', 'The current stage has no recorded start, so its deadline cannot be worked out.');
  if (!scheme.overridesStageTimes || clock.reviewSetByChair === true) {
    // A review date the chair set stands whatever the rating: the rating sets formal stages' times.
    // The rating is recorded but does not govern the timescale: the stage keeps its deadline.
    return ok({ kind: 'urgency-changed', from: state.urgency, to: level.key, reason: cmd.reason, clock });
  }
  const ladder = findLadder(ctx.profile, state.ladderKey);
  const step = ladder ? stepOf(ladder, clock.stageKey) : undefined;
  const responseTime = applyUrgency(ctx.profile, step ?? { responseTime: clock.responseTime, kind: 'written-response' }, level.key);
  // The step that carries the stage's own time (its response) takes the new level's time, as the stage would.
  const steps = clock.steps?.map((st) => (st.kind === 'response' && JSON.stringify(st.time) === JSON.stringify(clock.responseTime) ? { ...st, time: responseTime } : st));
  const recomputed = openClock(ctx.calendar, clock.stageKey, clock.openedAt, responseTime, steps);
  return ok({ kind: 'urgency-changed', from: state.urgency, to: level.key, reason: cmd.reason, clock: recomputed });
}
