import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createCalendar, londonDateOf } from '../shared/calendar';
import { getBuiltinProfile } from '../shared/profile/builtin';
import { renderLetter } from '../electron/letters/render';
import { sampleLetters } from '../electron/letters/sample';
import { sampleLetterhead } from '../electron/letters/write-samples';

/**
 * Letter generation benchmark: `letters` stage forms (the commonest letter, and the longest) for different
 * children, every stage of the LCS form, rendered to .docx bytes in memory one after another; the median
 * time per letter. The first letter of each layout is laid out by docx (tens of milliseconds); the rest
 * refill that layout. Files are not written: saving is the file server's time, not ours. The lead's
 * benchmark command imports benchLetters().
 */
export async function benchLetters(countOrOpts: number | { letters?: number; profileId?: string } = 1000): Promise<{ letterMedianMs: number; letters: number }> {
  const opts = typeof countOrOpts === 'number' ? { letters: countOrOpts } : countOrOpts;
  const count = opts.letters ?? 1000;
  const profile = getBuiltinProfile(opts.profileId ?? 'lcs-form')!;
  const calendar = createCalendar({ region: profile.region, closureDays: profile.closureDays });
  const samples = sampleLetters(profile, calendar).filter((s) => s.document === 'stage-form');
  const letterhead = sampleLetterhead(profile);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const base = samples[i % samples.length]!;
    // Each letter is for a different child: only the layout is shared between letters, never the words.
    const s = { ...base, detail: { ...base.detail, child: { ...base.detail.child, name: `Child ${i}`, caseId: `LCS-${100000 + i}` } } };
    const started = performance.now();
    const { bytes } = await renderLetter({ ...s, profile, letterhead, directory: [], today: londonDateOf(new Date(s.detail.events.at(-1)!.at)), actorName: 'Sam Patel' });
    times.push(performance.now() - started);
    if (bytes.length < 1000) throw new Error('A letter came out empty');
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const letterMedianMs = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return { letterMedianMs: Math.round(letterMedianMs * 100) / 100, letters: count };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchLetters(Number(process.argv[2] ?? 1000)).then((r) => console.log(JSON.stringify(r)));
}
