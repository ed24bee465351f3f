import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../electron/dispatch';
import { openTracker } from '../../db/connection';
import { readMigrations } from '../../db/migrate';
import { childInput, MIGRATIONS, opId, openServices, tempDir } from '../support/tracker-fixture';
import type { AppServices } from '../../electron/app-services';
import type { Channel, Input, Output } from '../../shared/api/contract';

async function call<C extends Channel>(s: AppServices, channel: C, input: Input<C>) {
  const r = await dispatch(s.handlers, channel, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as Output<C>;
}

// Devon: RED = 24 elapsed hours at every formal stage; GREEN = 5 working days.
const RAISED = new Date('2026-11-30T09:15:00Z'); // Monday
const concern = (key: string) => ({ categoryKeys: [key], summary: 'Strategy discussion not held', impactOnChild: 'Continued risk', requestedAction: { what: 'Hold it', who: 'Team Manager', byWhen: null } });

async function devonTracker() {
  const file = join(tempDir(), 'devon.sqlite');
  let now = RAISED;
  const s = await openServices({ file, now: () => now, user: 'Kemi Adebayo', profileId: 'devon' });
  const key = s.context.profile().categories[0]!.key;
  const child = await call(s, 'children.create', childInput({ chair: 'Kemi Adebayo', cohort: 'child-protection', lastMeetingDate: '2026-10-20', nextMeetingDate: '2026-12-08' }));
  const red = await call(s, 'escalations.raise', { childId: child.id, startAt: 'stage-1', urgency: 'red', concern: concern(key), opId: opId() });
  const green = await call(s, 'escalations.raise', { childId: child.id, startAt: 'stage-1', urgency: 'green', concern: concern(key), opId: opId() });
  return { s, child, red, green, setNow: (d: Date) => (now = d) };
}

describe("a chair's My day", () => {
  it('puts a RED stage past its 24 hours under overdue, with the action it needs, and agrees with the tracker filter and the banner', async () => {
    const { s, red, green, setNow } = await devonTracker();
    setNow(new Date('2026-12-01T15:40:00Z'));
    const day = await call(s, 'myday.get', {});
    expect(day.overdue.map((i) => i.row.id)).toEqual([red.row.id]);
    expect(day.overdue[0]).toMatchObject({ action: 'record-letter-sent', hourClock: true });
    expect(day.lettersNotSent.map((i) => i.row.id).sort()).toEqual([red.row.id, green.row.id].sort());
    // The RED clock ran out at 09:15 today: overdue, and not also "due today".
    expect(day.dueToday).toEqual([]);
    const filtered = await call(s, 'escalations.list', { scope: 'mine', dueWithin: 'overdue' });
    const today = await call(s, 'escalations.list', { scope: 'mine', dueWithin: 'today' });
    const banner = await call(s, 'reminders.mine', {});
    expect([filtered.total, banner.overdue.length]).toEqual([day.overdue.length, day.overdue.length]);
    expect([today.total, banner.dueToday.length]).toEqual([0, 0]);
    expect(day.reviews).toEqual([expect.objectContaining({ date: '2026-12-08', openEscalations: 2 })]);
    // The tracker's urgency filter takes more than one value.
    expect((await call(s, 'escalations.list', { urgency: 'red' })).total).toBe(1);
    expect((await call(s, 'escalations.list', { urgency: 'red,green' })).total).toBe(2);
    await s.close();
  });

  it('moves an escalated RED item from overdue to due tomorrow, and lists a scheduled meeting until it is held', async () => {
    const { s, red, setNow } = await devonTracker();
    setNow(new Date('2026-12-01T15:40:00Z'));
    const sent = await call(s, 'escalations.command', { id: red.row.id, version: red.version, opId: opId(), command: { kind: 'record-letter-sent', sentOn: '2026-11-30', to: 'Tom Barker' } });
    const up = await call(s, 'escalations.command', { id: red.row.id, version: sent.version, opId: opId(), command: { kind: 'escalate', concernsRemaining: 'No response within 24 hours' } });
    const met = await call(s, 'escalations.command', { id: red.row.id, version: up.version, opId: opId(), command: { kind: 'record-meeting', status: 'scheduled', date: '2026-12-03' } });
    let day = await call(s, 'myday.get', {});
    expect(day.overdue).toEqual([]);
    expect(day.dueTomorrow.map((i) => [i.row.id, i.row.nextDueAt])).toEqual([[red.row.id, '2026-12-02T15:40:00.000Z']]);
    expect(day.meetings.map((m) => [m.row.id, m.date])).toEqual([[red.row.id, '2026-12-03']]);
    expect((await call(s, 'escalations.list', { scope: 'mine', dueWithin: 'tomorrow' })).total).toBe(1);
    setNow(new Date('2026-12-03T12:00:00Z'));
    await call(s, 'escalations.command', { id: red.row.id, version: met.version, opId: opId(), command: { kind: 'record-meeting', status: 'held', date: '2026-12-03' } });
    day = await call(s, 'myday.get', {});
    expect(day.meetings).toEqual([]);
    await s.close();
  });

  it('previews the due date a raise would set, and says when the urgency replaces the stage timescale', async () => {
    const { s } = await devonTracker();
    const red = await call(s, 'escalations.previewDue', { ladderKey: 'reviewing-officers', stageKey: 'stage-1', urgency: 'red' });
    expect(red).toMatchObject({ timescale: '24 hours', dueAt: '2026-12-01T09:15:00.000Z', hourClock: true, urgencyOverrides: { stageTimescale: '5 working days' } });
    const none = await call(s, 'escalations.previewDue', { ladderKey: 'reviewing-officers', stageKey: 'informal', urgency: 'red' });
    expect(none).toMatchObject({ timescale: 'no set timescale', dueDate: null, urgencyOverrides: null });
    await s.close();
  });

  it('summarises for the conference the escalations raised or moved since the last one (Rutland: "since the previous meeting")', async () => {
    const { s, child, red, setNow } = await devonTracker();
    setNow(new Date('2026-12-01T15:40:00Z'));
    await call(s, 'escalations.command', { id: red.row.id, version: red.version, opId: opId(), command: { kind: 'escalate', concernsRemaining: 'No response' } });
    const summary = await call(s, 'children.conferenceSummary', { id: child.id });
    expect(summary.since).toBe('2026-10-20');
    const redItem = summary.items.find((i) => i.row.id === red.row.id)!;
    expect(redItem.changes.map((e) => e.body.kind)).toEqual(['raised', 'escalated']);
    expect(summary.items).toHaveLength(2);
    // After a conference on 1 December, only what moved that day or later is news.
    const fresh = await call(s, 'children.get', { id: child.id });
    await call(s, 'children.update', { ...childInput(), ...fresh, lastMeetingDate: '2026-12-02', id: child.id, version: fresh.version, opId: opId() });
    const later = await call(s, 'children.conferenceSummary', { id: child.id });
    expect(later.items).toEqual([]);
    expect(later.unchanged).toHaveLength(2);
    await s.close();
  });
});

describe('migration 0006 (child review and conference dates)', () => {
  it('opens a tracker made by the previous release, keeps its children and adds empty meeting dates', async () => {
    const dir = tempDir();
    const previous = join(dir, 'previous');
    mkdirSync(join(previous, 'meta'), { recursive: true });
    const all = readMigrations(MIGRATIONS);
    const before = all.filter((m) => m.idx < 6); // the release before 0006 added the meeting dates
    for (const m of before) writeFileSync(join(previous, `${m.tag}.sql`), m.statements.join('\n--> statement-breakpoint\n'));
    writeFileSync(join(previous, 'meta', '_journal.json'), JSON.stringify({ entries: before.map((m) => ({ idx: m.idx, tag: m.tag })) }));
    const file = join(dir, 'old.sqlite');
    const old = await openTracker({ file, migrationsDir: previous, create: true });
    await old.writeTx((_tx, raw) =>
      raw.run("INSERT INTO children (id, name, case_id, cohort, version, created_at, created_by, updated_at, updated_by) VALUES ('c1', 'Jordan Ellis', 'LCS-1', 'looked-after', 1, 'x', 'x', 'x', 'x')"),
    );
    await old.close();
    const s = await openServices({ file });
    const child = await call(s, 'children.get', { id: 'c1' });
    expect(child).toMatchObject({ name: 'Jordan Ellis', lastMeetingDate: null, nextMeetingDate: null });
    await s.close();
  });
});
