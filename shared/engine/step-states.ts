import { dueFor } from '../calendar';
import type { Calendar } from '../calendar/types';
import type { StepKind } from '../profile/schema';
import { chainedOpening } from './chain';
import type { StageClock, StepEnd, StepRule, StepState } from './types';

/** Something on the log that ends a step: the step named (step-completed), or the first open one of a kind. */
export interface StepCompletion {
  at: string;
  stepKey?: string;
  kind?: StepKind;
  outcome: StepEnd;
}

type Mutable = StepState;

/**
 * The steps of a stage as its log leaves them (DESIGN.md "Steps"). The first step, and any alongside, open
 * when the stage opens; a step with `when` opens when the step it names ends with that outcome (else it is
 * skipped); any other opens when the step before it ends (skipped if that one was). An open step's clock runs
 * from the moment it opened; a waiting step shows the deadline it would have if the one before ended on time.
 * Completions apply in log order: a named step, or the first open step of the kind a letter, response or meeting is.
 */
export function stepStates(calendar: Calendar, clock: StageClock, rules: readonly StepRule[], completions: readonly StepCompletion[]): StepState[] {
  const states: Mutable[] = rules.map((r) => ({
    key: r.key,
    label: r.label,
    kind: r.kind,
    state: 'waiting',
    ...(r.when ? { when: r.when } : {}),
    ...(r.alongside ? { alongside: true } : {}),
    openedAt: null,
    time: r.time,
    dueDate: null,
    dueAt: null,
    doneAt: null,
    outcome: null,
  }));
  const ended = (s: Mutable) => s.state === 'done' || s.state === 'no-response';
  const open = (s: Mutable, at: string) => {
    const due = dueFor(calendar, at, s.time);
    Object.assign(s, { state: 'open', openedAt: at, dueDate: due.dueDate, dueAt: due.dueAt });
  };
  /** Opens, skips or dates the steps that depend on those ended so far. */
  const settle = () => {
    let previous: Mutable | null = null;
    rules.forEach((rule, i) => {
      const s = states[i]!;
      if (s.state === 'waiting') {
        const base = rule.alongside ? null : rule.when ? states.find((x) => x.key === rule.when!.step) : previous;
        if (rule.alongside || (!rule.when && previous === null)) open(s, clock.openedAt);
        else if (!base || base.state === 'skipped') s.state = 'skipped';
        else if (ended(base) && rule.when) {
          if (base.outcome === rule.when.outcome) open(s, base.doneAt!);
          else s.state = 'skipped';
        } else if (ended(base)) open(s, base.doneAt!);
        else {
          // Not yet: dated as if the step before ends on its deadline (day 0), as the timeline dates it.
          const opensAt = base.dueAt ? chainedOpening(base, rule.time) : null;
          const due = opensAt ? dueFor(calendar, opensAt, rule.time) : { dueDate: null, dueAt: null };
          Object.assign(s, { dueDate: due.dueDate, dueAt: due.dueAt });
        }
      }
      if (!rule.alongside) previous = s;
    });
  };
  settle();
  // A step another waits on ("if the response is unsatisfactory") needs the chair's judgement: a letter,
  // response or meeting recorded does not end it by itself; "Record a step" does, with the outcome.
  const judged = new Set(rules.flatMap((r) => (r.when ? [r.when.step] : [])));
  // In log order, the order the chair recorded them: a meeting dated today, recorded after the step that opened it
  // at 14:00, ends that meeting (a date alone reads as the start of its day, which would come first by time).
  for (const c of completions) {
    const target = c.stepKey ? states.find((s) => s.key === c.stepKey && s.state === 'open') : states.find((s) => s.state === 'open' && s.kind === c.kind && !judged.has(s.key));
    if (!target) continue;
    Object.assign(target, { state: c.outcome === 'no-response' ? 'no-response' : 'done', doneAt: c.at, outcome: c.outcome });
    settle();
  }
  return states;
}

/** The step the stage waits on next: the open one falling due first (null when none is open). */
export function nextOpenStep(steps: readonly StepState[]): StepState | null {
  const open = steps.filter((s) => s.state === 'open');
  if (open.length === 0) return null;
  return open.reduce((a, s) => (s.dueAt !== null && (a.dueAt === null || Date.parse(s.dueAt) < Date.parse(a.dueAt)) ? s : a));
}
