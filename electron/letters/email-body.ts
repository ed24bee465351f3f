import type { LetterData } from './types';
import { longDate } from './wording';
import { dueText } from '../../shared/engine/due-text';

/** The text of the email draft that carries a letter: short, addressed, and saying what is expected by when. */
export function emailBody(data: LetterData): string {
  const hello = `Dear ${data.to.name || data.to.role},`;
  const child = `${data.child.name} (${data.child.caseId})`;
  const s = data.stage;
  const sign = ['', 'Kind regards,', '', data.from.name, data.chairTitle].join('\n');
  let body: string[];
  switch (data.document) {
    case 'informal': {
      const a = data.concern.requestedAction;
      body = [
        `I am raising an informal escalation of concern about ${child}.`,
        '',
        'Description of the concerns and the impact on the child:',
        data.concern.summary,
        data.concern.impactOnChild,
        '',
        'What action is required in response:',
        `${a.what}${a.who ? ` (${a.who})` : ''}${a.byWhen ? `, by ${longDate(a.byWhen)}` : ''}`,
        '',
        `Deadline for the response: ${dueText({ dueDate: s.dueDate, dueAt: s.dueAt, responseTime: s.responseTime }) ?? (s.dueDate ? longDate(s.dueDate) : 'as soon as possible')}.`,
        '',
        'The same details are in the attached letter.',
      ];
      break;
    }
    case 'stage-form':
    case 'custom':
      body = [
        `Please find attached the Formal Escalation of Concern – ${s.title} for ${child}.`,
        '',
        `${s.responseLine}.`,
        s.kind === 'meeting' ? 'Please confirm the meeting date.' : 'Please complete the response section of the form and return it to me.',
      ];
      break;
    case 'meeting-statement':
      body = [`Please find attached my written statement of the alert for the ${s.title} meeting about ${child}.`, '', `${s.responseLine}.`];
      break;
    case 'resolution':
      body = [`Please find attached the record of the resolution of the escalation of concern for ${child}, for the child’s case file.`];
      break;
    case 'cafcass':
      body = [`Please find attached a summary of the dispute resolution process for ${child}, with my referral to Cafcass.`];
      break;
    default: {
      const unreachable: never = data.document;
      body = [String(unreachable)];
    }
  }
  return [hello, '', ...body, sign].join('\n');
}
