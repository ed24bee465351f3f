import { afterEach, describe, expect, it } from 'vitest';
import { userInfo } from 'node:os';
import type { AppServices } from '../../../electron/app-services';
import { opId, freshTracker } from '../../support/tracker-fixture';
import { adminAndOther, api, ok, openAs, otherJoinsAs } from './settings-fixture';

const open: AppServices[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

describe('roles: only administrators change settings, and the API refuses', () => {
  it('makes the first person on a new tracker its administrator', async () => {
    const t = await adminAndOther();
    open.push(t.admin, t.other);
    const me = await ok(t.admin, 'people.me', {});
    expect(me.person?.name).toBe('Sam Patel');
    expect(me.appRole).toBe('administrator');
    expect(me.isAdministrator).toBe(true);
  });

  it('refuses a non-administrator every settings change with FORBIDDEN, whatever the UI shows', async () => {
    const t = await adminAndOther();
    open.push(t.admin, t.other);
    // The second account joins and is made a chair, then tries each administrator-only call directly.
    await otherJoinsAs(t, 'chair');
    const attempts = await Promise.all([
      api(t.other, 'settings.set', { key: 'authorityName', value: 'Rutland', version: null, opId: opId() }),
      api(t.other, 'people.create', { name: 'Tom Barker', email: '', jobRole: 'team-manager', appRole: 'none', team: '', osUser: '', opId: opId() }),
      api(t.other, 'profiles.activate', { id: 'devon', opId: opId() }),
      api(t.other, 'profiles.save', { profile: { id: 'x' }, opId: opId() }),
      api(t.other, 'export.xlsx', {}),
    ]);
    // The role is checked at the door, before the input is looked at: even an invalid profile is FORBIDDEN.
    expect(attempts.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    const forbidden = attempts[0]!;
    expect(!forbidden.ok && forbidden.error.message).toMatch(/Only an administrator can change the tracker’s settings\. Ask Sam Patel/);
    // A valid profile from a non-administrator is refused too.
    const copy = { ...(await ok(t.other, 'profiles.get', { id: 'rutland' })).profile, id: 'my-copy', name: 'Copy' };
    const save = await api(t.other, 'profiles.save', { profile: copy, opId: opId() });
    expect(save.ok ? 'ok' : save.error.code).toBe('FORBIDDEN');
    // Nothing was written.
    expect((await ok(t.admin, 'settings.list', {})).map((s) => s.key)).not.toContain('authorityName');
    expect((await ok(t.admin, 'people.list', {})).map((p) => p.name)).toEqual(['Jo Khan', 'Sam Patel']);
  });

  it('lets an administrator change a setting and records who, when, before and after in the change log', async () => {
    const t = await adminAndOther();
    open.push(t.admin, t.other);
    const first = await ok(t.admin, 'settings.set', { key: 'authorityName', value: 'Rutland County Council', version: null, opId: opId() });
    await ok(t.admin, 'settings.set', { key: 'authorityName', value: 'Rutland', version: first.version, opId: opId() });
    const stale = await api(t.admin, 'settings.set', { key: 'authorityName', value: 'Other', version: first.version, opId: opId() });
    expect(stale.ok ? 'ok' : stale.error.code).toBe('CONFLICT');
    const audit = await ok(t.admin, 'audit.list', { actor: 'Sam Patel' });
    const changes = audit.rows.filter((r) => r.entity === 'setting' && r.entityId === 'authorityName');
    expect(changes.map((r) => JSON.parse(r.detail))).toEqual([
      { from: 'Rutland County Council', to: 'Rutland' },
      { from: null, to: 'Rutland County Council' },
    ]);
    expect(changes[0]).toMatchObject({ actor: 'Sam Patel', machine: 'pc-spatel' });
  });

  it('refuses to demote or deactivate the last administrator', async () => {
    const t = await adminAndOther();
    open.push(t.admin, t.other);
    const me = (await ok(t.admin, 'people.me', {})).person!;
    const demote = await api(t.admin, 'people.update', { ...me, appRole: 'chair', opId: opId() });
    expect(demote.ok ? 'ok' : demote.error.code).toBe('REFUSED');
    const leave = await api(t.admin, 'people.setActive', { id: me.id, version: me.version, active: false, opId: opId() });
    expect(leave.ok ? 'ok' : leave.error.code).toBe('REFUSED');
  });
});

describe('people', () => {
  it('deactivates leavers instead of deleting them, so their history keeps their name', async () => {
    const t = await adminAndOther();
    open.push(t.admin, t.other);
    const tom = await ok(t.admin, 'people.create', { name: 'Tom Barker', email: 'tom.barker@example.gov.uk', jobRole: 'team-manager', appRole: 'none', team: 'CIC 2', osUser: '', opId: opId() });
    const left = await ok(t.admin, 'people.setActive', { id: tom.id, version: tom.version, active: false, opId: opId() });
    expect(left.active).toBe(false);
    expect((await ok(t.admin, 'people.list', {})).map((p) => p.name)).toEqual(['Sam Patel']);
    expect((await ok(t.admin, 'people.list', { includeInactive: true })).map((p) => `${p.name}:${p.active}`)).toEqual(['Sam Patel:true', 'Tom Barker:false']);
    const log = await ok(t.admin, 'audit.list', {});
    expect(log.rows.find((r) => r.entity === 'person' && r.action === 'deactivated')?.summary).toBe('Person Tom Barker deactivated');
  });

  it('pre-fills a stage letter’s recipient and copies from the people list, same team first', async () => {
    const t = await adminAndOther();
    open.push(t.admin, t.other);
    const add = (name: string, jobRole: 'team-manager' | 'business-manager' | 'head-of-service', team: string) =>
      ok(t.admin, 'people.create', { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.gov.uk`, jobRole, appRole: 'none', team, osUser: '', opId: opId() });
    await add('Anna Lee', 'team-manager', 'CIC 1');
    await add('Tom Barker', 'team-manager', 'CIC 2');
    await add('Grace Obi', 'business-manager', '');
    await add('Hari Rao', 'head-of-service', '');
    const r = await ok(t.admin, 'people.recipients', { recipientRole: 'Team Manager (TM)', team: 'CIC 2', copyTo: ['Safeguarding Business Manager'] });
    expect(r.to.map((p) => p.name)).toEqual(['Tom Barker', 'Anna Lee']);
    expect(r.cc.map((p) => p.name)).toEqual(['Grace Obi']);
    const ad = await ok(t.admin, 'people.recipients', { recipientRole: 'Assistant Team Manager (ATM)' });
    expect(ad.to).toEqual([]);
  });

  it('resolves the acting OS account to the person’s name, so events carry the name', async () => {
    const file = await freshTracker();
    const s = await openAs(file, undefined);
    open.push(s);
    const osUser = userInfo().username;
    const before = await ok(s, 'people.me', {});
    expect(before).toMatchObject({ setupNeeded: true, firstPerson: true, actorName: osUser, person: null });
    const after = await ok(s, 'people.setup', { person: { name: 'Priya Shah', email: '', jobRole: 'chair', team: '' }, profileId: 'devon', opId: opId() });
    expect(after).toMatchObject({ setupNeeded: false, actorName: 'Priya Shah', appRole: 'administrator', profile: { id: 'devon' } });
    expect(s.context.actor.name).toBe('Priya Shah');
    expect(s.context.profile().id).toBe('devon');
    const child = await ok(s, 'children.create', { name: 'Jordan Ellis', caseId: 'LCS-1', dateOfBirth: null, cohort: 'looked-after', socialWorker: '', teamManager: '', team: '', chair: '', opId: opId() });
    expect(child.updatedBy).toBe('Priya Shah');
  });

  it('lets a new colleague claim the record an administrator prepared, but never an administrator’s', async () => {
    const t = await adminAndOther();
    open.push(t.admin, t.other);
    const jo = await ok(t.admin, 'people.create', { name: 'Jo Khan', email: 'jo@example.gov.uk', jobRole: 'qa-manager', appRole: 'qa-manager', team: '', osUser: '', opId: opId() });
    const view = await ok(t.other, 'people.me', {});
    expect(view.claimable.map((p) => p.name)).toEqual(['Jo Khan']);
    const claimed = await ok(t.other, 'people.setup', { claimPersonId: jo.id, opId: opId() });
    expect(claimed).toMatchObject({ person: { name: 'Jo Khan', osUser: 'jkhan' }, appRole: 'qa-manager', isAdministrator: false });
    const spare = await ok(t.admin, 'people.create', { name: 'Spare Admin', email: '', jobRole: 'administrator', appRole: 'administrator', team: '', osUser: '', opId: opId() });
    const third = await openAs(t.file, { name: 'X', osUser: 'xuser' });
    open.push(third);
    const grab = await api(third, 'people.setup', { claimPersonId: spare.id, opId: opId() });
    expect(grab.ok ? 'ok' : grab.error.code).toBe('REFUSED');
  });
});
