import { describe, expect, it } from 'vitest';
import { londonDateOf } from '../../../shared/calendar';
import { builtinProfiles } from '../../../shared/profile/builtin';
import { buildLetterData } from '../../../electron/letters/letter-data';
import { renderBuiltin } from '../../../electron/letters/builtin';
import { sampleLetters } from '../../../electron/letters/sample';
import { sampleLetterhead } from '../../../electron/letters/write-samples';
import { readZip } from '../../../electron/letters/zip';
import { parseXml, serializeXml } from '../../../electron/letters/form/ooxml-dom';
import { calendarOf, directory } from './letter-fixtures';

/*
 * Issue 31: "Letters back to their first speed … Build what is the same for every letter once per layout." A stage
 * form going out blank takes its response controls, protection and checksum text from the cached layout; the letter
 * must be the very document laying them out for that letter alone gives: every part, and the identity's checksums
 * (which a returned form is checked against).
 */
const normalised = (xml: string) => serializeXml(parseXml(xml, 'part'));

describe('a blank stage form from the cached layout', () => {
  const cases = builtinProfiles.flatMap((profile) =>
    sampleLetters(profile, calendarOf(profile))
      .filter((s) => s.document === 'stage-form')
      .map((s) => [`${profile.id}: ${s.name}`, profile, s] as const),
  );

  it('covers every built-in procedure with a stage form', () => {
    expect(new Set(cases.map(([, p]) => p.id)).size).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('%s is the same document as one laid out for itself', async (_name, profile, s) => {
    // Two children in turn: the second letter is filled from the layout the first one made.
    for (const [i, child] of [{ name: 'Ada Quill', caseId: 'LCS-200001' }, { name: "Rhys O'Neill & Co <x>", caseId: 'LCS-200002' }].entries()) {
      const detail = { ...s.detail, child: { ...s.detail.child, ...child } };
      const data = buildLetterData({ ...s, detail, profile, letterhead: sampleLetterhead(profile), directory, today: londonDateOf(new Date(s.detail.events.at(-1)!.at)), actorName: 'Sam Patel' });
      const cached = readZip(await renderBuiltin(data));
      const own = readZip(await renderBuiltin(data, { perLetter: true }));
      expect([...cached.keys()].sort(), `letter ${i}`).toEqual([...own.keys()].sort());
      for (const [part, bytes] of own) {
        const a = cached.get(part)!.toString('utf8');
        const b = bytes.toString('utf8');
        if (part.endsWith('.xml') || part.endsWith('.rels')) expect(normalised(a), `${part} of letter ${i}`).toBe(normalised(b));
        else expect(Buffer.compare(cached.get(part)!, bytes), part).toBe(0);
      }
      const identity = [...cached.entries()].find(([n, b]) => n.startsWith('customXml/item') && b.toString('utf8').includes('checksum'));
      expect(identity?.[1].toString('utf8')).toContain(child.caseId);
    }
  });
});
