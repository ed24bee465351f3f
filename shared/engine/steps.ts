import { dueFor } from '../calendar';
import type { Calendar, IsoDate } from '../calendar/types';
import type { ResponseTime, Stage, StepKind, StepOutcome } from '../profile/schema';
import type { StepRule } from './types';
import { chainedOpening } from './chain';

/** A step of a stage as the engine uses it: the profile's own, or the one implicit step of a stage without any. */
export interface StepPlan extends StepRule {
  copyTo?: string[];
  inform?: { role: string; at: 'open' | 'done'; sameDay?: boolean }[];
  /** The stage has no steps of its own: this is its responseTime and kind. */
  implicit: boolean;
}

/** The rules a stage's clock snapshots when it opens (urgency applied), or undefined for a stage without steps. */
export function stageStepRules(stage: Pick<Stage, 'kind' | 'steps' | 'responseTime'>, responseTime: ResponseTime): StepPlan[] | undefined {
  return stage.steps?.length ? stepsOfStage(stage, responseTime) : undefined;
}

/** The key of a stage's implicit step. */
export const IMPLICIT_STEP = 'main';

/**
 * The steps of a stage. Without `steps`, one implicit step carries the stage's own response time (after the
 * urgency rule) and kind, so every profile and tracker valid before steps existed dates exactly as before.
 */
export function stepsOfStage(stage: Pick<Stage, 'kind' | 'steps'> & { responseTime?: ResponseTime }, responseTime: ResponseTime): StepPlan[] {
  // An urgency rule that replaces the stage's time (Devon's RAG) replaces it on the step that carries it: the
  // response step whose time is the stage's own.
  const same = (a: ResponseTime, b: ResponseTime | undefined) => JSON.stringify(a) === JSON.stringify(b);
  if (stage.steps?.length) return stage.steps.map((s) => ({ ...s, ...(s.kind === 'response' && same(s.time, stage.responseTime) ? { time: responseTime } : {}), implicit: false }));
  const meeting = stage.kind === 'meeting';
  return [{ key: IMPLICIT_STEP, label: meeting ? 'Meeting' : 'Response', kind: meeting ? 'meeting' : 'response', time: responseTime, implicit: true }];
}

/** The clock a chained stage opens in: its first step's that holds up the ladder (an hour clock opens at an instant, a day clock on day 0). */
export function firstClock(plans: readonly StepPlan[]): ResponseTime {
  return (plans.find((p) => !p.alongside) ?? plans[0])?.time ?? null;
}

export interface DatedStep {
  key: string;
  label: string;
  kind: StepKind;
  /** Only for a conditional step: it opens if that step ends with that outcome (dated as if it does). */
  when?: { step: string; outcome: StepOutcome };
  alongside?: boolean;
  openedAt: string | null;
  dueDate: IsoDate | null;
  dueAt: string | null;
}

export interface DatedSteps {
  steps: DatedStep[];
  /** When the stage's latest step (alongside ones aside) falls due: the next stage opens then. Null when one cannot be placed. */
  due: { dueDate: IsoDate | null; dueAt: string | null };
}

/**
 * Dates every step of a stage opened at `openedAt` (DESIGN.md "Steps"): the first step and any step that runs
 * alongside count from the opening; a step with `when` counts from the step it names, dated as if its
 * condition held; any other step counts from the step before it (alongside ones aside). A day clock chained
 * after another opens on that one's due day (day 0); an hour clock at its due instant. So a chain of steps of
 * k working days spans the sum of their k.
 */
export function dateSteps(calendar: Calendar, openedAt: string | null, plans: readonly StepPlan[]): DatedSteps {
  const byKey = new Map<string, DatedStep>();
  const steps: DatedStep[] = [];
  let previous: DatedStep | null = null;
  for (const plan of plans) {
    let opened: string | null;
    if (openedAt === null) opened = null;
    else if (plan.alongside || (previous === null && !plan.when)) opened = openedAt;
    else {
      const base = plan.when ? byKey.get(plan.when.step) : previous;
      opened = base ? chainedOpening(base, plan.time) : null;
    }
    const due = opened === null ? { dueDate: null, dueAt: null } : dueFor(calendar, opened, plan.time);
    const dated: DatedStep = {
      key: plan.key,
      label: plan.label,
      kind: plan.kind,
      ...(plan.when ? { when: plan.when } : {}),
      ...(plan.alongside ? { alongside: true } : {}),
      openedAt: opened,
      dueDate: due.dueDate,
      dueAt: due.dueAt,
    };
    byKey.set(plan.key, dated);
    steps.push(dated);
    if (!plan.alongside) previous = dated;
  }
  // A step the procedure gives no timescale (a meeting "set up" when needed) does not move the stage's due.
  const ladderSteps = steps.filter((s, i) => !s.alongside && !(plans[i]!.time === null && !plans[i]!.implicit));
  const unplaced = ladderSteps.some((s) => s.dueAt === null) || ladderSteps.length === 0;
  const latest = unplaced ? null : ladderSteps.reduce<DatedStep | null>((a, s) => (a === null || Date.parse(s.dueAt!) > Date.parse(a.dueAt!) ? s : a), null);
  return { steps, due: latest ? { dueDate: latest.dueDate, dueAt: latest.dueAt } : { dueDate: null, dueAt: null } };
}
