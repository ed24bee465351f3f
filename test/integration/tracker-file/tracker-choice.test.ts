import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { childInput, tempDir } from '../../support/tracker-fixture';
import { attempt, call, host } from './tracker-file-fixture';

describe('choosing the tracker file', () => {
  it('starts with no tracker on first run, then remembers the one created in a team folder for next time', async () => {
    const appData = tempDir();
    const share = tempDir();
    const first = await host(appData);
    expect(await call(first, 'trackerFile.status', {})).toMatchObject({ state: 'none', file: null });
    expect(await attempt(first, 'children.list', { search: '' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/Choose one in Settings/) } });
    const created = await call(first, 'trackerFile.create', { folder: share, name: 'team-escalations' });
    expect(created).toMatchObject({ state: 'open', file: join(share, 'team-escalations.sqlite'), isDefault: false });
    await call(first, 'children.create', childInput({ name: 'Casey Brown' }));
    await first.close();
    const prefs = JSON.parse(readFileSync(join(appData, 'tracker-choice.json'), 'utf8'));
    expect(prefs.current).toBe(join(share, 'team-escalations.sqlite'));

    const next = await host(appData);
    expect(await call(next, 'trackerFile.status', {})).toMatchObject({ state: 'open', file: join(share, 'team-escalations.sqlite') });
    expect((await call(next, 'children.list', { search: '' })).map((c) => c.name)).toEqual(['Casey Brown']);
    await next.close();
  });

  it('switches to another tracker at run time and lists recent ones; a bad path leaves the current one open', async () => {
    const appData = tempDir();
    const a = join(tempDir(), 'a.sqlite');
    const s = await host(appData, { initialFile: a });
    const before = await call(s, 'trackerFile.status', {});
    await call(s, 'children.create', childInput({ name: 'In A' }));
    const b = await call(s, 'trackerFile.create', { folder: tempDir(), name: 'b.sqlite' });
    expect(b.session).not.toBe(before.session);
    expect(await call(s, 'children.list', { search: '' })).toEqual([]);
    const bad = await attempt(s, 'trackerFile.open', { file: join(tempDir(), 'nothing-here.sqlite') });
    expect(bad).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/There is no tracker at/) } });
    expect((await call(s, 'trackerFile.status', {})).file).toBe(b.file);
    await call(s, 'trackerFile.open', { file: a });
    expect((await call(s, 'children.list', { search: '' })).map((c) => c.name)).toEqual(['In A']);
    expect((await call(s, 'trackerFile.recent', {})).map((r) => r.file)).toEqual([a, b.file]);
    await s.close();
  });

  it('keeps the embedded default tracker in app-data when the person chooses "only on this computer"', async () => {
    const appData = tempDir();
    const s = await host(appData);
    const status = await call(s, 'trackerFile.useDefault', {});
    expect(status).toMatchObject({ state: 'open', isDefault: true, file: join(appData, 'tracker.sqlite') });
    await s.close();
    expect(JSON.parse(readFileSync(join(appData, 'tracker-choice.json'), 'utf8')).current).toBe('default');
  });

  it('shows why a remembered tracker cannot be opened (missing share) and opens it by itself when the share is back', async () => {
    const appData = tempDir();
    const share = join(tempDir(), 'share');
    mkdirSync(share);
    const first = await host(appData);
    await call(first, 'trackerFile.create', { folder: share, name: 't.sqlite' });
    await first.close();
    rmSync(`${share}`, { recursive: true });
    const s = await host(appData);
    const status = await call(s, 'trackerFile.status', {});
    expect(status).toMatchObject({ state: 'failed', errorCode: 'OFFLINE', message: expect.stringMatching(/cannot be reached/) });
    mkdirSync(share);
    // The share is back but the file is not: still failed (it does not invent an empty tracker).
    expect(await s.session.reconnect()).toBe(false);
    await s.close();
  });

  it('refuses to create a tracker over an existing file, and to open a file that is not a tracker', async () => {
    const s = await host(tempDir());
    const folder = tempDir();
    writeFileSync(join(folder, 'notes.sqlite'), 'meeting notes, not a database '.repeat(100));
    expect(await attempt(s, 'trackerFile.create', { folder, name: 'notes.sqlite' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await attempt(s, 'trackerFile.open', { file: join(folder, 'notes.sqlite') })).toMatchObject({ ok: false, error: { code: 'CORRUPT' } });
    expect(existsSync(join(folder, 'notes.sqlite'))).toBe(true);
    await s.close();
  });

  it("keeps unsent form drafts in the user's app-data folder", async () => {
    const appData = tempDir();
    const s = await host(appData);
    await call(s, 'drafts.save', { key: 'command-e1-add-note', value: { text: 'Half-typed note', __opId: 'op-12345678' } });
    await s.close();
    const again = await host(appData);
    expect(await call(again, 'drafts.list', {})).toEqual({ 'command-e1-add-note': { value: { text: 'Half-typed note', __opId: 'op-12345678' }, savedAt: expect.any(String) } });
    await call(again, 'drafts.save', { key: 'command-e1-add-note', value: null });
    expect(await call(again, 'drafts.list', {})).toEqual({});
    await again.close();
  });
});
