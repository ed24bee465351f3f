import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createCalendar, londonDateOf } from '../../shared/calendar';
import type { Profile } from '../../shared/profile/schema';
import { renderLetter } from './render';
import { sampleLetters } from './sample';
import type { Letterhead } from './types';
import { safeFilePart } from './wording';

/** The letterhead used for samples when none is given: the profile's authority, the default marking. */
export function sampleLetterhead(profile: Profile): Letterhead {
  return { authorityName: profile.authority, logo: null, protectiveMarking: 'OFFICIAL-SENSITIVE' };
}

/** Writes one .docx per sample letter of a profile into `outDir`; returns the paths. */
export async function writeSampleLetters(profile: Profile, outDir: string, opts: { letterhead?: Letterhead; now?: Date } = {}): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const calendar = createCalendar({ region: profile.region, closureDays: profile.closureDays });
  const letterhead = opts.letterhead ?? sampleLetterhead(profile);
  const paths: string[] = [];
  for (const s of sampleLetters(profile, calendar)) {
    const { bytes } = await renderLetter({ ...s, profile, letterhead, directory: [], today: londonDateOf(opts.now ?? new Date(s.detail.events.at(-1)!.at)), actorName: 'Sam Patel' });
    const path = join(outDir, `${safeFilePart(`${profile.id} ${s.name}`)}.docx`);
    await writeFile(path, bytes);
    paths.push(path);
  }
  return paths;
}
