import { TextRun } from 'docx';
import type { LetterData } from '../types';
import { longDate, resolutionHeading, responseHeading } from '../wording';
import type { Shape } from './shape';
import { box, field, gap, heading, labelled, para, splitLine, tickTable, value, type FileChild } from './blocks';
import { childDetails, fv, ticked } from './common';
import { tok } from './tokens';
import { formMarkerValues, RESPONSE_FIELDS } from '../form/fields';

/**
 * The stage escalation form, laid out as seeds/000 "The Escalation of Concern (including Dispute Resolution)
 * Form": title and date of alert, from/to, response time, child details, categories of concern, summary,
 * impact, requested action, expected outcomes, the manager's response and the resolution. From stage 2 the
 * form, as the seed's, writes "(use list)" with the items chosen instead of printing both lists again.
 */

export const FORM_TITLE = 'The Escalation of Concern (including Dispute Resolution) Form';

/** The form's title: seeds/004 (Rutland) names its forms "Appendix 2: IRO Stage 1 Escalation Form" …; others use seeds/000's. */
export function formTitle(d: LetterData): string {
  if (d.profile.id === 'rutland') return `IRO Stage ${d.stage.number} Escalation Form`;
  return FORM_TITLE;
}

/** seeds/000's opening sentence, with the profile's copy-to roles in place of the Safeguarding Business Manager. */
export function formIntro(d: LetterData): string {
  const copies = d.copyTo.length ? ` and a copy sent to the ${d.copyTo.join(' and the ')} when the concern is raised and when it is concluded` : '';
  return `This must be used to record a formal concern of the IRO or CP Chair & the response at each stage. A copy of the final resolution must be placed on the child’s case file${copies}.`;
}

/** "(As specified within IRO Handbook)" on the forms that use the Handbook's list; otherwise the procedure's name. */
function categoriesSource(d: LetterData): string {
  return d.profile.id === 'lcs-form' || d.profile.id === 'iro-handbook' ? 'IRO Handbook' : d.profile.name;
}

/** seeds/000 "Requested Action – What / Who / By When"; from stage 2 it ends "Expected Outcome for the Child: (use list)". */
export const requestedActionBox = (opts: { outcomesUseList?: boolean } = {}): FileChild[] => [
  box('Requested Action', [
    field('What:', 'action.what'),
    field('Who:', 'action.who'),
    field('By When:', 'action.byWhen'),
    ...(opts.outcomesUseList ? [field('Expected Outcome for the Child: (use list)', 'outcomes.expected')] : []),
  ]),
  gap(),
];

/** The full tick list (stage 1). A procedure with no outcome list prints no outcome box at all. */
export function outcomesList(shape: Shape): FileChild[] {
  if (shape.outcomes === 0) return [];
  return [tickTable('Expected Outcome for the Child', 'Tick', 'out', shape.outcomes), gap()];
}

function summaryBoxes(shape: Shape): FileChild[] {
  const impact = (title: string) => [box(title, [value('concern.impactText')]), gap()];
  if (!shape.entry) return [box('Brief Summary of Concern(s)', [value('concern.summary')]), gap(), ...impact('Impact on the Child')];
  return [
    box('Brief Summary of concern(s) remaining from ⟦entry.from⟧:', [
      value('entry.remaining'),
      ...(shape.lists ? [] : [field('Category of Concern: (use list)', 'concern.categoriesList')]),
      ...(shape.actionsTaken ? [field('Actions previously taken:', 'entry.actionsTaken')] : []),
      ...(shape.bypass ? [field('Stages bypassed – reason:', 'entry.bypass')] : []),
      ...(shape.original ? [field('Original concern:', 'concern.summaryField')] : []),
    ]),
    gap(),
    ...impact('Impact on the Child:'),
  ];
}

/** The manager's section: the issue-13 content controls go into these fields, so its shape stays as seeds/000's. */
function responseBox(shape: Shape): FileChild[] {
  return [
    box(tok('response.heading'), [
      ...Array.from({ length: shape.meetings }, (_, i) => value(`meeting.${i}`)),
      // The manager's fields are content controls read back when the form returns (electron/letters/form).
      // A procedure with no outcome list (Devon) gets no outcome field: an empty box would only puzzle the manager.
      ...RESPONSE_FIELDS.filter((f) => f.key !== 'outcomeKeys' || shape.outcomes > 0).map((f) => field(f.label, `form.${f.key}`)),
    ]),
    gap(),
  ];
}

function resolutionBox(shape: Shape): FileChild[] {
  return [
    box(tok('resolution.heading'), [
      field('Date resolved:', 'resolution.date'),
      field(shape.outcomes ? 'Outcome confirmed: (use list)' : 'Outcome confirmed:', 'resolution.outcomes'),
      ...(shape.resolutionNote ? [field('Note:', 'resolution.note')] : []),
      ...(shape.next ? [para(tok('resolution.next'), { bold: true, before: 120 }), field('Date:', 'resolution.progressed')] : []),
    ]),
  ];
}

export function stageFormBody(shape: Shape): FileChild[] {
  return [
    heading(tok('form.title'), { level: 1, before: 0, after: 120 }),
    para(tok('form.intro'), { italics: true, size: 20, after: 200 }),
    splitLine([new TextRun(`Formal Escalation of Concern – ${tok('stage.title')}`)], labelled('Date of Alert:', 'stage.dateOfAlert'), { heading: true }),
    splitLine(labelled('From:', 'from'), labelled('To:', 'to')),
    para(tok('stage.responseLine'), { bold: true, after: shape.notices ? 60 : 160 }),
    ...Array.from({ length: shape.notices }, (_, i) => para(tok(`notice.${i}`), { size: 20, after: i === shape.notices - 1 ? 160 : 60 })),
    childDetails(shape),
    gap(),
    ...(shape.lists ? [tickTable(`Category of Concern: (As specified within ${tok('categories.source')})`, 'X theme/s', 'cat', shape.categories), gap()] : []),
    ...summaryBoxes(shape),
    ...requestedActionBox({ outcomesUseList: !shape.lists && shape.outcomes > 0 }),
    ...(shape.lists ? outcomesList(shape) : []),
    ...responseBox(shape),
    ...resolutionBox(shape),
    para(tok('copyLine'), { size: 18, before: 160 }),
  ];
}

export function stageFormValues(d: LetterData): Record<string, string> {
  const s = d.stage;
  const e = s.entry;
  return {
    'form.title': formTitle(d),
    'form.intro': formIntro(d),
    'categories.source': categoriesSource(d),
    'concern.impactText': d.concern.impactOnChild || '\n\n',
    'concern.categoriesList': fv(ticked(d.categories.filter((c) => c.checked).map((c) => c.label))),
    'entry.from': e?.fromTitle || 'the previous stage',
    'entry.remaining': e?.concernsRemaining || d.concern.summary,
    'entry.actionsTaken': fv(e?.actionsTaken),
    'entry.bypass': fv(e ? `${e.bypassReason}${e.agreedWith ? ` (agreed with ${e.agreedWith})` : ''}` : ''),
    'response.heading': responseHeading(s.number, s.kind, s.recipientRole),
    ...formMarkerValues(),
    ...Object.fromEntries(s.meetings.map((m, i) => [`meeting.${i}`, `Meeting ${m.status} ${longDate(m.date)}${m.attendees ? ` – attendees: ${m.attendees}` : ''}${m.notes ? `\n${m.notes}` : ''}`])),
    'resolution.heading': resolutionHeading(s.number, d.chairTitle, s.recipientRole),
    'resolution.date': fv(longDate(s.resolution?.date)),
    'resolution.outcomes': fv(ticked(s.resolution?.outcomes ?? []), 2),
    'resolution.note': fv(s.resolution?.note),
    'resolution.next': s.nextTitle ? `If not resolved ${d.chairTitle} to progress to ${s.nextTitle}` : '',
    'resolution.progressed': fv(s.progressed ? `Not resolved: progressed to ${s.progressed.toTitle} on ${longDate(s.progressed.on)}.` : ''),
    copyLine: `Copy to: child’s case file${d.copyTo.length ? `; ${d.copyTo.join('; ')}` : ''}`,
  };
}
