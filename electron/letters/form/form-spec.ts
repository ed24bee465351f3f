import type { LetterData } from '../types';
import type { FormSpec } from './apply-controls';
import { EMPTY_RESPONSE, type ResponseValues } from './fields';

/** What a letter's returnable form carries: its identity, the outcomes, and the response if already recorded. */
export function formSpecOf(d: LetterData): FormSpec {
  const r = d.stage.response;
  let values: ResponseValues = EMPTY_RESPONSE;
  if (r) {
    // A recorded respondent is "name, role" when it came back from a form (see respondentOf in read-form).
    const [name, ...role] = r.respondent.split(', ');
    values = {
      what: r.what,
      who: r.who,
      byWhen: r.byWhen,
      outcomeKeys: d.form.outcomes.filter((o) => r.outcomes.includes(o.label)).map((o) => o.key),
      date: r.date,
      respondentName: name ?? '',
      respondentRole: role.join(', '),
    };
  }
  return { identity: { escalationId: d.form.escalationId, stageKey: d.stage.key, letterId: d.form.letterId || 'not-listed', caseId: d.child.caseId }, outcomes: d.form.outcomes, values };
}
