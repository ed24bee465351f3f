import type { LetterData } from '../types';
import type { Shape } from './shape';
import { box, field, gap, heading, labelled, para, splitLine, type FileChild } from './blocks';
import { childDetails, fv, historyTable } from './common';
import { tok } from './tokens';

/**
 * The chair's written statement for a meeting stage. seeds/004 (Rutland stage 4): "The Independent Chair will
 * not attend the meeting, but is required to provide a written statement of the alert (using Appendix 5) and
 * detailing the action required to prevent the matter progressing to the next dispute resolution stage".
 */
export function meetingStatementBody(shape: Shape): FileChild[] {
  return [
    heading(`Written statement of the alert – ${tok('stage.title')}`, { level: 1, before: 0, after: 200 }),
    splitLine(labelled('Date of Alert:', 'stage.dateOfAlert'), labelled('Date:', 'date')),
    splitLine(labelled('From:', 'from'), labelled('To:', 'meet.to')),
    para(tok('stage.responseLine'), { bold: true, after: 160 }),
    childDetails(shape),
    gap(),
    box('The alert', [
      field('Category of concern:', 'concern.categories'),
      field('Summary of concern:', 'concern.summaryField'),
      field('Impact on the Child:', 'concern.impact'),
      ...(shape.concernsRemaining ? [field(tok('meet.remainingLabel'), 'meet.remaining')] : []),
      ...(shape.actionsTaken ? [field('Actions taken so far:', 'meet.actionsTaken')] : []),
    ]),
    gap(),
    heading('Responses at earlier stages', { before: 0 }),
    ...historyTable(shape.historyBefore),
    gap(),
    box(tok('meet.actionTitle'), [field('What:', 'action.what'), field('Who:', 'action.who'), field('By When:', 'action.byWhen'), field('Expected Outcome for the Child:', 'outcomes.expected')]),
    gap(),
    box('Outcome of the meeting (for the meeting’s minute-taker)', [field('Date held:', 'meet.blank'), field('Decisions and actions:', 'meet.blank3')]),
    para(tok('chairName'), { bold: true, before: 240, after: 0 }),
    para(tok('chairTitle')),
  ];
}

export function meetingStatementValues(d: LetterData): Record<string, string> {
  const s = d.stage;
  const next = s.nextTitle ? `the next dispute resolution stage (${s.nextTitle})` : 'any further action';
  return {
    'meet.to': `${d.to.name ? `${d.to.name}, ` : ''}${d.to.role} (chair of the meeting)`,
    'meet.remainingLabel': `Concerns remaining from ${s.entry?.fromTitle ?? 'the previous stage'}:`,
    'meet.remaining': fv(s.entry?.concernsRemaining),
    'meet.actionsTaken': fv(s.entry?.actionsTaken),
    'meet.actionTitle': `Action required to prevent the matter progressing to ${next}`,
    'meet.blank': '\n',
    'meet.blank3': '\n\n\n',
  };
}
