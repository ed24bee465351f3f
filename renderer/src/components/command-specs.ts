import type { EscalationDetail } from '../../../shared/api/outputs';
import type { Profile, Stage } from '../../../shared/profile/schema';
import type { NextCommandKind } from '../../../shared/engine/commands';
import { outcomeOpenTo } from '../../../shared/engine/cohorts';
import { followUpResultLabels, followUpResults, sentHowLabels, sentHows } from '../../../shared/engine/commands';
import { describeNamed } from '../../../shared/engine/stage-people';
import { stepOutcomeLabels } from '../../../shared/profile/labels';
import type { StepEnd } from '../../../shared/engine/types';
import { formatDueDate } from './format';

const stepEndLabels: Record<StepEnd, string> = { ...stepOutcomeLabels, done: 'Done', 'no-response': 'No response by its deadline' };
import { addresseeOf, pickedFromText } from './forms/person-picker';
import { copiesFromText, namedCopies } from './forms/copies-picker';
import { entryFromText, preconditionsOf } from './forms/stage-entry';

/**
 * The forms for every engine command, as data: one generic form renders them all. Which commands are
 * offered, and the stages a bypass may reach, come from the engine (`detail.allowed`), never from rules
 * repeated here.
 */
export type FieldType = 'text' | 'textarea' | 'date' | 'time' | 'select' | 'checkboxes' | 'yes-no' | 'checkbox' | 'number' | 'person' | 'copies' | 'entry' | 'agreed' | 'agreed-roles';
export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  hint?: string;
  /** A hint that depends on the escalation (where "not done" would raise it again); replaces `hint`. */
  hintFor?: (d: EscalationDetail, p: Profile) => string;
  options?: (d: EscalationDetail, p: Profile, values: Record<string, string | string[]>) => { value: string; label: string }[];
  initial?: (d: EscalationDetail, today: string) => string | string[];
  /** Shown only when the engine offers it (e.g. "no response", once the deadline has passed). */
  offered?: (d: EscalationDetail) => boolean;
  /** A person field: the recipient role of the stage the command opens (blank until a stage is chosen). */
  role?: (d: EscalationDetail, values: Record<string, string | string[]>) => string;
  /** A copies field: the roles the procedure copies in at the stage the command opens. */
  copyRoles?: (d: EscalationDetail, values: Record<string, string | string[]>) => string[];
  /** An entry field: the stage the command moves the escalation to (its notes, who may move it, its preconditions). */
  entryStage?: (d: EscalationDetail, values: Record<string, string | string[]>) => Stage | undefined;
  /** An agreed field: the role the procedure says must agree ('' = anyone, typed as words). */
  agreedRole?: (p: Profile) => string;
  /** An agreed-roles field: every role the procedure says must agree, one person each (Slough's Cafcass referral). */
  agreedRoles?: (p: Profile) => string[];
}
export interface CommandSpec {
  kind: NextCommandKind;
  label: string;
  /** The label as this escalation needs it ("Change the follow-up" once one is set); replaces `label`. */
  labelFor?: (d: EscalationDetail) => string;
  fields: FieldSpec[];
}

const outcomes = (d: EscalationDetail, p: Profile) => p.outcomes.filter((o) => outcomeOpenTo(o, d.state.cohort)).map((o) => ({ value: o.key, label: o.label }));
const today = (_: EscalationDetail, t: string) => t;
/** The stage escalating opens: the first one not yet reached. */
const nextStage = (d: EscalationDetail) => d.state.stages.find((s) => s.state === 'future');
/** What was last asked (of the current stage's recipient), to restate for the next one. */
const lastAction = (d: EscalationDetail) => d.state.stages.find((s) => s.key === d.state.currentStageKey)?.requestedAction ?? d.state.concern.requestedAction;
/** Who the letter of the stage being opened goes to, and what is asked of them (restated, "who" being the new recipient). */
const openingFields = (role: NonNullable<FieldSpec['role']>, stageKey: (d: EscalationDetail, v: Record<string, string | string[]>) => string | undefined): FieldSpec[] => [
  { name: 'recipient', label: 'Who the letter goes to', type: 'person', role },
  { name: 'copies', label: 'Copied in', type: 'copies', copyRoles: (d, v) => d.ladder.stages.find((s) => s.key === stageKey(d, v))?.copyTo ?? [] },
  { name: 'requestedAction.what', label: 'Requested action – what', type: 'textarea', required: true, initial: (d) => lastAction(d).what, hint: 'What is asked of this recipient; the letter prints it.' },
  { name: 'requestedAction.who', label: 'Requested action – who', type: 'text', initial: (d) => role(d, {}), role, hint: 'Filled in with the person you name above; left blank, the stage’s recipient.' },
  { name: 'requestedAction.byWhen', label: 'Requested action – by when', type: 'date', initial: (d) => lastAction(d).byWhen ?? '' },
];
/** The response recorded at the current stage, latest first: what the manager said would be done, to carry into the follow-up. */
const lastResponse = (d: EscalationDetail) => {
  const r = [...d.events].reverse().find((e) => e.body.kind === 'response-recorded' && e.body.stageKey === d.state.currentStageKey)?.body;
  return r?.kind === 'response-recorded' ? r : undefined;
};
/** What was agreed, by whom, by when, and the date to check it happened (DESIGN.md "Follow-up"). */
const agreedFields = (prefix: string, from: (d: EscalationDetail) => { what: string; who: string; byWhen: string | null; checkOn?: string } | undefined): FieldSpec[] => [
  { name: `${prefix}what`, label: 'Agreed action – what will be done', type: 'textarea', initial: (d) => from(d)?.what ?? '', hint: 'Leave blank if nothing was agreed: there is then nothing to check.' },
  { name: `${prefix}who`, label: 'Agreed action – by whom', type: 'text', initial: (d) => from(d)?.who ?? '' },
  { name: `${prefix}byWhen`, label: 'Agreed action – by when', type: 'date', initial: (d) => from(d)?.byWhen ?? '' },
  {
    name: `${prefix}checkOn`,
    label: 'Date to check it happened',
    type: 'date',
    initial: (d) => from(d)?.checkOn ?? '',
    hintFor: (_, p) => `Leave blank for the agreed "by when" (or, without one, ${p.rules.followUp.checkAfterWorkingDays} working days after the resolution). It comes up on My day on that date.`,
  },
];
const bypassTargets = (d: EscalationDetail) => d.allowed.bypassTargets.map((s) => ({ value: s.key, label: `${s.label} – ${s.recipientRole}` }));
/** "When it happened", for a move recorded after the fact; blank = now. */
const happened = (what: string): FieldSpec[] => [
  { name: 'happenedOn', label: `Date ${what}`, type: 'date', hint: 'Leave blank for now. The new deadline counts from this date.' },
  { name: 'happenedTime', label: 'Time (24-hour clock)', type: 'time', hint: 'Only needed for deadlines counted in hours.' },
];

export const commandSpecs: CommandSpec[] = [
  {
    kind: 'record-letter-sent',
    label: 'Record letter sent',
    fields: [
      { name: 'sentOn', label: 'Date sent', type: 'date', required: true, initial: today },
      { name: 'to', label: 'Sent to (name and role)', type: 'text', required: true, initial: (d) => describeNamed(d.state.stages.find((s) => s.key === d.state.currentStageKey)?.recipient, d.state.currentRecipientRole) },
      { name: 'how', label: 'How it was sent', type: 'select', required: true, options: () => sentHows.map((h) => ({ value: h, label: sentHowLabels[h] })), initial: () => 'email' },
    ],
  },
  {
    kind: 'record-response',
    label: 'Record response',
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
    fields: [
      { name: 'date', label: 'Date resolved', type: 'date', required: true, initial: today },
      { name: 'outcomeKeys', label: 'Outcome confirmed', type: 'checkboxes', options: outcomes, initial: (d) => d.state.concern.expectedOutcomeKeys },
      { name: 'note', label: 'Note', type: 'textarea' },
      ...agreedFields('followUp.', (d) => lastResponse(d)),
    ],
  },
  {
    kind: 'escalate',
    label: 'Escalate to the next stage',
    fields: [
      {
        name: 'noResponse',
        label: 'No response by the deadline',
        type: 'checkbox',
        hint: 'The stage is recorded as "No response — escalated".',
        offered: (d) => d.allowed.noResponseOffered,
        initial: (d) => (d.allowed.noResponseOffered ? 'yes' : ''),
      },
      { name: 'concernsRemaining', label: 'Concerns remaining from this stage', type: 'textarea', required: true },
      { name: 'actionsTaken', label: 'Actions previously taken', type: 'textarea' },
      { name: 'preconditions', label: 'What the procedure requires', type: 'entry', entryStage: (d) => d.ladder.stages.find((s) => s.key === nextStage(d)?.key) },
      ...openingFields((d) => nextStage(d)?.recipientRole ?? '', (d) => nextStage(d)?.key),
      ...happened('escalated'),
    ],
  },
  {
    kind: 'bypass',
    label: 'Bypass stages',
    fields: [
      { name: 'toStageKey', label: 'Go straight to', type: 'select', required: true, options: bypassTargets },
      { name: 'reason', label: 'Reason for bypassing', type: 'textarea', required: true },
      { name: 'agreedWith', label: 'Agreed with', type: 'agreed', agreedRole: (p) => (p.rules.bypass.agreedWithRequired ? p.rules.bypass.agreedWithRole.trim() : '') },
      { name: 'preconditions', label: 'What the procedure requires', type: 'entry', entryStage: (d, v) => d.ladder.stages.find((s) => s.key === v.toStageKey) },
      ...openingFields((d, v) => d.state.stages.find((s) => s.key === v.toStageKey)?.recipientRole ?? '', (_, v) => String(v.toStageKey ?? '')),
      ...happened('of the bypass'),
    ],
  },
  {
    kind: 'grant-extension',
    label: 'Grant extension',
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
    fields: [
      { name: 'to', label: 'Urgency', type: 'select', required: true, options: (_, p) => (p.urgency?.levels ?? []).map((l) => ({ value: l.key, label: l.label })) },
      { name: 'reason', label: 'Reason', type: 'textarea', required: true },
    ],
  },
  {
    kind: 'refer-cafcass',
    label: 'Refer to Cafcass',
    fields: [
      { name: 'referredOn', label: 'Date referred', type: 'date', required: true, initial: today },
      { name: 'concurrent', label: 'Keep the escalation open alongside the referral', type: 'yes-no', initial: () => 'yes' },
      { name: 'agreedWith', label: 'Agreed with', type: 'agreed-roles', agreedRoles: (p) => p.rules.cafcass.agreedWithRoles ?? [] },
      { name: 'note', label: 'Note', type: 'textarea' },
    ],
  },
  {
    kind: 'record-meeting',
    label: 'Record a meeting',
    fields: [
      { name: 'status', label: 'Meeting', type: 'select', required: true, options: () => [{ value: 'scheduled', label: 'Scheduled' }, { value: 'held', label: 'Held' }, { value: 'outcome', label: 'Outcome agreed' }] },
      { name: 'date', label: 'Date', type: 'date', required: true, initial: today },
      { name: 'attendees', label: 'Attendees', type: 'text' },
      { name: 'notes', label: 'Notes', type: 'textarea' },
    ],
  },
  {
    kind: 'complete-step',
    label: 'Record a step',
    fields: [
      {
        name: 'stepKey',
        label: 'Step',
        type: 'select',
        required: true,
        options: (d) => d.allowed.openSteps.map((s) => ({ value: s.key, label: `${s.label}${s.dueDate ? ` (${s.kind === 'meeting' ? 'meeting due by' : 'due by'} ${formatDueDate(s.dueDate)})` : ''}` })),
        initial: (d) => d.allowed.openSteps[0]?.key ?? '',
      },
      {
        name: 'outcome',
        label: 'How it ended',
        type: 'select',
        required: true,
        options: (d, _p, v) => (d.allowed.openSteps.find((s) => s.key === v.stepKey)?.ends ?? []).map((e) => ({ value: e, label: stepEndLabels[e] })),
        initial: (d) => (d.allowed.openSteps[0]?.kind === 'decision' ? '' : 'done'),
      },
      ...happened('the step ended'),
    ],
  },
  {
    kind: 'set-follow-up',
    label: 'Set the follow-up',
    labelFor: (d) => (d.state.followUp ? 'Change the follow-up' : 'Set the follow-up'),
    fields: agreedFields('', (d) => d.state.followUp ?? lastResponse(d)).map((f) => (f.name === 'what' || f.name === 'who' ? { ...f, required: true, hint: undefined } : f)),
  },
  {
    kind: 'record-follow-up',
    label: 'Record the follow-up',
    fields: [
      { name: 'result', label: 'Did the agreed action happen?', type: 'select', required: true, options: () => followUpResults.map((r) => ({ value: r, label: followUpResultLabels[r] })) },
      { name: 'happenedOn', label: 'Date it was done', type: 'date', hint: 'Needed for "Done"; for "Partly done", the date of what was done.' },
      { name: 'note', label: 'What happened', type: 'textarea', hint: 'Needed for "Partly done" and "Not done".' },
      {
        name: 'reRaise',
        label: 'If not done, raise the concern again',
        type: 'checkbox',
        offered: (d) => d.allowed.reRaiseAt !== null,
        initial: () => 'yes',
        hintFor: (d) => `a new escalation at ${d.allowed.reRaiseAt?.label ?? 'the stage it was resolved at'}, linked to this one`,
      },
    ],
  },
  { kind: 'withdraw', label: 'Withdraw', fields: [{ name: 'reason', label: 'Reason for withdrawing', type: 'textarea', required: true }] },
  { kind: 'add-note', label: 'Add a note', fields: [{ name: 'text', label: 'Note', type: 'textarea', required: true }] },
];

/** The forms the engine allows on this escalation now, in the page's order. */
export function offeredSpecs(d: EscalationDetail): CommandSpec[] {
  return commandSpecs.filter((s) => d.allowed.kinds.includes(s.kind)).map((s) => (s.labelFor ? { ...s, label: s.labelFor(d) } : s));
}

/** Sets `a.b` as command.a.b: the requested action's fields are nested as the API expects. */
function put(command: Record<string, unknown>, name: string, v: unknown): void {
  const [head, tail] = name.split('.', 2) as [string, string | undefined];
  if (tail === undefined) {
    command[head] = v;
    return;
  }
  const inner = (command[head] ??= {}) as Record<string, unknown>;
  inner[tail] = v;
}

/** Turns the form's strings into the command the API expects; the API's schema checks the result. */
export function buildCommand(spec: CommandSpec, values: Record<string, string | string[]>, d?: EscalationDetail): Record<string, unknown> {
  const command: Record<string, unknown> = { kind: spec.kind };
  for (const f of spec.fields) {
    const v = values[f.name];
    if (f.offered && d && !f.offered(d)) continue;
    if (f.type === 'checkboxes') put(command, f.name, v ?? []);
    else if (f.type === 'checkbox') {
      if (v === 'yes') put(command, f.name, true);
    } else if (f.type === 'time') {
      if (v) put(command, f.name, v);
    } else if (f.type === 'yes-no') put(command, f.name, v === 'yes');
    else if (f.type === 'number') {
      if (v) put(command, f.name, Number(v));
    } else if (f.type === 'person') {
      const p = pickedFromText(String(v ?? ''));
      if (p) put(command, f.name, addresseeOf(p));
    } else if (f.type === 'entry') {
      const list = preconditionsOf(entryFromText(String(v ?? '')));
      if (list.length) put(command, f.name, list);
    } else if (f.type === 'agreed-roles') {
      // Each person with their own role (not the role asked for), so the engine can check it is the one named.
      const people = Object.values(copiesFromText(String(v ?? ''))).flatMap((p) => (p && p.name.trim() ? [addresseeOf(p)] : []));
      if (people.length) put(command, f.name, people);
    } else if (f.type === 'agreed') {
      // A person picked (JSON) where the procedure names who must agree; otherwise the words typed.
      const p = pickedFromText(String(v ?? ''));
      if (p) put(command, f.name, addresseeOf(p));
      else if (String(v ?? '').trim()) put(command, f.name, String(v));
    } else if (f.type === 'copies') {
      const copies = namedCopies(copiesFromText(String(v ?? ''))).map((p) => addresseeOf(p));
      if (copies.length) put(command, f.name, copies);
    } else if (f.type === 'date') {
      if (v) put(command, f.name, v);
      else if (f.name.endsWith('byWhen')) put(command, f.name, null);
    } else if (f.role && d && !String(v ?? '').trim()) put(command, f.name, f.role(d, values));
    else put(command, f.name, v ?? '');
  }
  return command;
}
