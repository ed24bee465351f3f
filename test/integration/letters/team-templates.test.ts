import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { opId } from '../../support/tracker-fixture';
import { readDocx } from '../../unit/letters/docx-reader';
import { call, failure, lcsEscalation } from './letters-fixture';

async function template(lines: string[], withCategories = false): Promise<string> {
  const rows = withCategories ? [new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('{{categories.mark}} {{categories.label}}')] })] })] })] : [];
  return (await Packer.toBuffer(new Document({ sections: [{ children: [...lines.map((l) => new Paragraph(l)), ...rows] }] }))).toString('base64');
}

describe('Settings → Templates: the team’s own Word templates', () => {
  it('keeps an uploaded template beside the tracker and uses it instead of the built-in form', async () => {
    const { s, raised, child } = await lcsEscalation();
    const info = await call(s, 'letters.templates.import', {
      fileName: 'Our stage form.docx',
      base64: await template(['Dear {{recipient.name}}', '{{child.name}} ({{child.caseId}}): {{stage.label}} due {{stage.dueDate}}'], true),
      name: 'Our stage form',
      document: 'stage-form',
      opId: opId(),
    });
    expect(info).toMatchObject({ fileName: 'Our stage form.docx', unknown: [], problem: null, stageKey: null });
    expect(info.placeholders).toContain('categories.label');
    expect(existsSync(join(dirname(s.tracker.file), 'templates', 'Our stage form.docx'))).toBe(true);
    const r = await call(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', opId: opId() });
    const doc = await readDocx(readFileSync(r.letter.path));
    expect(doc.paragraphs).toContain('Dear Tom Barker');
    expect(doc.paragraphs).toContain(`${child.name} (${child.caseId}): Stage 1 due Monday 10 March 2025`);
    expect(doc.paragraphs).toContain('☒ Significant drift in permanence planning');
    expect(doc.paragraphs).toContain('☐ Significant safeguarding concern');
    expect((await call(s, 'letters.templates.list', {})).templates.map((t) => t.name)).toEqual(['Our stage form']);
    await s.close();
  });

  it('refuses an upload with an unknown placeholder and stores nothing', async () => {
    const { s } = await lcsEscalation();
    const refused = await failure(s, 'letters.templates.import', { fileName: 'typo.docx', base64: await template(['{{child.name}} {{chld.caseId}}']), name: 'Typo', document: 'stage-form', opId: opId() });
    expect(refused.code).toBe('INVALID');
    expect(refused.message).toBe('The template typo.docx has placeholders the app does not know: {{chld.caseId}}. Correct them in Word (the list is in Settings → Templates) and upload it again.');
    expect(existsSync(join(dirname(s.tracker.file), 'templates', 'typo.docx'))).toBe(false);
    expect((await call(s, 'letters.templates.list', {})).templates).toEqual([]);
    await s.close();
  });

  it('makes the built-in form with a warning when the team’s replacement is broken, instead of blocking every form letter', async () => {
    const { s, raised } = await lcsEscalation();
    await call(s, 'letters.templates.import', { fileName: 'ours.docx', base64: await template(['{{child.name}}']), name: 'Ours', document: 'stage-form', opId: opId() });
    // Someone overwrites the file on the share with a version that has a typo in it.
    writeFileSync(join(dirname(s.tracker.file), 'templates', 'ours.docx'), Buffer.from(await template(['{{child.name}} {{chld.caseId}}']), 'base64'));
    const r = await call(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', opId: opId() });
    expect(r.templateWarning).toBe(
      'The team template “Ours” could not be used, so the built-in form was made instead. The template ours.docx has placeholders the app does not know: {{chld.caseId}}. Correct them in Word (the list is in Settings → Templates) and upload it again.',
    );
    expect((await readDocx(readFileSync(r.letter.path))).text).toContain('The Escalation of Concern (including Dispute Resolution) Form');
    await s.close();
  });

  it('holds a template copied into the folder by hand to the upload’s size limit, without reading it into a letter', async () => {
    const { s, raised } = await lcsEscalation();
    const folder = join(dirname(s.tracker.file), 'templates');
    mkdirSync(folder, { recursive: true });
    const big = Buffer.concat([Buffer.from(await template(['{{child.name}}']), 'base64'), Buffer.alloc(4 * 1024 * 1024)]);
    writeFileSync(join(folder, 'Huge.docx'), big);
    const listed = (await call(s, 'letters.templates.list', {})).templates;
    expect(listed).toHaveLength(1);
    expect(listed[0]!.problem).toBe('Huge.docx is 4.0 MB; a letter template may be at most 3.0 MB. Pictures make templates large: in Word choose Picture Format → Compress Pictures, save, and use the smaller file.');
    const options = await call(s, 'letters.options', { escalationId: raised.row.id });
    expect(options.some((o) => o.document === 'custom')).toBe(false);
    const refused = await failure(s, 'letters.generate', { escalationId: raised.row.id, document: 'custom', templateId: 'Huge.docx', opId: opId() });
    expect(refused).toMatchObject({ code: 'INVALID', message: listed[0]!.problem });
    await s.close();
  });

  it('refuses a corrupt upload with a clear sentence, and keeps nothing', async () => {
    const { s } = await lcsEscalation();
    const bad = await failure(s, 'letters.templates.import', { fileName: 'broken.docx', base64: Buffer.from('%PDF-1.7 this is not Word').toString('base64'), name: 'Broken', document: 'stage-form', opId: opId() });
    expect(bad).toMatchObject({ code: 'INVALID' });
    expect(bad.message).toBe('broken.docx is not a Word document (.docx) or it is damaged. Open it in Word, choose Save As → Word Document (.docx), and upload it again.');
    expect((await call(s, 'letters.templates.list', {})).templates).toEqual([]);
    const notDocx = await failure(s, 'letters.templates.import', { fileName: 'old.doc', base64: 'AAAA', name: 'Old', document: 'stage-form', opId: opId() });
    expect(notDocx.message).toContain('save older .doc files as .docx first');
    await s.close();
  });

  it('offers an extra team letter beside the built-in ones', async () => {
    const { s, raised } = await lcsEscalation();
    const info = await call(s, 'letters.templates.import', { fileName: 'Chase-up.docx', base64: await template(['Chasing {{stage.title}} for {{child.name}}']), name: 'Chase-up', document: 'custom', opId: opId() });
    const options = await call(s, 'letters.options', { escalationId: raised.row.id });
    const extra = options.find((o) => o.document === 'custom')!;
    expect(extra).toMatchObject({ label: 'Team template – Chase-up', templateId: info.id });
    const r = await call(s, 'letters.generate', { escalationId: raised.row.id, document: 'custom', templateId: info.id, opId: opId() });
    expect(r.letter.fileName).toMatch(/Stage 1 Chase-up\.docx$/);
    expect((await readDocx(readFileSync(r.letter.path))).paragraphs).toContain('Chasing Stage 1 for Jordan Ellis');
    await s.close();
  });
});

describe('who may change the team’s letters', () => {
  it('once the tracker has an administrator, only an administrator uploads templates or changes the letterhead', async () => {
    const { s } = await lcsEscalation();
    const at = '2025-03-01T09:00:00.000Z';
    const { people, settings } = await import('../../../db/schema');
    await s.tracker.db.insert(people).values({ id: 'p-admin', name: 'Alex Admin', osUser: 'aadmin', role: 'administrator', active: true, version: 1, createdAt: at, createdBy: 't', updatedAt: at, updatedBy: 't' }).run();
    await s.tracker.db.insert(settings).values({ key: 'appRoles', value: JSON.stringify({ 'p-admin': 'administrator' }), version: 1, createdAt: at, createdBy: 't', updatedAt: at, updatedBy: 't' }).run();
    const upload = await failure(s, 'letters.templates.import', { fileName: 'x.docx', base64: await template(['{{child.name}}']), name: 'X', document: 'stage-form', opId: opId() });
    expect(upload).toMatchObject({ code: 'FORBIDDEN', message: 'Only an administrator can add letter templates. Ask Alex Admin to do it, or to change what you may do.' });
    const head = await failure(s, 'letters.settings.save', { authorityName: 'A', protectiveMarking: 'OFFICIAL', lettersFolder: '', version: 0, opId: opId() });
    expect(head.code).toBe('FORBIDDEN');
    expect(existsSync(join(dirname(s.tracker.file), 'templates', 'x.docx'))).toBe(false);
    await s.close();
  });
});
