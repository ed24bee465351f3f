import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppServices } from '../../../electron/app-services';
import { backupFolderError } from '../../../db/backups';
import { childInput, opId, tempDir } from '../../support/tracker-fixture';
import { snapshotRows } from '../../support/tracker-snapshot';
import { adminAndOther, api, ok } from '../settings/settings-fixture';

// Issue 18, "Also": impossible dates of birth are stored; profile strings have no size limits; a relative
// export path writes into the app's working folder, and a failed export still writes its audit row;
// removing a template that does not exist says "removed"; a draft over the 256 KB cap is dropped while the
// call says "saved"; control and bidirectional characters are accepted in names and case IDs; backup into
// a read-only folder is INTERNAL EACCES instead of READ_ONLY.
const open: AppServices[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function admin(): Promise<AppServices> {
  const t = await adminAndOther();
  open.push(t.admin, t.other);
  return t.admin;
}

const codeAndMessage = (r: { ok: boolean; error?: { code: string; message: string } }) => (r.ok ? 'ok' : `${r.error!.code} ${r.error!.message}`);

describe('input limits', () => {
  it('refuses impossible dates of birth', async () => {
    const s = await admin();
    for (const dateOfBirth of ['2027-02-30', '0000-00-00', '2025-13-01', '1899-12-31']) {
      const r = await api(s, 'children.create', childInput({ dateOfBirth }));
      expect(codeAndMessage(r)).toMatch(/^INVALID dateOfBirth: Enter a real date/);
    }
    expect(codeAndMessage(await api(s, 'children.create', childInput({ dateOfBirth: '2024-02-29' })))).toBe('ok');
  });

  it('refuses control characters and text-direction marks in names and case IDs', async () => {
    const s = await admin();
    const before = await snapshotRows(s.tracker);
    for (const [field, value] of [
      ['name', 'Jordan\u0000Ellis'],
      ['name', 'Jordan\u202Excod.exe'],
      ['caseId', 'LCS\u001b[31m-1'],
      ['caseId', '..\u2066/x'],
    ]) {
      expect(codeAndMessage(await api(s, 'children.create', childInput({ [field!]: value })))).toMatch(new RegExp(`^INVALID ${field}: .* cannot contain control characters or text-direction marks`));
    }
    const person = await api(s, 'people.create', { name: 'Tom\u202EBarker', email: '', jobRole: 'team-manager', appRole: 'none', team: '', osUser: '', opId: opId() });
    expect(codeAndMessage(person)).toMatch(/^INVALID name: /);
    expect(await snapshotRows(s.tracker)).toBe(before);
  });

  it('refuses a profile over 256 KB (a 1 MB name) before reading it', async () => {
    const s = await admin();
    const copy = { ...(await ok(s, 'profiles.get', { id: 'rutland' })).profile, id: 'big', name: 'x'.repeat(1_000_000) };
    expect(codeAndMessage(await api(s, 'profiles.save', { profile: copy, opId: opId() }))).toMatch(/^INVALID profile: The profile is too large \(at most 256 KB\)/);
  });

  it('refuses a relative export path, and a failed export writes no audit row', async () => {
    const s = await admin();
    const relative = await api(s, 'export.xlsx', { path: 'export.xlsx' });
    expect(codeAndMessage(relative)).toMatch(/^INVALID Give the full path/);
    expect(existsSync(join(process.cwd(), 'export.xlsx'))).toBe(false);
    const nowhere = await api(s, 'export.xlsx', { path: join(tempDir(), 'no-such-folder', 'export.xlsx') });
    expect(codeAndMessage(nowhere)).toMatch(/^REFUSED The export could not be written .* nothing was exported/);
    const log = await ok(s, 'audit.list', {});
    expect(log.rows.filter((r) => r.entity === 'export')).toEqual([]);
    const done = await ok(s, 'export.xlsx', { path: join(tempDir(), 'export.xlsx') });
    expect(existsSync(done.path!)).toBe(true);
    expect((await ok(s, 'audit.list', {})).rows.filter((r) => r.entity === 'export')).toHaveLength(1);
  });

  it('says so when removing a team template that does not exist', async () => {
    const s = await admin();
    const r = await api(s, 'letters.templates.remove', { id: 'no-such-template.docx', opId: opId() });
    expect(codeAndMessage(r)).toMatch(/^NOT_FOUND There is no team template called no-such-template\.docx, so nothing was removed/);
  });

  it('refuses a draft over the 256 KB cap instead of saying "saved"', async () => {
    const s = await admin();
    const r = await api(s, 'drafts.save', { key: 'child:new', value: { notes: 'x'.repeat(300 * 1024) } });
    expect(codeAndMessage(r)).toMatch(/^INVALID This form is too large to keep as a draft/);
    expect(Object.keys(await ok(s, 'drafts.list', {}))).not.toContain('child:new');
    expect(await ok(s, 'drafts.save', { key: 'child:new', value: { notes: 'short' } })).toEqual({ saved: true });
  });

  it('calls a backups folder that cannot be written READ_ONLY with what to ask IT for', async () => {
    // Tests run as root here, which ignores folder permissions: the errors the file system gives are passed in.
    const dir = tempDir();
    for (const code of ['EACCES', 'EPERM', 'EROFS']) {
      const e = backupFolderError(Object.assign(new Error(code), { code }), dir, join(dir, 't.sqlite'));
      expect(`${e.code} ${e.message}`).toMatch(/^READ_ONLY The backups folder .* is read-only for you, so no backup was taken\. Ask IT/);
    }
  });

  it('still takes a backup into a writable folder', async () => {
    const s = await admin();
    await ok(s, 'children.create', childInput());
    expect(existsSync((await ok(s, 'backups.make', {})).file)).toBe(true);
  });
});
