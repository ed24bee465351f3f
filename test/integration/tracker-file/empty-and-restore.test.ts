import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../electron/cli';
import { childInput, opId, tempDir } from '../../support/tracker-fixture';
import { attempt, call, desktop, host, trackerIn } from './tracker-file-fixture';

// Issue 18: "An empty (0-byte) tracker file becomes a new tracker silently, in the app and in `cli check`
// (which should never write). Treat it as 'this file is empty: restore a backup' unless creating one."
// and "Only an administrator may replace; restore must also work when the tracker cannot be opened".
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), now: () => new Date('2025-03-03T10:00:00Z') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A tracker with one child and a backup of it, then emptied to 0 bytes as a failed copy leaves it. */
async function emptiedTrackerWithBackup() {
  const file = trackerIn();
  const sam = await desktop(file, 'Sam Patel');
  await call(sam, 'children.create', childInput({ name: 'Kept In Backup' }));
  const backup = await call(sam, 'backups.make', {});
  await sam.close();
  writeFileSync(file, '');
  return { file, backup };
}

describe('an empty tracker file and restoring over a tracker that cannot be opened', () => {
  it('cli check says a 0-byte file is empty and leaves it at 0 bytes', async () => {
    const { file } = await emptiedTrackerWithBackup();
    const r = await cli('check', '--db', file);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/is empty \(0 bytes\).*Restore a backup/);
    expect(statSync(file).size).toBe(0);
  });

  it('cli check never writes to a healthy tracker (same bytes before and after)', async () => {
    const file = trackerIn();
    const sam = await desktop(file, 'Sam Patel');
    await call(sam, 'children.create', childInput());
    await sam.close();
    const before = sha(file);
    expect((await cli('check', '--db', file, '--json')).code).toBe(0);
    expect(sha(file)).toBe(before);
  });

  it('the desktop does not turn a 0-byte tracker into a new one, and restores a backup over it', async () => {
    const { file, backup } = await emptiedTrackerWithBackup();
    const app = await host(tempDir(), { initialFile: file });
    const status = await call(app, 'trackerFile.status', {});
    expect(status).toMatchObject({ state: 'failed', errorCode: 'CORRUPT' });
    expect(status.message).toMatch(/is empty \(0 bytes\).*Restore a backup/);
    expect(statSync(file).size).toBe(0);
    const restored = await call(app, 'backups.restore', { backup: backup.name, mode: 'replace' });
    expect(restored.message).toMatch(/^Restored .* into team-tracker\.sqlite\. The file it replaced was kept as team-tracker\.unreadable-/);
    expect((await call(app, 'trackerFile.status', {})).state).toBe('open');
    expect((await call(app, 'children.list', { search: '' })).map((c) => c.name)).toEqual(['Kept In Backup']);
    // The empty file is kept, but never offered as a backup.
    expect((await call(app, 'backups.list', {})).backups.map((b) => b.name)).toEqual([backup.name]);
    await app.close();
  });

  it('cli restore --replace works on a tracker that cannot be opened', async () => {
    const { file, backup } = await emptiedTrackerWithBackup();
    const r = await cli('restore', '--db', file, '--from', backup.name, '--replace');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const sam = await desktop(file, 'Sam Patel');
    expect((await call(sam, 'children.list', { search: '' })).map((c) => c.name)).toEqual(['Kept In Backup']);
    await sam.close();
  });

  it('only an administrator may replace the shared tracker with a backup', async () => {
    const file = join(tempDir(), 'tracker.sqlite');
    const admin = await desktop(file, 'Sam Patel');
    await call(admin, 'people.setup', { person: { name: 'Sam Patel', email: '', jobRole: 'chair', team: '' }, opId: opId() });
    const backup = await call(admin, 'backups.make', {});
    const stranger = await desktop(file, 'Jo Khan');
    const refused = await attempt(stranger, 'backups.restore', { backup: backup.name, mode: 'replace' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(!refused.ok && refused.error.message).toMatch(/Only an administrator can replace the shared tracker with a backup/);
    await stranger.close();
    expect((await call(admin, 'backups.restore', { backup: backup.name, mode: 'replace' })).savedCopy).toMatch(/before-restore/);
    await admin.close();
  });
});
