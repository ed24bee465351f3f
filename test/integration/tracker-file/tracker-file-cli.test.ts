import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { runCli } from '../../../electron/cli';
import { childInput } from '../../support/tracker-fixture';
import { call, desktop, trackerIn } from './tracker-file-fixture';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), now: () => new Date('2025-03-03T10:00:00Z') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the admin command line for the tracker file', () => {
  it('check: reports integrity, schema, journal mode and who has the tracker open', async () => {
    const file = trackerIn();
    const sam = await desktop(file, 'Sam Patel');
    await call(sam, 'presence.beat', { escalationId: null });
    const r = await cli('check', '--db', file, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, integrity: 'ok', journalMode: 'delete', openBy: [{ actor: 'Sam Patel', machine: 'SAM-PC' }], latestBackup: null });
    await sam.close();
  });

  it('backup then restore: the backup goes beside the tracker, and restore makes a new file without touching the old one', async () => {
    const file = trackerIn();
    const sam = await desktop(file, 'Sam Patel');
    await call(sam, 'children.create', childInput({ name: 'Kept In Backup' }));
    await sam.close();
    const b = await cli('backup', '--db', file, '--json');
    expect(b.code).toBe(0);
    const backup = JSON.parse(b.out) as { file: string; name: string };
    expect(backup.file).toContain('/backups/');
    const r = await cli('restore', '--db', file, '--from', backup.name, '--json');
    expect(r.code).toBe(0);
    const restored = JSON.parse(r.out) as { file: string };
    expect(restored.file).not.toBe(file);
    expect(existsSync(file)).toBe(true);
    const reopened = await desktop(restored.file, 'Sam Patel');
    expect((await call(reopened, 'children.list', { search: '' })).map((c) => c.name)).toEqual(['Kept In Backup']);
    await reopened.close();
  });

  it('restore --replace refuses while another desktop has the tracker open', async () => {
    const file = trackerIn();
    const ann = await desktop(file, 'Ann Okafor');
    await call(ann, 'presence.beat', { escalationId: null });
    const b = JSON.parse((await cli('backup', '--db', file, '--json')).out) as { name: string };
    const r = await cli('restore', '--db', file, '--from', b.name, '--replace');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Ann Okafor has the tracker open/);
    await ann.close();
  });
});
