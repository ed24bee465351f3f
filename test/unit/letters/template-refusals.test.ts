import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { londonDateOf } from '../../../shared/calendar';
import { fillTemplate, inspectTemplate, TemplateError } from '../../../electron/letters/custom/fill-template';
import { buildLetterData } from '../../../electron/letters/letter-data';
import { sampleLetterhead } from '../../../electron/letters/write-samples';
import { directory, profileOf, sample } from './letter-fixtures';
import { readDocx } from './docx-reader';

/**
 * seeds: the forms go to managers outside the reviewing team. Issue 16: "Refuse a macro-enabled package
 * whatever its name, a package without word/document.xml, unknown placeholders, and repeating fields
 * outside a table row"; "a template's author and description never carry over".
 */

async function template(children: (Paragraph | Table)[], props: Record<string, string> = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ ...props, sections: [{ children }] })));
}

const plain = () => template([new Paragraph('Dear {{recipient.name}}, about {{child.name}}')]);

async function edit(data: Uint8Array, change: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  await change(zip);
  return zip.generateAsync({ type: 'uint8array' });
}

function letterData() {
  const s = sample('lcs-form', 'stage-form', 'stage-1 form');
  const profile = profileOf('lcs-form');
  return buildLetterData({ ...s, profile, letterhead: sampleLetterhead(profile), directory, today: londonDateOf(s.detail.events.at(-1)!.at), actorName: 'Sam Patel' });
}

describe('a team template that must be refused', () => {
  it('refuses a macro-enabled document renamed .docx, read from its content types', async () => {
    const docm = await edit(await plain(), async (zip) => {
      const types = await zip.file('[Content_Types].xml')!.async('string');
      zip.file('[Content_Types].xml', types.replace('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'application/vnd.ms-word.document.macroEnabled.main+xml'));
    });
    await expect(inspectTemplate(docm, 'renamed.docx')).rejects.toThrow(TemplateError);
    await expect(inspectTemplate(docm, 'renamed.docx')).rejects.toThrow(/^renamed\.docx is a macro-enabled document \(\.docm\), whatever its name says\. .* Save As → Word Document \(\.docx\)/);
  });

  it('refuses a package carrying a VBA project even when its content types claim a plain document', async () => {
    const withVba = await edit(await plain(), (zip) => void zip.file('word/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])));
    await expect(inspectTemplate(withVba, 'sneaky.docx')).rejects.toThrow(/sneaky\.docx is a macro-enabled document/);
  });

  it('refuses a package without word/document.xml, even when another part’s name mentions it', async () => {
    const noBody = await edit(await plain(), (zip) => void zip.remove('word/document.xml'));
    await expect(inspectTemplate(noBody, 'empty.docx')).rejects.toThrow(/^empty\.docx is not a Word document \(\.docx\) or it is damaged/);
  });

  it('refuses a file over the size limit before unpacking it', async () => {
    const big = new Uint8Array(3 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b]);
    await expect(inspectTemplate(big, 'big.docx')).rejects.toThrow(/^big\.docx is 3\.0 MB; a letter template may be at most 3\.0 MB/);
  });

  it('refuses repeating fields outside a table row, which would be printed as they are', async () => {
    const loose = await template([new Paragraph('Categories: {{categories.label}} {{ outcomes.mark }}'), new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('{{history.stage}}')] })] })] })]);
    await expect(inspectTemplate(loose, 'loose.docx')).rejects.toThrow(
      'In loose.docx, {{categories.label}}, {{outcomes.mark}} are outside a table row. A repeating field fills one table row per item: put it in a row of a table (the row is copied for each item) and upload the template again.',
    );
  });

  it('refuses a letter from a template with unknown placeholders', async () => {
    const typo = await template([new Paragraph('{{child.nmae}}')]);
    expect((await inspectTemplate(typo, 'typo.docx')).unknown).toEqual(['child.nmae']);
    await expect(fillTemplate(typo, 'typo.docx', letterData())).rejects.toThrow(/typo\.docx has placeholders the app does not know: \{\{child\.nmae\}\}/);
  });
});

describe('no letter carries a template’s document properties', () => {
  it('writes the letter’s own title, author and description, and drops the template’s company, custom properties and path', async () => {
    const leaky = await edit(
      await template([new Paragraph('{{child.name}}')], { creator: 'Jo Bloggs', lastModifiedBy: 'Jo Bloggs', description: 'Letter for LCS-999111 about Casey', keywords: 'LCS-999111', title: 'Casey Stage 2' }),
      async (zip) => {
        const app = await zip.file('docProps/app.xml')!.async('string');
        zip.file('docProps/app.xml', app.replace('</Properties>', '<Company>Old Team</Company><Manager>Pat Old</Manager></Properties>'));
        zip.file('docProps/custom.xml', '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property name="CaseId"><vt:lpwstr xmlns:vt="x">LCS-999111</vt:lpwstr></property></Properties>');
        const types = await zip.file('[Content_Types].xml')!.async('string');
        zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'));
        const rels = await zip.file('_rels/.rels')!.async('string');
        zip.file('_rels/.rels', rels.replace('</Relationships>', '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'));
        const settings = await zip.file('word/settings.xml')!.async('string');
        zip.file('word/settings.xml', settings.replace(/(<w:settings[^>]*>)/, '$1<w:attachedTemplate r:id="rId9"/>'));
      },
    );
    const data = letterData();
    const out = await readDocx(await fillTemplate(leaky, 'leaky.docx', data));
    expect(out.paragraphs).toContain('Alex Sample');
    const all = (await Promise.all(out.files.filter((f) => f.endsWith('.xml') || f.endsWith('.rels')).map((f) => out.part(f)))).join('\n');
    for (const leak of ['Jo Bloggs', 'LCS-999111', 'Casey', 'Old Team', 'Pat Old', 'attachedTemplate', 'custom.xml']) expect(all).not.toContain(leak);
    expect(out.files).not.toContain('docProps/custom.xml');
    const core = (await out.part('docProps/core.xml'))!;
    expect(core).toContain(`<dc:title>${data.documentTitle}</dc:title>`);
    expect(core).toContain('<dc:creator>Sam Patel</dc:creator>');
    expect(core).toContain(`<dc:description>${data.documentTitle} for SAMPLE-0001</dc:description>`);
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${data.date}T12:00:00Z</dcterms:created>`);
  });
});
