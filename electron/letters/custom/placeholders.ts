import { describeResponseTime } from '../../../shared/engine';
import type { PlaceholderInfo } from '../../../shared/api/letters-contract';
import { describeAddressee } from '../recipients';
import type { LetterData, LetterStage } from '../types';
import { longDate, resolutionHeading, responseHeading, shortDate } from '../wording';
import { stageOutcome } from '../builtin/common';
import { markerOf, RESPONSE_FIELDS } from '../form/fields';

/**
 * Every {{placeholder}} a team template may use, with what it becomes. docs/TEMPLATES.md lists the same
 * catalogue (a test keeps them in step) and Settings → Templates shows it.
 */

interface Scalar {
  key: string;
  description: string;
  value: (d: LetterData) => string;
}

interface Repeating {
  /** The table row repeated once per item: fields are written {{<key>.<field>}}. */
  key: string;
  description: string;
  fields: { name: string; description: string }[];
  rows: (d: LetterData) => Record<string, string>[];
}

const lines = (items: readonly string[]) => items.join('\n');
const checkedLabels = (list: LetterData['categories']) => list.filter((t) => t.checked).map((t) => t.label);

export const scalarPlaceholders: Scalar[] = [
  { key: 'authority.name', description: 'Authority name from Settings → Letters', value: (d) => d.letterhead.authorityName },
  { key: 'letter.date', description: 'Date of the letter (today)', value: (d) => longDate(d.date) },
  { key: 'letter.subject', description: 'Email subject, from the profile', value: (d) => d.subject },
  { key: 'letter.protectiveMarking', description: 'Protective marking, e.g. OFFICIAL-SENSITIVE', value: (d) => d.letterhead.protectiveMarking },
  { key: 'document.title', description: 'Name of the document', value: (d) => d.documentTitle },
  { key: 'profile.name', description: 'Name of the procedure (protocol profile)', value: (d) => d.profile.name },
  { key: 'ladder.label', description: 'The ladder (e.g. looked-after children)', value: (d) => d.ladderLabel },
  { key: 'cohort', description: 'Who the ladder is for, in words', value: (d) => d.cohortLabel },
  { key: 'urgency', description: 'Urgency level, if the procedure has one', value: (d) => d.urgency ?? '' },
  { key: 'child.name', description: 'Name of the child', value: (d) => d.child.name },
  { key: 'child.caseId', description: 'Case ID', value: (d) => d.child.caseId },
  { key: 'child.dob', description: 'Date of birth', value: (d) => shortDate(d.child.dateOfBirth) },
  { key: 'child.socialWorker', description: 'Social worker', value: (d) => d.child.socialWorker },
  { key: 'child.teamManager', description: 'Team manager', value: (d) => d.child.teamManager },
  { key: 'child.team', description: 'Team', value: (d) => d.child.team },
  { key: 'child.chair', description: 'The IRO / CP Chair for the child', value: (d) => d.child.chair },
  { key: 'chair.name', description: 'Sender: the chair', value: (d) => d.from.name },
  { key: 'chair.title', description: '"IRO" or "CP Chair"', value: (d) => d.chairTitle },
  { key: 'chair.email', description: 'Sender’s email from the people directory', value: (d) => d.from.email ?? '' },
  { key: 'recipient', description: 'Recipient as "name, role"', value: (d) => describeAddressee(d.to) },
  { key: 'recipient.name', description: 'Recipient’s name (blank when the directory has nobody)', value: (d) => d.to.name },
  { key: 'recipient.role', description: 'Recipient’s role at this stage', value: (d) => d.to.role },
  { key: 'recipient.email', description: 'Recipient’s email address', value: (d) => d.to.email ?? '' },
  { key: 'cc', description: 'People copied in, one per line', value: (d) => lines(d.cc.map(describeAddressee)) },
  { key: 'copyTo', description: 'Roles the procedure copies in at this stage', value: (d) => d.copyTo.join('; ') },
  { key: 'stage.label', description: 'Stage label as in the procedure', value: (d) => d.stage.label },
  { key: 'stage.title', description: 'Stage as a form title names it ("Stage 2")', value: (d) => d.stage.title },
  { key: 'stage.number', description: 'Stage number (0 = informal)', value: (d) => String(d.stage.number) },
  { key: 'stage.recipientRole', description: 'Who responds at this stage', value: (d) => d.stage.recipientRole },
  { key: 'stage.dateOfAlert', description: 'Date the stage was opened', value: (d) => longDate(d.stage.openedOn) },
  { key: 'stage.dueDate', description: 'Date the response is due', value: (d) => longDate(d.stage.dueDate) },
  { key: 'stage.responseTime', description: 'e.g. "5 working days"', value: (d) => describeResponseTime(d.stage.responseTime) },
  { key: 'stage.responseLine', description: '"Response expected within 5 working days – by …"', value: (d) => d.stage.responseLine },
  { key: 'stage.nextStage', description: 'The stage after this one', value: (d) => d.stage.nextTitle ?? '' },
  { key: 'stage.responseHeading', description: '"Response by Service Manager"', value: (d) => responseHeading(d.stage.number, d.stage.kind, d.stage.recipientRole) },
  { key: 'stage.resolutionHeading', description: '"Resolution of Alert (recorded by IRO …)"', value: (d) => resolutionHeading(d.stage.number, d.chairTitle, d.stage.recipientRole) },
  { key: 'stage.letterSentOn', description: 'Date the letter was recorded as sent', value: (d) => longDate(d.stage.letterSentOn) },
  { key: 'concern.summary', description: 'Brief summary of concern(s)', value: (d) => d.concern.summary },
  { key: 'concern.impact', description: 'Impact on the child', value: (d) => d.concern.impactOnChild },
  { key: 'concern.categories', description: 'Chosen categories, one per line', value: (d) => lines(checkedLabels(d.categories)) },
  { key: 'concern.otherCategory', description: 'The "other" category, as written', value: (d) => d.otherCategory },
  { key: 'concern.expectedOutcomes', description: 'Chosen expected outcomes, one per line', value: (d) => lines(checkedLabels(d.outcomes)) || d.otherOutcome },
  { key: 'concern.previousStage', description: 'The stage escalated from', value: (d) => d.stage.entry?.fromTitle ?? '' },
  { key: 'concern.remaining', description: 'Concerns remaining from the previous stage', value: (d) => d.stage.entry?.concernsRemaining ?? '' },
  { key: 'concern.actionsTaken', description: 'Actions previously taken', value: (d) => d.stage.entry?.actionsTaken ?? '' },
  { key: 'concern.bypassReason', description: 'Why stages were bypassed', value: (d) => d.stage.entry?.bypassReason ?? '' },
  { key: 'action.what', description: 'Requested action – what', value: (d) => d.concern.requestedAction.what },
  { key: 'action.who', description: 'Requested action – who', value: (d) => d.concern.requestedAction.who },
  { key: 'action.byWhen', description: 'Requested action – by when', value: (d) => longDate(d.concern.requestedAction.byWhen) },
  { key: 'response.respondent', description: 'Who responded (blank until recorded)', value: (d) => d.stage.response?.respondent ?? '' },
  { key: 'response.what', description: 'What are you doing / have done', value: (d) => d.stage.response?.what ?? '' },
  { key: 'response.who', description: 'Response – who', value: (d) => d.stage.response?.who ?? '' },
  { key: 'response.byWhen', description: 'Response – by when', value: (d) => longDate(d.stage.response?.byWhen) },
  { key: 'response.outcomes', description: 'Outcomes the response expects, one per line', value: (d) => lines(d.stage.response?.outcomes ?? []) },
  { key: 'response.date', description: 'Date of the response', value: (d) => longDate(d.stage.response?.date) },
  { key: 'resolution.date', description: 'Date resolved', value: (d) => longDate(d.stage.resolution?.date ?? d.resolvedOn) },
  { key: 'resolution.outcomes', description: 'Outcomes confirmed, one per line', value: (d) => lines(d.stage.resolution?.outcomes ?? []) },
  { key: 'resolution.note', description: 'Note recorded with the resolution', value: (d) => d.stage.resolution?.note ?? d.closure?.note ?? '' },
  { key: 'cafcass.referredOn', description: 'Date referred to Cafcass', value: (d) => longDate(d.cafcass.referredOn) },
  { key: 'cafcass.concurrent', description: '"Yes" if alongside the local process', value: (d) => (d.cafcass.referredOn ? (d.cafcass.concurrent ? 'Yes' : 'No') : '') },
  { key: 'cafcass.note', description: 'Reason for the referral', value: (d) => d.cafcass.note },
  // The returnable form's fields: each becomes a tagged content control (electron/letters/form).
  ...RESPONSE_FIELDS.map((f) => ({ key: `form.${f.key}`, description: `The manager fills in: ${f.alias.toLowerCase()} (a Word form field read back on return)`, value: () => markerOf(f.key) })),
];

const historyRow = (s: LetterStage): Record<string, string> => ({
  stage: s.title,
  recipient: s.recipientRole,
  dateOfAlert: shortDate(s.openedOn),
  dueDate: shortDate(s.dueDate),
  response: s.response ? `${shortDate(s.response.date)} – ${s.response.respondent}: ${s.response.what}` : '',
  outcome: stageOutcome(s),
});

export const repeatingPlaceholders: Repeating[] = [
  {
    key: 'categories',
    description: 'One table row per category of concern in the procedure',
    fields: [
      { name: 'label', description: 'The category' },
      { name: 'mark', description: '☒ when chosen, ☐ when not' },
      { name: 'chosen', description: '"Yes" when chosen, blank when not' },
    ],
    rows: (d) => d.categories.map((t) => ({ label: t.label, mark: t.checked ? '☒' : '☐', chosen: t.checked ? 'Yes' : '' })),
  },
  {
    key: 'outcomes',
    description: 'One table row per expected outcome for the child',
    fields: [
      { name: 'label', description: 'The outcome' },
      { name: 'mark', description: '☒ when expected, ☐ when not' },
      { name: 'chosen', description: '"Yes" when expected, blank when not' },
    ],
    rows: (d) => d.outcomes.map((t) => ({ label: t.label, mark: t.checked ? '☒' : '☐', chosen: t.checked ? 'Yes' : '' })),
  },
  {
    key: 'history',
    description: 'One table row per stage the escalation has been through',
    fields: [
      { name: 'stage', description: 'Stage' },
      { name: 'recipient', description: 'Who it went to' },
      { name: 'dateOfAlert', description: 'Date opened' },
      { name: 'dueDate', description: 'Response due' },
      { name: 'response', description: 'Response received' },
      { name: 'outcome', description: 'Resolved / progressed / open' },
    ],
    rows: (d) => d.history.map(historyRow),
  },
];

const known = new Set([...scalarPlaceholders.map((p) => p.key), ...repeatingPlaceholders.flatMap((r) => r.fields.map((f) => `${r.key}.${f.name}`))]);

export function isKnownPlaceholder(key: string): boolean {
  return known.has(key);
}

/** The catalogue as the app shows it and docs/TEMPLATES.md lists it. */
export function placeholderCatalogue(example: LetterData): PlaceholderInfo[] {
  return [
    ...scalarPlaceholders.map((p) => ({ key: p.key, description: p.description, example: p.value(example).split('\n')[0] ?? '', repeating: false })),
    ...repeatingPlaceholders.flatMap((r) => {
      const first = r.rows(example)[0] ?? {};
      return r.fields.map((f) => ({ key: `${r.key}.${f.name}`, description: `${f.description} (${r.description.toLowerCase()})`, example: first[f.name] ?? '', repeating: true }));
    }),
  ];
}
