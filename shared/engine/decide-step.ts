import { formatLongDate, londonDateOf } from '../calendar';
import { fail, ok, type EngineContext } from './context';
import { happenedAt } from './happened';
import type { CommandOf, EngineResult, EscalationEvent, EscalationState, EventBody, StepEnd, StepState } from './types';

/** The ends a step of each kind may have: a decision needs its outcome; "no response" only once it is overdue. */
export function endsFor(step: Pick<StepState, 'kind'>): StepEnd[] {
  switch (step.kind) {
    case 'decision':
      return ['agreed', 'not-agreed', 'satisfactory', 'unsatisfactory'];
    case 'response':
      return ['done', 'satisfactory', 'unsatisfactory', 'no-response'];
    case 'letter':
    case 'meeting':
      return ['done', 'no-response'];
    default: {
      const unreachable: never = step.kind;
      return [unreachable];
    }
  }
}

const stateWords: Record<StepState['state'], string> = {
  waiting: 'is waiting for the step before it',
  open: 'is open',
  done: 'is already done',
  skipped: 'was skipped (its condition did not hold)',
  'no-response': 'is already closed as no response',
};

/** Ends an open step of the current stage with an outcome, at the moment the chair says it happened. */
export function decideCompleteStep(state: EscalationState, cmd: CommandOf<'complete-step'>, ctx: EngineContext, events: readonly EscalationEvent[]): EngineResult {
  const steps = state.stages.find((s) => s.key === state.currentStageKey)?.steps;
  if (!steps?.length) return fail('STEP_NOT_OPEN', `${state.currentStageLabel} has no steps of its own: record the letter, the response or the meeting instead.`);
  const step = steps.find((s) => s.key === cmd.stepKey);
  if (!step) return fail('STEP_NOT_OPEN', `${state.currentStageLabel} has no step called "${cmd.stepKey}".`);
  if (step.state !== 'open') return fail('STEP_NOT_OPEN', `${step.label} ${stateWords[step.state]}, so it cannot be completed now.`);
  if (!endsFor(step).includes(cmd.outcome)) {
    const need = step.kind === 'decision' ? 'record its outcome (agreed or not agreed, satisfactory or unsatisfactory)' : 'record it as done or, once overdue, as no response';
    return fail('STEP_OUTCOME', `${step.label} is a ${step.kind}: ${need}.`);
  }
  const when = happenedAt(cmd, ctx.now, events, 'the step ended');
  if ('code' in when) return { ok: false, error: when };
  if (cmd.outcome === 'no-response' && (step.dueAt === null || Date.parse(when.at) < Date.parse(step.dueAt)))
    return fail('NOT_OVERDUE', step.dueDate ? `${step.label} is not due until ${formatLongDate(step.dueDate)}, so it cannot yet be closed as no response.` : `${step.label} has no deadline, so there is none to miss.`);
  return ok({ kind: 'step-completed', stageKey: state.currentStageKey, stepKey: step.key, outcome: cmd.outcome, at: when.at, on: londonDateOf(when.at), stepKind: step.kind, dueDate: step.dueDate, dueAt: step.dueAt });
}

const endedByKind = { 'letter-sent': 'letter', 'response-recorded': 'response', meeting: 'meeting' } as const;

/**
 * The steps a letter, response or meeting just recorded ended by itself (the first open step of its kind), each
 * as a `step-completed` event after it with its deadline, so every step's end is on the log with what it was
 * due by: reports count steps met, missed and unanswered from these events alone.
 */
export function stepEndsOf(before: EscalationState, after: EscalationState, added: readonly EventBody[]): EventBody[] {
  const by = added.map((b) => (b.kind in endedByKind ? endedByKind[b.kind as keyof typeof endedByKind] : null)).find((x) => x !== null);
  if (!by) return [];
  const named = new Set(added.flatMap((b) => (b.kind === 'step-completed' ? [b.stepKey] : [])));
  return before.stages.flatMap((stage) => {
    const now = after.stages.find((s) => s.key === stage.key)?.steps ?? [];
    return (stage.steps ?? []).flatMap((was): EventBody[] => {
      const is = now.find((s) => s.key === was.key);
      if (was.state !== 'open' || !is || (is.state !== 'done' && is.state !== 'no-response') || named.has(was.key) || !is.doneAt) return [];
      return [{ kind: 'step-completed', stageKey: stage.key, stepKey: was.key, outcome: is.outcome ?? 'done', at: is.doneAt, on: londonDateOf(is.doneAt), stepKind: was.kind, dueDate: was.dueDate, dueAt: was.dueAt, endedBy: by }];
    });
  });
}
