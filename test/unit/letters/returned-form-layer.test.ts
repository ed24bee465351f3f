import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';
import { londonDateOf } from '../../../shared/calendar';
import { fillTemplate } from '../../../electron/letters/custom/fill-template';
import { buildLetterData } from '../../../electron/letters/letter-data';
import { readForm } from '../../../electron/letters/form/read-form';
import { parseTypedDate } from '../../../electron/letters/form/typed-date';
import { sampleLetterhead } from '../../../electron/letters/write-samples';
import { fillLikeWord365 } from '../../support/fill-form-word';
import { directory, profileOf, renderSample, sample } from './letter-fixtures';

// The issue: "Every stage form (built-in, and team templates through a placeholder kind) carries the
// manager's response fields as Word content controls, each tagged with a stable key".

const sdtOf = (xml: string, tag: string) => [...xml.matchAll(/<w:sdt>(?:(?!<\/w:sdt>).)*?<\/w:sdt>/gs)].map((m) => m[0]).find((s) => s.includes(`<w:tag w:val="${tag}"/>`));

describe('the returnable stage form (OOXML)', () => {
  it('writes tagged text, date and check-box controls, each showing its placeholder until filled', async () => {
    const { bytes } = await renderSample('lcs-form', sample('lcs-form', 'stage-form', 'stage-1 form'));
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const tag of ['et:what', 'et:who', 'et:respondentName', 'et:respondentRole']) expect(sdtOf(xml, tag), tag).toMatch(/<w:showingPlcHdr\/><w:text/);
    expect(sdtOf(xml, 'et:what')).toContain('<w:text w:multiLine="1"/>');
    for (const tag of ['et:byWhen', 'et:date']) expect(sdtOf(xml, tag), tag).toMatch(/<w:showingPlcHdr\/><w:date><w:dateFormat w:val="dddd d MMMM yyyy"\/><w:lid w:val="en-GB"\/>/);
    for (const o of profileOf('lcs-form').outcomes) expect(sdtOf(xml, `et:outcome:${o.key}`), o.key).toContain('<w14:checked w14:val="0"/>');
  });

  it('carries its identity in a custom XML part and restricts editing to the fields (no password)', async () => {
    const s = sample('lcs-form', 'stage-form', 'stage-1 form');
    const { bytes } = await renderSample('lcs-form', s);
    const zip = await JSZip.loadAsync(bytes);
    const item = await zip.file('customXml/item1.xml')!.async('string');
    expect(item).toContain(`<et:escalationId>${s.detail.row.id}</et:escalationId><et:stageKey>stage-1</et:stageKey>`);
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain('Target="../customXml/item1.xml"');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('PartName="/customXml/itemProps1.xml"');
    const settings = await zip.file('word/settings.xml')!.async('string');
    expect(settings).toContain('<w:documentProtection w:edit="forms" w:enforcement="1"/>');
    expect(settings).not.toContain('w:hash');
    expect(readForm(bytes).identity).toMatchObject({ escalationId: s.detail.row.id, stageKey: 'stage-1', caseId: 'SAMPLE-0001' });
  });

  it('reads back what Word 365 saved in the controls, with line breaks and the picked dates', async () => {
    const { bytes } = await renderSample('lcs-form', sample('lcs-form', 'stage-form', 'stage-1 form'));
    const filled = await fillLikeWord365(bytes, { what: 'Line one\nLine two', who: 'Zoë O’Brien', byWhen: '2025-03-10', byWhenText: 'Monday 10 March 2025', date: '2025-03-04', respondentName: 'Tom Barker', respondentRole: 'Team Manager', outcomeKeys: ['visits-on-track'] });
    const r = readForm(filled);
    expect(r.via).toBe('controls');
    expect(r.editedOutside).toBe(false);
    expect(r.blank).toEqual([]);
    expect(r.fields).toMatchObject({ what: 'Line one\nLine two', who: 'Zoë O’Brien', byWhen: '2025-03-10', date: '2025-03-04', respondentName: 'Tom Barker', respondentRole: 'Team Manager', outcomeKeys: ['visits-on-track'] });
  });

  it('gives a team template’s {{form.*}} placeholders the same tagged controls', async () => {
    const template = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Child: {{child.name}}'), new Paragraph('Your answer: {{form.what}}'), new Paragraph('Date: {{form.date}}'), new Paragraph('Name: {{form.respondentName}}')] }] }));
    const s = sample('lcs-form', 'stage-form', 'stage-1 form');
    const profile = profileOf('lcs-form');
    const data = buildLetterData({ ...s, profile, letterhead: sampleLetterhead(profile), directory, today: londonDateOf(s.detail.events.at(-1)!.at), actorName: 'Sam Patel', letterId: 'letter-1' });
    const out = await fillTemplate(new Uint8Array(template), 'team.docx', data);
    const xml = await (await JSZip.loadAsync(out)).file('word/document.xml')!.async('string');
    expect(sdtOf(xml, 'et:what')).toContain('<w:showingPlcHdr/>');
    expect(xml).not.toContain('⟪form:');
    const filled = readForm(await fillLikeWord365(out, { what: 'Done', date: '2025-03-04', respondentName: 'Tom Barker' }));
    expect(filled.identity).toMatchObject({ letterId: 'letter-1', stageKey: s.detail.state.currentStageKey });
    expect(filled.fields).toMatchObject({ what: 'Done', date: '2025-03-04', respondentName: 'Tom Barker' });
    expect(filled.editedOutside).toBe(false);
  });

  it('reads dates typed by hand on a form that lost its date picker', () => {
    expect(['Monday 10 March 2025', '10 March 2025', '10th Mar 2025', '10/03/2025', '10/3/25', '2025-03-10'].map(parseTypedDate)).toEqual(Array(6).fill('2025-03-10'));
    expect(['31/02/2025', 'next week', '03/13/2025'].map(parseTypedDate)).toEqual([null, null, null]);
  });
});
