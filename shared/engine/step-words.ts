import type { StepKind } from '../profile/schema';

/** What a step of each kind is due as, in a chair's words: a meeting is "meeting due", never "response due". */
export function dueNoun(kind: StepKind | string | null | undefined): 'meeting' | 'letter' | 'decision' | 'response' {
  return kind === 'meeting' || kind === 'letter' || kind === 'decision' ? kind : 'response';
}

/**
 * What the next due is for, before its date: "Dispute Resolution Meeting – meeting due" for a stage waiting on
 * a step of its own, else "response due" (a stage without steps waits on its recipient's response).
 */
export function nextDueWhat(row: { nextStepLabel?: string | null; nextStepKind?: string | null }): string {
  return row.nextStepLabel ? `${row.nextStepLabel} – ${dueNoun(row.nextStepKind)} due` : 'response due';
}

/** The action that ends a step, as a button reads: "Record the meeting". */
export function recordStepLabel(kind: StepKind | string | null | undefined): string {
  return `Record the ${dueNoun(kind)}`;
}
