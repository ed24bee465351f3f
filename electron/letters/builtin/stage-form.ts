import { TextRun } from 'docx';
import type { LetterData } from '../types';
import { longDate, resolutionHeading, responseHeading } from '../wording';
import type { Shape } from './shape';
import { box, field, gap, labelled, para, splitLine, tickTable, value, type FileChild } from './blocks';
import { childDetails, fv, ticked } from './common';
import { tok } from './tokens';
import { formMarkerValues, RESPONSE_FIELDS } from '../form/fields';

/**
 * The stage escalation form, laid out as seeds/000 "The Escalation of Concern (including Dispute Resolution)
 * Form": title and date of alert, from/to, response time, child details, categories of concern, summary,
 * impact, requested action, expected outcomes, the manager's response and the resolution.
 */

export const FORM_TITLE = 'The Escalation of Concern (including Dispute Resolution) Form';

/** seeds/000's opening sentence, with the profile's copy-to roles in place of the Safeguarding Business Manager. */
export function formIntro(d: LetterData): string {
  const copies = d.copyTo.length ? ` and a copy sent to the ${d.copyTo.join(' and the ')} when the concern is raised and when it is concluded` : '';
  return `This must be used to record a formal concern of the IRO or CP Chair & the response at each stage. A copy of the final resolution must be placed on the child’s case file${copies}.`;
}

/** "(As specified within IRO Handbook)" on the forms that use the Handbook's list; otherwise the procedure's name. */
function categoriesSource(d: LetterData): string {
  return d.profile.id === 'lcs-form' || d.profile.id === 'iro-handbook' ? 'IRO Handbook' : d.profile.name;
}

export const requestedActionBox = (): FileChild[] => [box('Requested Action', [field('What:', 'action.what'), field('Who:', 'action.who'), field('By When:', 'action.byWhen')]), gap()];

export function outcomesList(shape: Shape): FileChild[] {
  if (shape.outcomes === 0) return [box('Expected Outcome for the Child', [value('outcomes.expected')]), gap()];
  return [tickTable('Expected Outcome for the Child', 'Tick', 'out', shape.outcomes), gap()];
}

function summaryBox(shape: Shape): FileChild[] {
  if (!shape.entry) return [box('Brief Summary of Concern(s)', [value('concern.summary'), field('Impact on the Child:', 'concern.impact')]), gap()];
  return [
    box('Brief Summary of concern(s) remaining from ⟦entry.from⟧:', [
      value('entry.remaining'),
      ...(shape.actionsTaken ? [field('Actions previously taken:', 'entry.actionsTaken')] : []),
      ...(shape.bypass ? [field('Stages bypassed – reason:', 'entry.bypass')] : []),
      ...(shape.original ? [field('Original concern:', 'concern.summaryField')] : []),
      field('Impact on the Child:', 'concern.impact'),
    ]),
    gap(),
  ];
}

function responseBox(shape: Shape): FileChild[] {
  return [
    box(tok('response.heading'), [
      ...Array.from({ length: shape.meetings }, (_, i) => value(`meeting.${i}`)),
      // The manager's fields are content controls read back when the form returns (electron/letters/form).
      ...RESPONSE_FIELDS.map((f) => field(f.label, `form.${f.key}`)),
    ]),
    gap(),
  ];
}

function resolutionBox(shape: Shape): FileChild[] {
  return [
    box(tok('resolution.heading'), [
      field('Date resolved:', 'resolution.date'),
      field('Outcome confirmed: (use list)', 'resolution.outcomes'),
      ...(shape.resolutionNote ? [field('Note:', 'resolution.note')] : []),
      ...(shape.next ? [para(tok('resolution.next'), { bold: true, before: 120 }), field('Date:', 'resolution.progressed')] : []),
    ]),
  ];
}

export function stageFormBody(shape: Shape): FileChild[] {
  return [
    para(FORM_TITLE, { bold: true, size: 28, after: 120 }),
    para(tok('form.intro'), { italics: true, size: 20, after: 200 }),
    splitLine([new TextRun({ text: `Formal Escalation of Concern – ${tok('stage.title')}`, bold: true, size: 26 })], labelled('Date of Alert:', 'stage.dateOfAlert')),
    splitLine(labelled('From:', 'from'), labelled('To:', 'to')),
    para(tok('stage.responseLine'), { bold: true, after: 160 }),
    childDetails(shape),
    gap(),
    tickTable(`Category of Concern: (As specified within ${tok('categories.source')})`, 'X theme/s', 'cat', shape.categories),
    gap(),
    ...summaryBox(shape),
    ...requestedActionBox(),
    ...outcomesList(shape),
    ...responseBox(shape),
    ...resolutionBox(shape),
    para(tok('copyLine'), { size: 18, before: 160 }),
  ];
}

export function stageFormValues(d: LetterData): Record<string, string> {
  const s = d.stage;
  const e = s.entry;
  return {
    'form.intro': formIntro(d),
    'categories.source': categoriesSource(d),
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
