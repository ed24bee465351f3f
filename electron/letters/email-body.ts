import type { LetterData } from './types';
import { longDate } from './wording';
import { dueText } from '../../shared/engine/due-text';

/**
 * What the procedure asks the email to carry, in its order (the profile's `email.includes`). Haringey (seeds/001):
 * "summarised in an email which must include: Description of the concerns and the impact on the child; What
 * action is required in response; Deadline for the response" and "key theme(s) & required outcome for the child".
 */
function concernLines(data: LetterData): string[] {
  const themes = data.categories.filter((c) => c.checked).map((c) => c.label);
  if (data.otherCategory) themes.push(data.otherCategory);
  const outcomes = data.outcomes.filter((o) => o.checked).map((o) => o.label);
  if (data.otherOutcome) outcomes.push(data.otherOutcome);
  const list = (items: string[]) => items.map((i) => `- ${i}`);
  const a = data.concern.requestedAction;
  const lines: string[] = [];
  for (const part of data.emailIncludes) {
    switch (part) {
      case 'summary':
        lines.push('Summary of the concern:', data.stage.entry?.concernsRemaining || data.concern.summary, '');
        break;
      case 'impact':
        lines.push('Impact on the child:', data.concern.impactOnChild, '');
        break;
      case 'themes':
        if (themes.length) lines.push('Key theme(s):', ...list(themes), '');
        break;
      case 'action':
        lines.push('Action required in response:', `${a.what}${a.who ? ` (${a.who})` : ''}${a.byWhen ? `, by ${longDate(a.byWhen)}` : ''}`, '');
        break;
      case 'outcome':
        // A procedure with no outcome list (Haringey) still asks for the required outcome: the chair's own words, else the action asked for.
        if (outcomes.length) lines.push('Required outcome for the child:', ...list(outcomes), '');
        else lines.push('Required outcome for the child:', a.what, '');
        break;
      case 'deadline':
        lines.push(`${data.stage.responseLine}.`);
        break;
      default: {
        const unreachable: never = part;
        lines.push(String(unreachable));
      }
    }
  }
  return lines;
}

/** The email's subject: the protective marking first (e.g. "OFFICIAL-SENSITIVE: …"), as government email is marked. */
export function emailSubject(data: LetterData): string {
  const marking = data.letterhead.protectiveMarking.trim();
  return marking ? `${marking}: ${data.subject}` : data.subject;
}

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
        ...concernLines(data),
        s.kind === 'meeting' ? 'Please confirm the meeting date.' : 'Please complete the response section of the form (the grey fields) and return it to me by reply, attached as it is.',
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
