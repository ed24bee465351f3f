import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { formatLongDate, londonDateOf } from '../../../shared/calendar';
import { fillTemplate, inspectTemplate, TemplateError } from '../../../electron/letters/custom/fill-template';
import { buildLetterData } from '../../../electron/letters/letter-data';
import { sampleLetterhead } from '../../../electron/letters/write-samples';
import { directory, profileOf, sample } from './letter-fixtures';
import { readDocx } from './docx-reader';

/** A team's template as Word might save it: a placeholder split over two runs, and a repeating table row. */
async function teamTemplate(extra = ''): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('Child: {{child.'), new TextRun({ text: 'name}}', bold: true })] }),
          new Paragraph(`Case {{child.caseId}}, {{stage.label}} due {{ stage.dueDate }}${extra}`),
          new Paragraph('{{concern.summary}}'),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Category')] }), new TableCell({ children: [new Paragraph('Chosen')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('{{categories.label}}')] }), new TableCell({ children: [new Paragraph('{{categories.mark}}')] })] }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function letterData() {
  const s = sample('lcs-form', 'stage-form', 'stage-2 form');
  const profile = profileOf('lcs-form');
  return { s, data: buildLetterData({ ...s, profile, letterhead: sampleLetterhead(profile), directory, today: londonDateOf(s.detail.events.at(-1)!.at), actorName: 'Sam Patel' }) };
}

describe('a team’s own Word template', () => {
  it('lists its placeholders, including ones Word split across runs and the repeating row’s fields', async () => {
    const check = await inspectTemplate(await teamTemplate(), 'ours.docx');
    expect(check.placeholders).toEqual(['categories.label', 'categories.mark', 'child.caseId', 'child.name', 'concern.summary', 'stage.dueDate', 'stage.label']);
    expect(check.unknown).toEqual([]);
  });

  it('is filled: split placeholders, the stage and due date, and one table row per category with its box', async () => {
    const { s, data } = letterData();
    const doc = await readDocx(await fillTemplate(await teamTemplate(), 'ours.docx', data));
    expect(doc.text).toContain('Child: Alex Sample');
    const due = s.detail.state.stages.find((x) => x.key === 'stage-2')!.clock!.dueDate!;
    expect(doc.text).toContain(`Case SAMPLE-0001, Stage 2 due ${formatLongDate(due)}`);
    expect(doc.text).toContain(s.detail.state.concern.summary.split('\n')[0]);
    expect(doc.xml).not.toContain('{{');
    const profile = profileOf('lcs-form');
    const chosen = new Set(s.detail.state.concern.categoryKeys);
    const rows = profile.categories.map((c) => [c.label, chosen.has(c.key) ? '☒' : '☐']);
    const cells = doc.paragraphs.slice(doc.paragraphs.indexOf('Chosen') + 1);
    expect(cells.slice(0, rows.length * 2)).toEqual(rows.flat());
  });

  it('reports a placeholder it does not know and will not be used until it is corrected', async () => {
    const template = await teamTemplate(' {{chld.name}}');
    const check = await inspectTemplate(template, 'typo.docx');
    expect(check.unknown).toEqual(['chld.name']);
    const { data } = letterData();
    await expect(fillTemplate(template, 'typo.docx', data)).rejects.toThrow(/typo\.docx has placeholders the app does not know: \{\{chld\.name\}\}/);
  });

  it('refuses a corrupt upload with a sentence saying what to do', async () => {
    await expect(inspectTemplate(new Uint8Array(Buffer.from('this is not a Word document at all')), 'broken.docx')).rejects.toThrow(TemplateError);
    await expect(inspectTemplate(new Uint8Array(Buffer.from('this is not a Word document at all')), 'broken.docx')).rejects.toThrow(/broken\.docx is not a Word document \(\.docx\) or it is damaged\. Open it in Word/);
    const zip = new JSZip();
    zip.file('notes.txt', 'hello');
    await expect(inspectTemplate(await zip.generateAsync({ type: 'uint8array' }), 'notes.docx')).rejects.toThrow(/notes\.docx is not a Word document/);
    const truncated = (await teamTemplate()).slice(0, 2000);
    await expect(inspectTemplate(truncated, 'cut.docx')).rejects.toThrow(/cut\.docx is not a Word document/);
  });
});
