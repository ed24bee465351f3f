import type { LetterData } from '../types';
import { longDate } from '../wording';
import type { Shape } from './shape';
import { box, field, gap, heading, labelled, para, splitLine, type FileChild } from './blocks';
import { childDetails, fv, historyTable, ticked } from './common';
import { tok } from './tokens';

const closedAs: Record<NonNullable<LetterData['closure']>['status'], string> = {
  resolved: 'Resolved',
  withdrawn: 'Withdrawn',
  referred: 'Referred to Cafcass',
};

/**
 * The record of the final resolution. seeds/000: "A copy of the final resolution must be placed on the
 * child's case file and a copy sent to the Safeguarding Business Manager when the concern is raised and
 * when it is concluded."
 */
export function resolutionBody(shape: Shape): FileChild[] {
  return [
    heading('Resolution of Escalation of Concern', { level: 1, before: 0, after: 60 }),
    para(tok('res.for'), { italics: true, after: 200 }),
    splitLine(labelled('Concluded:', 'res.concluded'), labelled('At stage:', 'stage.title')),
    splitLine(labelled('From:', 'from'), labelled('To:', 'to')),
    childDetails(shape),
    gap(),
    box('Concern', [field('Category of concern:', 'concern.categories'), field('Summary:', 'concern.summaryField'), field('Impact on the Child:', 'concern.impact')]),
    gap(),
    heading('Escalation history', { before: 0 }),
    ...historyTable(shape.history),
    gap(),
    box('Resolution of Alert (recorded by ⟦chairTitle⟧)', [
      field('Date resolved:', 'res.date'),
      field('Outcome confirmed:', 'res.outcomes'),
      ...(shape.closureNote ? [field(tok('res.noteLabel'), 'res.note')] : []),
      ...(shape.response ? [field(tok('res.responseLabel'), 'res.response')] : []),
    ]),
    gap(),
    box('Distribution', [field('Placed on the child’s case file on:', 'res.blank'), ...Array.from({ length: shape.copies }, (_, i) => field(`Copy sent to the ${tok(`copy.${i}`)} on:`, 'res.blank'))]),
    para(tok('chairName'), { bold: true, before: 240, after: 0 }),
    para(tok('chairTitle')),
  ];
}

export function resolutionValues(d: LetterData): Record<string, string> {
  const c = d.closure;
  const s = d.stage;
  return {
    'res.for': `Record for the child’s case file${d.copyTo.length ? ` – copy for the ${d.copyTo.join(' and the ')}` : ''}`,
    'res.concluded': `${c ? closedAs[c.status] : 'Open'}${c?.on ? ` on ${longDate(c.on)}` : ''}`,
    'res.date': fv(longDate(s.resolution?.date ?? (c?.status === 'resolved' ? c.on : null))),
    'res.outcomes': fv(ticked(s.resolution?.outcomes ?? []), 2),
    'res.noteLabel': c?.status === 'withdrawn' ? 'Reason for withdrawing:' : 'Note:',
    'res.note': fv(c?.note),
    'res.responseLabel': s.response ? `Response from ${s.response.respondent}:` : '',
    'res.response': fv(s.response ? `${s.response.what}${s.response.who ? ` (${s.response.who})` : ''}` : ''),
    'res.blank': '\n',
    ...Object.fromEntries(d.copyTo.map((role, i) => [`copy.${i}`, role])),
  };
}
