import type { StepState } from '../../../shared/engine/types';
import { dueText } from '../../../shared/engine/due-text';
import { stepOutcomeLabels } from '../../../shared/profile/labels';
import { dueNoun } from '../../../shared/engine/step-words';

/** A step in the chair's words: what it is, how it stands, and its deadline in its own unit ("Meeting due by …"). */
export function describeStep(step: StepState, stageOver = false): string {
  const due = dueText({ dueDate: step.dueDate, dueAt: step.dueAt, responseTime: step.time });
  const dueWord = `${dueNoun(step.kind)} due`;
  const cond = step.when ? ` (if ${step.when.outcome === 'not-agreed' ? 'not agreed' : step.when.outcome})` : step.alongside ? ' (alongside)' : '';
  switch (step.state) {
    case 'open':
      // The stage moved on (or the escalation closed) before anything ended this step: it is not still due.
      if (stageOver) return `${step.label}${cond}: not recorded before the stage ended`;
      return `${step.label}${cond}: ${due ? `${dueWord} ${due}` : 'no set timescale'}`;
    case 'waiting':
      if (stageOver) return `${step.label}${cond}: not reached`;
      return `${step.label}${cond}: not yet open${due ? `, would be due ${due}` : ''}`;
    case 'done':
      return `${step.label}: ${step.outcome && step.outcome !== 'done' && step.outcome !== 'no-response' ? stepOutcomeLabels[step.outcome] : 'done'}`;
    case 'no-response':
      return `${step.label}: no response by its deadline`;
    case 'skipped':
      return `${step.label}${cond}: not needed`;
    default: {
      const unreachable: never = step.state;
      return String(unreachable);
    }
  }
}
