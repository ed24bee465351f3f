import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { call, failure, lcsEscalation, png } from '../letters/letters-fixture';
import { opId, tempDir } from '../../support/tracker-fixture';
import type { AppServices } from '../../../electron/app-services';

// Anyone who can write the shared tracker can write its settings rows: none is followed as a path.
async function plant(s: AppServices, key: string, value: unknown) {
  await s.tracker.writeTx((_tx, raw) =>
    raw.run("INSERT INTO settings (key, value, version, created_at, created_by, updated_at, updated_by) VALUES (?, ?, 1, 'x', 'x', 'x', 'x') ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, JSON.stringify(value)]),
  );
}

const trackerDir = (s: AppServices) => dirname(s.tracker.file);

describe('settings planted in the shared tracker are not followed as paths', () => {
  it('a logo path of /dev/zero, or a huge file, is not read: the letter is made without a logo', async () => {
    const { s, raised } = await lcsEscalation();
    await plant(s, 'letterhead', { authorityName: 'A', logoPath: '/dev/zero', protectiveMarking: 'OFFICIAL' });
    const a = await call(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', opId: opId() });
    expect(a.letter.exists).toBe(true);
    // Inside templates/ but over the limit: refused before reading.
    mkdirSync(join(trackerDir(s), 'templates'), { recursive: true });
    writeFileSync(join(trackerDir(s), 'templates', 'big.png'), Buffer.concat([png(10, 10), Buffer.alloc(6 * 1024 * 1024)]));
    await plant(s, 'letterhead', { authorityName: 'A', logoPath: 'templates/big.png', protectiveMarking: 'OFFICIAL' });
    const b = await call(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', opId: opId() });
    expect(b.letter.exists).toBe(true);
    await s.close();
  });

  it('a template entry naming /dev/zero, a file outside the templates folder, or a link out of it, is listed with its problem and never used', async () => {
    const { s, raised } = await lcsEscalation();
    const outside = join(tempDir(), 'victim');
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'private.docx'), 'secret');
    mkdirSync(join(trackerDir(s), 'templates'), { recursive: true });
    symlinkSync(join(outside, 'private.docx'), join(trackerDir(s), 'templates', 'linked.docx'));
    const entry = (file: string) => ({ file, name: file, document: 'stage-form', stageKey: null, uploadedAt: '', uploadedBy: '' });
    await plant(s, 'letterTemplates', [entry('../../../../../../../dev/zero'), entry(`../${outside.split('/').slice(-1)[0]}/private.docx`), entry('linked.docx')]);
    const listed = await call(s, 'letters.templates.list', {});
    const problems = listed.templates.map((t) => t.problem ?? '');
    expect(problems[0]).toMatch(/^The team template “\.\.\/\.\.\/.*” is recorded as ".*", which is not a file name inside .*templates, so it was not read\. Choose the file again in Settings\.$/);
    expect(problems[1]).toMatch(/which is not a file name inside/);
    expect(problems[2]).toMatch(/^The team template “linked\.docx” \(linked\.docx\) is a link to a file outside .*templates, so it was not read\./);
    // A stage form is still made, from the built-in form, with the warning.
    const made = await call(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', opId: opId() });
    expect(made.templateWarning).toMatch(/could not be used, so the built-in form was made instead/);
    await s.close();
  });

  it('a planted Letters folder outside the tracker’s folder is not written to or served: letters go to Letters beside the tracker', async () => {
    const { s, raised } = await lcsEscalation();
    const elsewhere = join(tempDir(), 'other-share');
    mkdirSync(elsewhere, { recursive: true });
    for (const planted of [elsewhere, '../other-share', '\\\\evil-server\\share']) {
      await plant(s, 'lettersFolder', planted);
      const made = await call(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', opId: opId() });
      expect(made.letter.path.startsWith(join(trackerDir(s), 'Letters'))).toBe(true);
    }
    expect(readdirSync(elsewhere)).toEqual([]);
    // An administrator cannot save one either.
    const refused = await failure(s, 'letters.settings.save', { authorityName: 'A', protectiveMarking: 'OFFICIAL', lettersFolder: elsewhere, version: 0, opId: opId() });
    expect(refused).toMatchObject({ code: 'INVALID', details: { field: 'lettersFolder' } });
    expect(refused.message).toMatch(/^The Letters folder must be a folder inside the tracker's folder/);
    // A link planted where the Letters folder should be, leading to another folder, is refused before writing.
    await plant(s, 'lettersFolder', 'Linked');
    symlinkSync(elsewhere, join(trackerDir(s), 'Linked'));
    const linked = await failure(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', opId: opId() });
    expect(linked.code).toBe('REFUSED');
    expect(linked.message).toMatch(/is a link to a folder outside the tracker's folder, so nothing is read from or written to it/);
    expect(readdirSync(elsewhere)).toEqual([]);
    await s.close();
  });

  it('case IDs beginning ".." and Windows device names make ordinary folders inside Letters, with the letter listed', async () => {
    const { s } = await lcsEscalation();
    for (const caseId of ['..', '../../x', 'CON', 'nul.txt']) {
      const child = await call(s, 'children.create', { name: `Child ${caseId}`, caseId, dateOfBirth: null, cohort: 'looked-after', socialWorker: '', teamManager: '', team: '', chair: '', opId: opId() } as never);
      const e = await call(s, 'escalations.raise', { childId: child.id, startAt: 'stage-1', concern: { categoryKeys: ['permanence-drift'], summary: 'x', impactOnChild: 'y', requestedAction: { what: 'a', who: 'b', byWhen: null }, expectedOutcomeKeys: [] }, opId: opId() });
      const made = await call(s, 'letters.generate', { escalationId: e.row.id, document: 'stage-form', opId: opId() });
      expect(made.letter.exists).toBe(true);
      const folder = dirname(made.letter.path);
      expect(dirname(folder)).toBe(join(trackerDir(s), 'Letters'));
      expect(folder.split('/').at(-1)).not.toMatch(/^(\.|con$|nul\.txt$)/i);
      expect(await call(s, 'letters.list', { escalationId: e.row.id })).toHaveLength(1);
    }
    expect(existsSync(join(trackerDir(s), 'x'))).toBe(false);
    await s.close();
  });

  it('an email address planted with a line break never becomes a header of the draft: the draft asks for the address instead', async () => {
    const { s, raised } = await lcsEscalation();
    await s.tracker.writeTx((_tx, raw) => raw.run("UPDATE people SET email = ? WHERE id = 'p-tm'", ['tom@council.gov.uk>\r\nBcc: evil2@evil.example']));
    const refused = await failure(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', emailDraft: true, opId: opId() });
    expect(refused).toMatchObject({ code: 'INVALID', details: { field: 'toEmail' } });
    const made = await call(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', emailDraft: true, toEmail: 'tom.barker@example.gov.uk', opId: opId() });
    const eml = Buffer.from((await call(s, 'letters.download', { id: made.letter.id, part: 'draft' })).base64, 'base64').toString('utf8');
    expect(eml).not.toMatch(/^Bcc:/im);
    expect(eml).not.toContain('evil');
    await s.close();
  });
});
