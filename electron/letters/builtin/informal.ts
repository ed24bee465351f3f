import { describeResponseTime } from '../../../shared/engine';
import type { LetterData } from '../types';
import { describeAddressee } from '../recipients';
import { longDate } from '../wording';
import type { Shape } from './shape';
import { box, field, gap, heading, labelled, para, splitLine, value, type FileChild } from './blocks';
import { childDetails } from './common';
import { tok } from './tokens';

/**
 * The informal escalation email/letter. seeds/001: "an email should be sent with the title 'Informal
 * Escalation of Concern' … This email should include: Description of the concerns and the impact on the
 * child; What action is required in response; Deadline for the response".
 */
export function informalBody(shape: Shape): FileChild[] {
  return [
    heading(tok('informal.title'), { level: 1, before: 0, after: 160 }),
    splitLine(labelled('To:', 'to'), labelled('Date:', 'date')),
    splitLine(labelled('From:', 'from'), labelled('Copy:', 'informal.cc')),
    childDetails(shape),
    gap(),
    box('Description of the concerns and the impact on the child', [field('Concern:', 'concern.categories'), value('concern.summary'), field('Impact on the child:', 'concern.impact')]),
    gap(),
    box('What action is required in response', [field('What:', 'action.what'), field('Who:', 'action.who'), field('By when:', 'action.byWhen')]),
    gap(),
    box('Deadline for the response', [para(tok('informal.deadline'), { bold: true })]),
    gap(),
    para(tok('informal.closing')),
    para('Kind regards,', { before: 200 }),
    para(tok('chairName'), { bold: true, after: 0 }),
    para(tok('chairTitle')),
  ];
}

/**
 * The informal letter's title: seeds/001 "an email should be sent with the title 'Informal Escalation of
 * Concern'"; Slough's stage is "Independent Chair Informal Challenge" (seeds/002), named after the colon.
 */
export function informalTitle(label: string): string {
  const named = /:\s*(.+)$/.exec(label)?.[1]?.trim();
  return named || 'Informal Escalation of Concern';
}

export function informalValues(d: LetterData): Record<string, string> {
  const s = d.stage;
  const a = d.concern.requestedAction;
  const deadline = s.dueDate ? longDate(s.dueDate) : a.byWhen ? longDate(a.byWhen) : '';
  const formal = s.nextTitle ? `the formal escalation process (${s.nextTitle})` : 'the formal escalation process';
  return {
    'informal.title': informalTitle(s.label),
    'informal.cc': d.cc.filter((c) => c !== d.from).map(describeAddressee).join('; ') || '—',
    'informal.deadline': deadline ? `Please respond by ${deadline}${s.dueDate && s.responseTime ? ` (within ${describeResponseTime(s.responseTime)})` : ''}.` : 'Please respond as soon as possible.',
    'informal.closing': `If the matter is not resolved by then, or in a timescale that meets ${d.child.name}’s needs, I will consider using ${formal}. I will place a case note on the child’s file recording this concern.`,
  };
}
