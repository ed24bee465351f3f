import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { eq } from 'drizzle-orm';
import { letters } from '../../../db/schema';
import { openTracker } from '../../../db/connection';
import { createLettersHandlers } from '../../../electron/letters-handlers';
import { MIGRATIONS, opId, tempDir } from '../../support/tracker-fixture';
import { call, failure, lcsEscalation } from './letters-fixture';

// Issue 18: "anyone who can write the shared file can make a colleague's app open any file or program.
// Store letter paths relative to the Letters folder; serve and open only .docx / .eml files whose real
// path (after resolving links) is inside it."
async function letterWithDesktop() {
  const { s, raised } = await lcsEscalation();
  const r = await call(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', emailDraft: true, opId: opId() });
  const opened: string[] = [];
  const desktop = createLettersHandlers(s.context, { desktop: { openPath: async (p) => (opened.push(p), ''), showItemInFolder: (p) => void opened.push(p) } });
  const setPath = (path: string) => s.tracker.db.update(letters).set({ path }).where(eq(letters.id, r.letter.id)).run();
  return { s, r, opened, desktop, setPath };
}

describe('letter paths read from the shared tracker', () => {
  it('stores the path relative to the Letters folder', async () => {
    const { s, r } = await letterWithDesktop();
    const row = await s.tracker.db.select().from(letters).where(eq(letters.id, r.letter.id)).get();
    expect(row!.path).toBe(`${r.letter.path.split('/').at(-2)}/${r.letter.fileName}`);
    expect(row!.path.startsWith('/')).toBe(false);
    await s.close();
  });

  it('refuses to download or open /etc/passwd planted in the letters table', async () => {
    const { s, r, opened, desktop, setPath } = await letterWithDesktop();
    for (const planted of ['/etc/passwd', '../../../../etc/passwd', 'C:\\Windows\\System32\\calc.exe', 'case/../../x.docx', '/etc/passwd.docx']) {
      await setPath(planted);
      const refused = await failure(s, 'letters.download', { id: r.letter.id });
      expect(refused.code).toBe('REFUSED');
      expect(refused.message).toMatch(/does not point to a letter in the Letters folder/);
      await expect(desktop['letters.open']({ id: r.letter.id, part: 'letter' }, undefined)).rejects.toMatchObject({ code: 'REFUSED' });
    }
    expect(opened).toEqual([]);
    const listed = await call(s, 'letters.list', { escalationId: r.letter.escalationId });
    expect(listed[0]!.exists).toBe(false);
    await s.close();
  });

  it('refuses a .docx inside the Letters folder that is a link to a file outside it', async () => {
    const { s, r, opened, desktop, setPath } = await letterWithDesktop();
    const outside = join(tempDir(), 'secret.docx');
    writeFileSync(outside, 'not yours');
    const caseFolder = dirname(r.letter.path);
    symlinkSync(outside, join(caseFolder, 'link.docx'));
    await setPath(`${caseFolder.split('/').at(-1)}/link.docx`);
    const refused = await failure(s, 'letters.download', { id: r.letter.id });
    expect(refused).toMatchObject({ code: 'REFUSED' });
    expect(refused.message).toMatch(/link to somewhere else/);
    await expect(desktop['letters.open']({ id: r.letter.id, part: 'letter' }, undefined)).rejects.toMatchObject({ code: 'REFUSED' });
    // A linked case folder pointing outside is refused the same way.
    const elsewhere = tempDir();
    writeFileSync(join(elsewhere, 'x.docx'), 'outside');
    symlinkSync(elsewhere, join(dirname(caseFolder), 'linked-case'));
    await setPath('linked-case/x.docx');
    expect(await failure(s, 'letters.download', { id: r.letter.id })).toMatchObject({ code: 'REFUSED' });
    expect(opened).toEqual([]);
    await s.close();
  });

  it('still serves the real letter and its draft', async () => {
    const { s, r, opened, desktop } = await letterWithDesktop();
    const file = await call(s, 'letters.download', { id: r.letter.id });
    expect(Buffer.from(file.base64, 'base64').equals(readFileSync(r.letter.path))).toBe(true);
    await desktop['letters.open']({ id: r.letter.id, part: 'draft' }, undefined);
    expect(opened).toEqual([r.letter.path.replace(/\.docx$/, '.eml')]);
    await s.close();
  });

  it('migrates absolute paths written by the previous release to paths inside the Letters folder', async () => {
    const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    const at = journal.entries.findIndex((e) => e.tag.endsWith('letters_relative_paths'));
    const { s, r } = await letterWithDesktop();
    const file = s.tracker.file;
    await s.close();
    // Make the file look like the previous release's: its schema version and an absolute path.
    const t = await openTracker({ file, migrationsDir: MIGRATIONS });
    await t.withConnection(async (raw) => {
      await raw.exec(`PRAGMA user_version = ${at}`);
      await raw.run('UPDATE letters SET path = ?', [r.letter.path]);
    });
    await t.close();
    // The release that adds the migration: migrations up to and including it (later ones are not re-run).
    const release = join(tempDir(), 'migrations');
    cpSync(MIGRATIONS, release, { recursive: true });
    const full = JSON.parse(readFileSync(join(release, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
    writeFileSync(join(release, 'meta', '_journal.json'), JSON.stringify({ ...full, entries: full.entries.slice(0, at + 1) }));
    const again = await openTracker({ file, migrationsDir: release });
    const row = await again.db.select().from(letters).get();
    expect(row!.path).toBe(`${r.letter.path.split('/').at(-2)}/${r.letter.fileName}`);
    await again.close();
  });
});
