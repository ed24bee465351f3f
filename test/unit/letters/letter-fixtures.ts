import { createCalendar, londonDateOf } from '../../../shared/calendar';
import { getBuiltinProfile } from '../../../shared/profile/builtin';
import type { Profile } from '../../../shared/profile/schema';
import type { LetterDocument } from '../../../shared/api/letters-contract';
import { renderLetter } from '../../../electron/letters/render';
import { sampleLetters, type SampleLetter } from '../../../electron/letters/sample';
import { sampleLetterhead } from '../../../electron/letters/write-samples';
import type { DirectoryPerson } from '../../../electron/letters/recipients';
import { readDocx } from './docx-reader';

export const profileOf = (id: string): Profile => getBuiltinProfile(id)!;
export const calendarOf = (p: Profile) => createCalendar({ region: p.region, closureDays: p.closureDays });

/** The sample letter of a profile by document and name ("stage-2 form", "informal" …). */
export function sample(profileId: string, document: LetterDocument, nameEnds: string): SampleLetter {
  const p = profileOf(profileId);
  const found = sampleLetters(p, calendarOf(p)).find((s) => s.document === document && s.name.endsWith(nameEnds));
  if (!found) throw new Error(`No ${document} sample "${nameEnds}" for ${profileId}`);
  return found;
}

export const directory: DirectoryPerson[] = [
  { name: 'Tom Barker', role: 'team-manager', email: 'tom.barker@example.gov.uk', team: 'Children in Care 2' },
  { name: 'Priya Shah', role: 'other', email: 'priya.shah@example.gov.uk', team: 'Children in Care 2' },
  { name: 'Sam Patel', role: 'chair', email: 'sam.patel@example.gov.uk', team: null },
  { name: 'Dana Okafor', role: 'service-manager', email: 'dana.okafor@example.gov.uk', team: 'Children in Care 2' },
];

/** Renders a sample letter and reads it back. */
export async function renderSample(profileId: string, s: SampleLetter, opts: { today?: string; dir?: DirectoryPerson[] } = {}) {
  const profile = profileOf(profileId);
  const today = opts.today ?? londonDateOf(s.detail.events.at(-1)!.at);
  const { data, bytes } = await renderLetter({ ...s, profile, letterhead: sampleLetterhead(profile), directory: opts.dir ?? directory, today, actorName: 'Sam Patel' });
  return { data, bytes, doc: await readDocx(bytes) };
}
