import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { automaticBackup, backupsDir } from '../../../db/backups';
import { childInput, opId } from '../../support/tracker-fixture';
import { attempt, call, concern, desktop, NOW, trackerIn } from './tracker-file-fixture';

describe('a team sharing one tracker file', () => {
  it("tells a desktop about another desktop's saves (who, what) on its next poll, and not before anything changed", async () => {
    const file = trackerIn();
    const sam = await desktop(file, 'Sam Patel');
    const ann = await desktop(file, 'Ann Okafor');
    const first = await call(sam, 'feed.changes', {});
    expect(first.changes).toEqual([]);
    const quiet = await call(sam, 'feed.changes', { session: first.session, since: first.seq });
    expect(quiet.changes).toEqual([]);
    const child = await call(ann, 'children.create', childInput({ name: 'Riley Shaw' }));
    const raised = await call(ann, 'escalations.raise', { childId: child.id, concern: concern(ann.context.profile().categories[0]!.key), opId: opId() });
    await sam.session.feed.poll(sam.tracker, true);
    const seen = await call(sam, 'feed.changes', { session: first.session, since: first.seq });
    expect(seen.reset).toBe(false);
    expect(seen.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity: 'child', entityId: child.id, action: 'created', actor: 'Ann Okafor', machine: 'ANN-PC' }),
        expect.objectContaining({ entity: 'escalation', entityId: raised.row.id, action: 'raised', actor: 'Ann Okafor' }),
      ]),
    );
    const again = await call(sam, 'feed.changes', { session: seen.session, since: seen.seq });
    expect(again.changes).toEqual([]);
    await sam.close();
    await ann.close();
  });

  it('asks the renderer to reload everything after a reconnect (changes made meanwhile were not seen one by one)', async () => {
    const file = trackerIn();
    const sam = await desktop(file, 'Sam Patel');
    const before = await call(sam, 'feed.changes', {});
    sam.session.goOffline(Object.assign(new Error('gone'), { code: 'OFFLINE' }) as never, sam.session.tracker!);
    expect((await call(sam, 'feed.changes', { session: before.session, since: before.seq })).status.state).toBe('offline');
    await sam.session.reconnect();
    const after = await call(sam, 'feed.changes', { session: before.session, since: before.seq });
    expect(after).toMatchObject({ reset: true, status: { state: 'open' } });
    await sam.close();
  });

  it('shows who else has an escalation open ("Ann Okafor is editing this"), and forgets them after 2 minutes', async () => {
    const file = trackerIn();
    let clock = NOW.getTime();
    const sam = await desktop(file, 'Sam Patel', { now: () => new Date(clock) });
    const ann = await desktop(file, 'Ann Okafor', { now: () => new Date(clock) });
    const child = await call(sam, 'children.create', childInput());
    const e = await call(sam, 'escalations.raise', { childId: child.id, concern: concern(sam.context.profile().categories[0]!.key), opId: opId() });
    expect((await call(sam, 'presence.beat', { escalationId: e.row.id })).others).toEqual([]);
    await call(ann, 'presence.beat', { escalationId: e.row.id });
    expect((await call(sam, 'presence.beat', { escalationId: e.row.id })).others).toEqual([expect.objectContaining({ actor: 'Ann Okafor', machine: 'ANN-PC' })]);
    // Ann moves to the tracker list: she is no longer on this escalation.
    await call(ann, 'presence.beat', { escalationId: null });
    expect((await call(sam, 'presence.beat', { escalationId: e.row.id })).others).toEqual([]);
    await call(ann, 'presence.beat', { escalationId: e.row.id });
    clock += 2 * 60_000 + 1000; // Ann's app stopped beating (crash, laptop closed)
    expect((await call(sam, 'presence.beat', { escalationId: e.row.id })).others).toEqual([]);
    await sam.close();
    await ann.close();
  });

  it("takes one automatic daily backup per day even when several desktops try at once (the 'backup' lease)", async () => {
    const file = trackerIn();
    const desktops = await Promise.all(['Sam Patel', 'Ann Okafor', 'Lee Chan'].map((who) => desktop(file, who)));
    await call(desktops[0]!, 'children.create', childInput());
    const made = await Promise.all(desktops.map((d) => automaticBackup(d.session.tracker!, { holder: d.context.actor.name, machine: d.context.machine, now: NOW })));
    expect(made.filter(Boolean)).toHaveLength(1);
    expect(readdirSync(backupsDir(file)).filter((f) => f.includes('.daily-2025-03-03.'))).toHaveLength(1);
    // The next day's run takes the next one.
    const next = await automaticBackup(desktops[1]!.session.tracker!, { holder: 'Ann Okafor', machine: 'ANN-PC', now: new Date('2025-03-04T10:00:00Z') });
    expect(next?.name).toMatch(/daily-2025-03-04/);
    for (const d of desktops) await d.close();
  });

  it('refuses to restore over the live file while someone else has it open, and offers a new file instead', async () => {
    const file = trackerIn();
    const sam = await desktop(file, 'Sam Patel');
    const ann = await desktop(file, 'Ann Okafor');
    await call(sam, 'children.create', childInput({ name: 'Before Backup' }));
    const backup = await call(sam, 'backups.make', {});
    await call(ann, 'children.create', childInput({ name: 'After Backup' }));
    await call(ann, 'presence.beat', { escalationId: null });
    const refused = await attempt(sam, 'backups.restore', { backup: backup.name, mode: 'replace' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/Ann Okafor has the tracker open.*restore to a new file/);
    await ann.close(); // a clean close takes Ann's heartbeat away
    const done = await call(sam, 'backups.restore', { backup: backup.name, mode: 'replace' });
    expect(done.file).toBe(file);
    expect(done.savedCopy && existsSync(done.savedCopy)).toBe(true);
    expect((await call(sam, 'children.list', { search: '' })).map((c) => c.name)).toEqual(['Before Backup']);
    expect(dirname(done.savedCopy!)).toBe(join(dirname(file), 'backups'));
    await sam.close();
  });

  it('records every change with the person, the machine and the time, and never deletes history', async () => {
    const file = trackerIn();
    const sam = await desktop(file, 'Sam Patel');
    const child = await call(sam, 'children.create', childInput());
    await call(sam, 'children.update', { ...childInput({ name: 'Jordan Ellis-Grey', caseId: child.caseId }), id: child.id, version: child.version });
    const log = await sam.tracker.readTx((_tx, raw) => raw.all('SELECT entity, action, actor, machine, at FROM change_log ORDER BY id'));
    expect(log).toEqual([
      { entity: 'child', action: 'created', actor: 'Sam Patel', machine: 'SAM-PC', at: NOW.toISOString() },
      { entity: 'child', action: 'updated', actor: 'Sam Patel', machine: 'SAM-PC', at: NOW.toISOString() },
    ]);
    await sam.close();
  });
});
