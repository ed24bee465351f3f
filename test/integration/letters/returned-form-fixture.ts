import { readFileSync } from 'node:fs';
import type { AppServices } from '../../../electron/app-services';
import { opId } from '../../support/tracker-fixture';
import { fillLikeWord365, type WordAnswers } from '../../support/fill-form-word';
import { call } from './letters-fixture';

/** The manager's answers used across the returned-form tests (a name with non-ASCII letters on purpose). */
export const answers = {
  what: 'Permanence planning meeting booked for 10 March;\nthe placement plan is being updated.',
  who: 'Zoë O’Brien, social worker',
  byWhen: '2025-03-10',
  byWhenText: 'Monday 10 March 2025',
  date: '2025-03-03',
  dateText: 'Monday 3 March 2025',
  respondentName: 'Tom Barker',
  respondentRole: 'Team Manager',
  outcomeKeys: ['permanence-on-track', 'plan-on-track'],
} satisfies WordAnswers;

/** The stage form as the app sends it (letters.generate), and its bytes. */
export async function sentForm(s: AppServices, escalationId: string) {
  const r = await call(s, 'letters.generate', { escalationId, document: 'stage-form', opId: opId() });
  return { letter: r.letter, bytes: readFileSync(r.letter.path) };
}

export const filledByWord = (bytes: Uint8Array, a: WordAnswers = answers, alsoEdit?: (xml: string) => string) => fillLikeWord365(bytes, a, { alsoEdit });

export const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
