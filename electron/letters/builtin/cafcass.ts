import type { LetterData } from '../types';
import { longDate } from '../wording';
import type { Shape } from './shape';
import { box, field, gap, heading, labelled, para, splitLine, value, type FileChild } from './blocks';
import { childDetails, fv, historyTable } from './common';
import { requestedActionBox } from './stage-form';
import { tok } from './tokens';

/**
 * The summary sent with a referral to Cafcass. seeds/001: "The IRO has the power to refer the matter to
 * Cafcass at any point in the dispute resolution process (regulation 45) and may consider it necessary to
 * make a concurrent referral". It gathers what Cafcass needs: the child, the concern, each stage and its
 * response, and the reason for referral.
 */
export function cafcassBody(shape: Shape): FileChild[] {
  return [
    heading('Referral to Cafcass', { level: 1, before: 0, after: 60 }),
    para('Summary of the dispute resolution process (IRO Handbook; regulation 45)', { italics: true, after: 200 }),
    splitLine(labelled('Date of referral:', 'caf.referredOn'), labelled('Alongside the local process:', 'caf.concurrent')),
    splitLine(labelled('From:', 'from'), labelled('To:', 'to')),
    childDetails(shape),
    para(tok('caf.procedure'), { size: 18, before: 80 }),
    gap(),
    box('Reason for referral', [value('caf.note')]),
    gap(),
    box('Concern', [field('Category of concern:', 'concern.categories'), field('Summary:', 'concern.summaryField'), field('Impact on the Child:', 'concern.impact')]),
    gap(),
    ...requestedActionBox(),
    box('Expected Outcome for the Child', [value('outcomes.expected')]),
    gap(),
    heading('Stages of the dispute resolution process', { before: 0 }),
    ...historyTable(shape.history),
    gap(),
    box('Current position', [field('Status:', 'caf.status'), field('Current stage:', 'caf.current')]),
    para(tok('chairName'), { bold: true, before: 240, after: 0 }),
    para(tok('chairTitle')),
  ];
}

export function cafcassValues(d: LetterData): Record<string, string> {
  const ref = d.cafcass;
  const current = d.history.at(-1);
  return {
    'caf.referredOn': longDate(ref.referredOn) || 'Not yet referred',
    'caf.concurrent': ref.referredOn ? (ref.concurrent ? 'Yes' : 'No') : '',
    'caf.procedure': `Cohort: ${d.cohortLabel}. Procedure: ${d.profile.name} (${d.profile.authority}).`,
    'caf.note': ref.note || '\n\n',
    'caf.status': fv(d.closure ? d.closure.status : 'Open'),
    'caf.current': fv(current ? `${current.title} – ${current.recipientRole}` : ''),
  };
}
