import type { EscalationDetail } from '../../../shared/api/outputs';
import type { Profile } from '../../../shared/profile/schema';
import type { CommandKind } from '../../../shared/engine/types';

/** The forms for every engine command, as data: one generic form renders them all. */
export type FieldType = 'text' | 'textarea' | 'date' | 'select' | 'checkboxes' | 'yes-no' | 'number';
export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  hint?: string;
  options?: (d: EscalationDetail, p: Profile) => { value: string; label: string }[];
  initial?: (d: EscalationDetail, today: string) => string | string[];
}
export interface CommandSpec {
  kind: Exclude<CommandKind, 'raise'>;
  label: string;
  /** Shown for open escalations only (add-note is always available). */
  openOnly: boolean;
  /** Offered only when the procedure allows it (the engine refuses anyway; this keeps the page honest). */
  when?: (d: EscalationDetail, p: Profile) => boolean;
  fields: FieldSpec[];
}

const outcomes = (_: EscalationDetail, p: Profile) => p.outcomes.map((o) => ({ value: o.key, label: o.label }));
const today = (_: EscalationDetail, t: string) => t;

/** Stages a bypass may go to: above the next stage, and only those the procedure names (Rutland: 3 and 4). */
function laterStages(d: EscalationDetail, p: Profile) {
  const idx = d.ladder.stages.findIndex((s) => s.key === d.state.currentStageKey);
  const allowed = p.rules.bypass.toStageKeys;
  return d.ladder.stages
    .slice(idx + 2)
    .filter((s) => !allowed || allowed.includes(s.key))
    .map((s) => ({ value: s.key, label: `${s.label} – ${s.recipientRole}` }));
}

export const commandSpecs: CommandSpec[] = [
  {
    kind: 'record-letter-sent',
    label: 'Record letter sent',
    openOnly: true,
    fields: [
      { name: 'sentOn', label: 'Date sent', type: 'date', required: true, initial: today },
      { name: 'to', label: 'Sent to (name and role)', type: 'text', required: true, initial: (d) => d.state.currentRecipientRole },
    ],
  },
  {
    kind: 'record-response',
    label: 'Record response',
    openOnly: true,
    fields: [
      { name: 'respondent', label: 'Response by', type: 'text', required: true, initial: (d) => d.state.currentRecipientRole },
      { name: 'what', label: 'What are you doing / have done', type: 'textarea', required: true },
      { name: 'who', label: 'Who', type: 'text', required: true },
      { name: 'byWhen', label: 'By when', type: 'date' },
      { name: 'expectedOutcomeKeys', label: 'Expected outcome for the child', type: 'checkboxes', options: outcomes },
      { name: 'date', label: 'Date of response', type: 'date', required: true, initial: today },
    ],
  },
  {
    kind: 'resolve',
    label: 'Resolve',
    openOnly: true,
    fields: [
      { name: 'date', label: 'Date resolved', type: 'date', required: true, initial: today },
      { name: 'outcomeKeys', label: 'Outcome confirmed', type: 'checkboxes', options: outcomes, initial: (d) => d.state.concern.expectedOutcomeKeys },
      { name: 'note', label: 'Note', type: 'textarea' },
    ],
  },
  {
    kind: 'escalate',
    label: 'Escalate to the next stage',
    openOnly: true,
    fields: [
      { name: 'concernsRemaining', label: 'Concerns remaining from this stage', type: 'textarea', required: true },
      { name: 'actionsTaken', label: 'Actions previously taken', type: 'textarea' },
    ],
  },
  {
    kind: 'bypass',
    label: 'Bypass stages',
    openOnly: true,
    when: (d, p) => p.rules.bypass.allowed && laterStages(d, p).length > 0,
    fields: [
      { name: 'toStageKey', label: 'Go straight to', type: 'select', required: true, options: laterStages },
      { name: 'reason', label: 'Reason for bypassing', type: 'textarea', required: true },
      { name: 'agreedWith', label: 'Agreed with', type: 'text' },
    ],
  },
  {
    kind: 'grant-extension',
    label: 'Grant extension',
    openOnly: true,
    when: (d, p) => p.rules.extensions.allowed && d.state.currentClock?.dueDate != null,
    fields: [
      { name: 'newDueDate', label: 'New due date', type: 'date', hint: 'Or give a number of working days below' },
      { name: 'addWorkingDays', label: 'Add working days', type: 'number' },
      { name: 'reason', label: 'Reason', type: 'textarea', required: true },
      { name: 'requestedBy', label: 'Requested by', type: 'text', required: true },
    ],
  },
  {
    kind: 'change-urgency',
    label: 'Change urgency',
    openOnly: true,
    when: (_, p) => p.urgency !== null,
    fields: [
      { name: 'to', label: 'Urgency', type: 'select', required: true, options: (_, p) => (p.urgency?.levels ?? []).map((l) => ({ value: l.key, label: l.label })) },
      { name: 'reason', label: 'Reason', type: 'textarea', required: true },
    ],
  },
  {
    kind: 'refer-cafcass',
    label: 'Refer to Cafcass',
    openOnly: true,
    when: (d, p) => p.rules.cafcass.allowed && p.rules.cafcass.cohorts.includes(d.state.cohort),
    fields: [
      { name: 'referredOn', label: 'Date referred', type: 'date', required: true, initial: today },
      { name: 'concurrent', label: 'Keep the escalation open alongside the referral', type: 'yes-no', initial: () => 'yes' },
      { name: 'note', label: 'Note', type: 'textarea' },
    ],
  },
  {
    kind: 'record-meeting',
    label: 'Record a meeting',
    openOnly: true,
    fields: [
      { name: 'status', label: 'Meeting', type: 'select', required: true, options: () => [{ value: 'scheduled', label: 'Scheduled' }, { value: 'held', label: 'Held' }, { value: 'outcome', label: 'Outcome agreed' }] },
      { name: 'date', label: 'Date', type: 'date', required: true, initial: today },
      { name: 'attendees', label: 'Attendees', type: 'text' },
      { name: 'notes', label: 'Notes', type: 'textarea' },
    ],
  },
  { kind: 'withdraw', label: 'Withdraw', openOnly: true, fields: [{ name: 'reason', label: 'Reason for withdrawing', type: 'textarea', required: true }] },
  { kind: 'add-note', label: 'Add a note', openOnly: false, fields: [{ name: 'text', label: 'Note', type: 'textarea', required: true }] },
];

/** Turns the form's strings into the command the API expects. */
export function buildCommand(spec: CommandSpec, values: Record<string, string | string[]>): Record<string, unknown> {
  const command: Record<string, unknown> = { kind: spec.kind };
  for (const f of spec.fields) {
    const v = values[f.name];
    if (f.type === 'checkboxes') command[f.name] = v ?? [];
    else if (f.type === 'yes-no') command[f.name] = v === 'yes';
    else if (f.type === 'number') {
      if (v) command[f.name] = Number(v);
    } else if (f.type === 'date') {
      if (v) command[f.name] = v;
      else if (f.name === 'byWhen') command[f.name] = null;
    } else command[f.name] = v ?? '';
  }
  return command;
}
