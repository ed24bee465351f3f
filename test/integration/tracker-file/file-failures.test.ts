import { describe, expect, it } from 'vitest';
import { closeSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openTracker } from '../../../db/connection';
import { openRaw, OPEN_READWRITE, type RawConnection } from '../../../db/sqlite';
import { childInput, MIGRATIONS, opId, tempDir } from '../../support/tracker-fixture';
import { attempt, call, concern, desktop, trackerIn } from './tracker-file-fixture';

/** A connection that behaves like a share dropping: once `fail.now` is set, its next calls fail with SQLITE_IOERR. */
function flakyOpen(fail: { now: boolean; commitThenFail?: boolean }) {
  return async (file: string, mode: number): Promise<RawConnection> => {
    const real = await openRaw(file, mode);
    const ioerr = () => Object.assign(new Error('SQLITE_IOERR: disk I/O error'), { code: 'SQLITE_IOERR' });
    return {
      ...real,
      all: (sql, params) => (fail.now && !/^PRAGMA/.test(sql) ? Promise.reject(ioerr()) : real.all(sql, params)),
      run: (sql, params) => (fail.now ? Promise.reject(ioerr()) : real.run(sql, params)),
      exec: async (sql) => {
        if (fail.commitThenFail && sql === 'COMMIT') {
          // The worst case: the commit reached the file, but the answer was lost with the connection.
          await real.exec(sql);
          fail.commitThenFail = false;
          fail.now = true;
          throw ioerr();
        }
        if (fail.now && sql !== 'ROLLBACK') throw ioerr();
        return real.exec(sql);
      },
    };
  };
}

describe('the tracker file when things go wrong', () => {
  it('refuses a stale save from a second desktop with CONFLICT naming who and when; after reloading, both changes are kept', async () => {
    const file = trackerIn();
    const sam = await desktop(file, 'Sam Patel');
    const ann = await desktop(file, 'Ann Okafor', { now: () => new Date('2025-03-03T11:30:00Z') });
    const child = await call(sam, 'children.create', childInput());
    const seen = await call(sam, 'escalations.raise', { childId: child.id, concern: concern(sam.context.profile().categories[0]!.key), opId: opId() });
    await call(ann, 'escalations.command', { id: seen.row.id, version: seen.version, opId: opId(), command: { kind: 'add-note', text: 'Ann: spoke to the social worker.' } });
    const mine = { id: seen.row.id, opId: opId(), command: { kind: 'add-note' as const, text: 'Sam: the plan is late.' } };
    const stale = await attempt(sam, 'escalations.command', { ...mine, version: seen.version });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { changedBy: 'Ann Okafor', changedAt: '2025-03-03T11:30:00.000Z' } } });
    // "Apply my change again": reload, then the same operation on the fresh version.
    const fresh = await call(sam, 'escalations.get', { id: seen.row.id });
    await call(sam, 'escalations.command', { ...mine, version: fresh.version });
    const after = await call(ann, 'escalations.get', { id: seen.row.id });
    expect(after.events.map((e) => (e.body.kind === 'note' ? e.body.text : e.body.kind))).toEqual(['raised', 'Ann: spoke to the social worker.', 'Sam: the plan is late.']);
    await sam.close();
    await ann.close();
  });

  it('opens a tracker upgraded by a newer app read-only, says to update, and refuses saves', async () => {
    const file = trackerIn();
    const t = await openTracker({ file, migrationsDir: MIGRATIONS, create: true });
    await t.writeTx((_tx, raw) => raw.exec(`PRAGMA user_version = ${t.appSchemaVersion + 5}`));
    await t.close();
    const s = await desktop(file, 'Sam Patel');
    const status = await call(s, 'trackerFile.status', {});
    expect(status.readOnlyReason).toMatch(/upgraded by a newer version of Escalation Tracker.*please update the app/);
    expect(await attempt(s, 'children.create', childInput())).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    await s.close();
  });

  it('opens a damaged tracker read-only with what to do, and a backup can be restored to a new file', async () => {
    const file = trackerIn();
    const s = await desktop(file, 'Sam Patel');
    for (let i = 0; i < 40; i++) await call(s, 'children.create', childInput({ name: `Child ${i} ${'x'.repeat(150)}`, socialWorker: 'y'.repeat(190) }));
    const backup = await call(s, 'backups.make', {});
    await s.close();
    // Scribble over pages in the second half of the file (data, not the schema), as a failing disk or a bad copy would.
    const fd = openSync(file, 'r+');
    const size = statSync(file).size;
    for (let page = Math.floor(size / 4096 / 2); page * 4096 < size - 4096; page += 2) writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, page * 4096);
    closeSync(fd);
    // Opening no longer reads the whole file; the check (here Settings → Check) finds the damage and records it.
    const damaged = await desktop(file, 'Sam Patel');
    expect((await call(damaged, 'trackerFile.check', {})).ok).toBe(false);
    const status = await call(damaged, 'trackerFile.status', {});
    expect(status.readOnlyReason).toMatch(/failed its integrity check.*read-only.*restore the latest backup/);
    expect(await attempt(damaged, 'children.create', childInput())).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    // Another desktop opening the file afterwards is read-only at once, from the recorded verdict.
    const ann = await desktop(file, 'Ann Okafor');
    expect((await call(ann, 'trackerFile.status', {})).readOnlyReason).toMatch(/failed its integrity check/);
    await ann.close();
    const restored = await call(damaged, 'backups.restore', { backup: backup.name, mode: 'new-file' });
    expect(restored.file).not.toBe(file);
    expect(restored.message).toMatch(/Everyone else must open/);
    expect((await call(damaged, 'trackerFile.status', {})).readOnlyReason).toBeNull();
    expect(await call(damaged, 'children.list', { search: '' })).toHaveLength(40);
    await damaged.close();
  });

  it('goes offline when the folder vanishes mid-session, reconnects when it is back, and a resent save applies once', async () => {
    const dir = join(tempDir(), 'share');
    const file = trackerIn(dir);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    const s = await desktop(file, 'Sam Patel');
    const input = childInput();
    renameSync(dir, `${dir}-gone`);
    const r = await attempt(s, 'children.create', input);
    expect(r).toMatchObject({ ok: false, error: { code: 'OFFLINE' } });
    if (!r.ok) expect(r.error.message).toMatch(/moved, renamed or its folder disappeared|cannot be reached/);
    expect((await call(s, 'trackerFile.status', {})).state).toBe('offline');
    expect(await attempt(s, 'children.list', { search: '' })).toMatchObject({ ok: false, error: { code: 'OFFLINE' } });
    expect(await s.session.reconnect()).toBe(false);
    renameSync(`${dir}-gone`, dir);
    expect(await s.session.reconnect()).toBe(true);
    await call(s, 'children.create', input);
    await call(s, 'children.create', input);
    expect(await call(s, 'children.list', { search: '' })).toHaveLength(1);
    await s.close();
  });

  it('an I/O error in the middle of a transaction saves nothing, goes offline, and the resent operation applies once', async () => {
    const file = trackerIn();
    const fail = { now: false };
    const s = await desktop(file, 'Sam Patel', { openRaw: flakyOpen(fail) });
    const child = await call(s, 'children.create', childInput());
    const raise = { childId: child.id, concern: concern(s.context.profile().categories[0]!.key), opId: opId() };
    fail.now = true;
    expect(await attempt(s, 'escalations.raise', raise)).toMatchObject({ ok: false, error: { code: 'OFFLINE' } });
    expect(s.session.state).toBe('offline');
    fail.now = false;
    expect(await s.session.reconnect()).toBe(true);
    expect((await call(s, 'escalations.list', { status: 'any' })).total).toBe(0);
    await call(s, 'escalations.raise', raise);
    expect((await call(s, 'escalations.list', { status: 'any' })).total).toBe(1);
    await s.close();
  });

  it('a save whose COMMIT reached the file but whose answer was lost is not applied twice when resent', async () => {
    const file = trackerIn();
    const fail = { now: false, commitThenFail: false };
    const s = await desktop(file, 'Sam Patel', { openRaw: flakyOpen(fail) });
    const child = await call(s, 'children.create', childInput());
    const seen = await call(s, 'escalations.raise', { childId: child.id, concern: concern(s.context.profile().categories[0]!.key), opId: opId() });
    const note = { id: seen.row.id, version: seen.version, opId: opId(), command: { kind: 'add-note' as const, text: 'Only once, please.' } };
    fail.commitThenFail = true;
    expect(await attempt(s, 'escalations.command', note)).toMatchObject({ ok: false, error: { code: 'OFFLINE' } });
    fail.now = false;
    expect(await s.session.reconnect()).toBe(true);
    // The form resends exactly what it sent before (same opId, same version).
    const again = await call(s, 'escalations.command', note);
    expect(again.events.filter((e) => e.body.kind === 'note')).toHaveLength(1);
    await s.close();
  });

  it('gives a sentence for a missing folder, a file that is not a tracker, and a tracker locked by another program', async () => {
    const missing = await desktop(join(tempDir(), 'no-such-share', 't.sqlite'), 'Sam Patel').catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: 'OFFLINE', message: expect.stringMatching(/cannot be reached/) });

    const other = join(tempDir(), 'other-app.sqlite');
    const raw = await openRaw(other, OPEN_READWRITE | 0x04);
    await raw.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)');
    await raw.close();
    await expect(openTracker({ file: other, migrationsDir: MIGRATIONS })).rejects.toMatchObject({ code: 'INVALID', message: expect.stringMatching(/not an Escalation Tracker file/) });

    const file = trackerIn();
    await (await openTracker({ file, migrationsDir: MIGRATIONS, create: true })).close();
    const holder = await openRaw(file, OPEN_READWRITE);
    await holder.exec('BEGIN EXCLUSIVE');
    const locked = await openTracker({ file, migrationsDir: MIGRATIONS, busyTotalMs: 300 }).catch((e: unknown) => e);
    expect(locked).toMatchObject({ code: 'BUSY', message: expect.stringMatching(/locked by another program/) });
    await holder.exec('ROLLBACK');
    await holder.close();
    expect(dirname(file)).toBeTruthy();
  });
});
