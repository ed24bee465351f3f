import { dueNoun } from '../shared/engine/step-words';
import type { Reminders } from '../shared/api/tracker-page-contract';

/** The desktop notification's sentence, or null when nothing is due today or overdue. */
export function reminderText(r: Reminders): string | null {
  const checks = r.followUpsDue.length;
  const parts = [r.overdue.length ? `${r.overdue.length} overdue` : '', r.dueToday.length ? `${r.dueToday.length} due today` : '', checks ? `${checks} agreed action${checks === 1 ? '' : 's'} to check` : ''].filter(Boolean);
  if (parts.length === 0) return null;
  const first = r.overdue[0] ?? r.dueToday[0];
  if (!first) {
    const f = r.followUpsDue[0]!;
    return `You have ${parts.join(' and ')}. First: ${f.childName} (${f.caseId}), resolved: did the agreed action happen?`;
  }
  // A stage waiting on a step of its own names it: "Stage 3: Dispute Resolution Meeting (meeting)".
  const step = first.nextStepLabel ? `: ${first.nextStepLabel} (${dueNoun(first.nextStepKind)})` : '';
  return `You have ${parts.join(' and ')}. First: ${first.childName} (${first.caseId}), ${first.stageLabel}${step}.`;
}
