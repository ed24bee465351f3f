import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { letterFileName } from '../../../electron/letters/file-names';
import { stageFileLabel } from '../../../electron/letters/wording';
import { renderLetter } from '../../../electron/letters/render';
import { sampleLetterhead } from '../../../electron/letters/write-samples';
import { directory, profileOf, renderSample, sample } from './letter-fixtures';

/** Each authority's forms as its seed names and words them, and the Word accessibility every letter has. */

describe('letters per authority', () => {
  it('Rutland’s forms are titled after its appendices (seeds/004: "Appendix 2: IRO Stage 1 Escalation Form")', async () => {
    const { doc, data } = await renderSample('rutland', sample('rutland', 'stage-form', 'stage-2 form'));
    expect(doc.paragraphs[0]).toBe('IRO Stage 2 Escalation Form');
    expect((await doc.part('docProps/core.xml'))!).toContain('<dc:title>IRO Stage 2 Escalation Form</dc:title>');
    expect(data.profile.id).toBe('rutland');
  });

  it('Slough’s informal letter is the "Independent Chair Informal Challenge" (seeds/002)', async () => {
    const { doc } = await renderSample('slough', sample('slough', 'informal', 'informal'));
    expect(doc.paragraphs[0]).toBe('Independent Chair Informal Challenge');
  });

  it('Haringey’s informal letters keep the seed’s title, and their file names do not say "Informal Informal"', async () => {
    const s = sample('haringey', 'informal', 'informal');
    const { doc, data } = await renderSample('haringey', s);
    expect(doc.paragraphs[0]).toBe('Informal Escalation of Concern');
    const name = letterFileName('2025-03-03', 'SAMPLE-0001', stageFileLabel(data.stage.label, data.stage.number, data.stage.kind), data.documentTitle);
    expect(name).toBe('2025-03-03 SAMPLE-0001 Informal escalation email.docx');
  });

  it('Devon’s form shows the 20-working-day limit and the same-day notice (seeds/003)', async () => {
    const { doc } = await renderSample('devon', sample('devon', 'stage-form', 'stage-1 form'));
    // seeds/003: "In all escalations, a resolution should be achieved within 20 working days or a timescale that protects the child from harm"
    expect(doc.paragraphs.some((p) => /^A resolution should be achieved within 20 working days of the first formal stage – by \w+day \d+ \w+ 2025, or in a timescale that protects the child from harm/.test(p))).toBe(true);
    // seeds/003: "The Reviewing Officer will notify the person to whom the escalation is referred by phone and email the same day as the escalation is raised."
    expect(doc.paragraphs).toContain('The Reviewing Officer will notify the person to whom the escalation is referred by phone and email the same day as the escalation is raised.');
  });

  it('a profile with no outcome list prints no empty outcome box', async () => {
    expect(profileOf('devon').outcomes).toEqual([]);
    const { doc } = await renderSample('devon', sample('devon', 'stage-form', 'stage-1 form'));
    expect(doc.paragraphs).not.toContain('Expected Outcome for the Child');
    expect(doc.paragraphs.some((p) => p.includes('(use list'))).toBe(false);
  });

  it('after an extension the form says so and gives the new deadline as the end of a working day, not "00:00 on Saturday"', async () => {
    const s = sample('devon', 'stage-form', 'stage-1 form extended');
    const { doc, data } = await renderSample('devon', s);
    const line = doc.paragraphs.find((p) => p.startsWith('Response expected within'))!;
    expect(data.urgency).toBe('RED. High or Immediate Risk');
    expect(line).toMatch(/^Response expected within 24 hours; extended on \w+day \d+ March 2025 \(The team manager is on leave until Thursday\) – now by the end of \w+day \d+ March 2025 \(it was \w+day \d+ March 2025\)$/);
    expect(line).not.toContain('00:00');
  });
});

describe('accessible Word in every built-in letter', () => {
  it('uses real Heading styles, en-GB, header rows on data tables and a logo named after the authority', async () => {
    const s = sample('lcs-form', 'stage-form', 'stage-2 form');
    const profile = profileOf('lcs-form');
    const png = readFileSync(resolve(import.meta.dirname, '../../../build/icon.png'));
    const letterhead = { ...sampleLetterhead(profile), logo: { data: new Uint8Array(png), type: 'png' as const, width: 256, height: 256 } };
    const { bytes } = await renderLetter({ ...s, profile, letterhead, directory, today: '2025-03-10', actorName: 'Sam Patel' });
    const { readDocx } = await import('./docx-reader');
    const doc = await readDocx(bytes);
    expect(doc.xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(doc.xml).toMatch(/<w:pStyle w:val="Heading3"\/>/);
    expect((await doc.part('word/styles.xml'))!).toMatch(/<w:lang w:val="en-GB"\/>/);
    const header = (await doc.part('word/header1.xml')) ?? '';
    const headers = (await Promise.all(doc.files.filter((f) => /^word\/header\d*\.xml$/.test(f)).map((f) => doc.part(f)))).join('') + header;
    expect(headers).toContain(`descr="Logo of ${profile.authority}"`);
    const grids = [...doc.xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((t) => t[1]!).filter((t) => t.includes('w:shd'));
    expect(grids.length).toBeGreaterThan(0);
    for (const t of grids) expect(/<w:tr>(?:(?!<\/w:tr>).)*?<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>/s.test(t)).toBe(true);
  });
});
