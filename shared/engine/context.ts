import type { Calendar, IsoDate } from '../calendar/types';
import type { Profile, ResponseTime } from '../profile/schema';
import type { AppRole } from '../people/roles';
import { dueFor, formatLongDate, londonDateOf } from '../calendar';
import type { EngineError, EngineErrorCode, EngineResult, EventBody, StageClock, StepRule } from './types';
import { nextOpenStep, stepStates } from './step-states';

/** Everything a decision depends on besides the log: "now" is passed in, never read from the clock. */
export interface EngineContext {
  profile: Profile;
  calendar: Calendar;
  now: Date;
  /**
   * The acting person's app role, for stages only some roles may enter (profile `enteredBy`). Absent or null:
   * not known (no app roles set up yet, or a caller outside the app), and nothing is refused for it.
   */
  actorRole?: AppRole | null;
}

export function fail(code: EngineErrorCode, message: string): { ok: false; error: EngineError } {
  return { ok: false, error: { code, message } };
}

export function ok(...events: EventBody[]): EngineResult {
  return { ok: true, events };
}

/**
 * Opens a stage's clock: the rule in force is copied in so later profile edits never move the deadline. A
 * stage with steps keeps their rules too, and its clock falls due with its first open step.
 */
export function openClock(calendar: Calendar, stageKey: string, openedAt: string, responseTime: ResponseTime, steps?: readonly StepRule[]): StageClock {
  if (steps && steps.length > 0) {
    const rules: StepRule[] = steps.map((s) => ({ key: s.key, label: s.label, kind: s.kind, time: s.time, ...(s.when ? { when: s.when } : {}), ...(s.alongside ? { alongside: true } : {}), ...(s.by ? { by: s.by } : {}) }));
    const base: StageClock = { stageKey, openedAt, responseTime, dueDate: null, dueAt: null, steps: rules };
    const first = nextOpenStep(stepStates(calendar, base, rules, []));
    return { ...base, dueDate: first?.dueDate ?? null, dueAt: first?.dueAt ?? null };
  }
  const due = dueFor(calendar, openedAt, responseTime);
  return { stageKey, openedAt, responseTime, dueDate: due.dueDate, dueAt: due.dueAt };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === '';
}

/**
 * Checks a date the chair says something happened on: a real date, and not after today (London).
 * `what` completes "… cannot have been …", e.g. "the letter was sent".
 */
export function checkPastDate(date: IsoDate, now: Date, what: string): EngineError | null {
  if (!isIsoDate(date)) return { code: 'INVALID_DATE', message: `"${date}" is not a real date; write it as YYYY-MM-DD.` };
  const today = londonDateOf(now);
  if (date > today) {
    return { code: 'INVALID_DATE', message: `The date ${what} cannot be ${formatLongDate(date)}, because that is after today.` };
  }
  return null;
}

export function checkDate(date: IsoDate): EngineError | null {
  return isIsoDate(date) ? null : { code: 'INVALID_DATE', message: `"${date}" is not a real date; write it as YYYY-MM-DD.` };
}

/** Keys not in the allowed list, in the order given. */
export function unknownKeys(keys: readonly string[], known: readonly { key: string }[]): string[] {
  const set = new Set(known.map((k) => k.key));
  return keys.filter((k) => !set.has(k));
}

/** "This procedure has no category of concern called "x"." or "… no categories of concern called "x" or "y"." */
export function notInProcedure(one: string, many: string, keys: readonly string[]): string {
  const quoted = keys.map((k) => `"${k}"`);
  if (quoted.length === 1) return `This procedure has no ${one} called ${quoted[0]}.`;
  return `This procedure has no ${many} called ${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}.`;
}
