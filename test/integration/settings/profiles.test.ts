import { afterEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/app-services';
import type { Profile } from '../../../shared/profile/schema';
import { childInput, opId } from '../../support/tracker-fixture';
import { adminAndOther, api, ok, openAs } from './settings-fixture';

const open: AppServices[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function setup() {
  const t = await adminAndOther();
  open.push(t.admin, t.other);
  const rutland = (await ok(t.admin, 'profiles.get', { id: 'rutland' })).profile;
  return { ...t, rutland };
}

const copyOf = (p: Profile, over: Partial<Profile> = {}): Profile => ({ ...structuredClone(p), id: 'our-procedure', name: 'Our procedure', ...over });

describe('profile editor: custom profiles', () => {
  it('rejects a ladder with no stages and names the field, saving nothing', async () => {
    const { admin, rutland } = await setup();
    const bad = copyOf(rutland);
    bad.ladders[0]!.stages = [];
    const r = await api(admin, 'profiles.save', { profile: bad, basedOn: 'rutland', opId: opId() });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID');
    // Rutland's bypass rule names stages 3 and 4, which the emptied ladder no longer has: reported too.
    expect(r.error.details?.problems).toEqual([
      { path: 'ladders[0].stages', message: 'must list at least one item' },
      { path: 'rules.bypass.toStageKeys[0]', message: 'refers to the stage "stage-3", which no ladder defines' },
      { path: 'rules.bypass.toStageKeys[1]', message: 'refers to the stage "stage-4", which no ladder defines' },
    ]);
    expect((await ok(admin, 'profiles.list', {})).map((p) => p.id)).not.toContain('our-procedure');
  });

  it('reports every problem of a bad ladder at once, each at its field', async () => {
    const { admin, rutland } = await setup();
    const bad = copyOf(rutland);
    bad.ladders[0]!.stages[1]!.key = bad.ladders[0]!.stages[0]!.key;
    (bad.ladders[0]!.stages[2] as { responseTime: unknown }).responseTime = { weeks: 2 };
    const r = await api(admin, 'profiles.save', { profile: bad, opId: opId() });
    const paths = r.ok ? [] : (r.error.details?.problems as { path: string }[]).map((p) => p.path);
    expect(paths.sort()).toEqual(['ladders[0].stages[1].key', 'ladders[0].stages[2].responseTime']);
  });

  it('refuses to overwrite a built-in profile: copies get a new id', async () => {
    const { admin, rutland } = await setup();
    const r = await api(admin, 'profiles.save', { profile: { ...structuredClone(rutland), name: 'Changed' }, opId: opId() });
    expect(r.ok ? [] : r.error.details?.problems).toEqual([{ path: 'id', message: expect.stringContaining('built-in') }]);
  });

  it('makes an activated custom profile what ctx.profile() returns, on this desktop and, after a refresh, on others', async () => {
    const { admin, other, rutland, file } = await setup();
    const saved = await ok(admin, 'profiles.save', { profile: copyOf(rutland, { closureDays: ['2025-12-29'] }), basedOn: 'rutland', opId: opId() });
    expect(saved).toMatchObject({ id: 'our-procedure', builtin: false, active: false, version: 1, basedOn: 'rutland' });
    await ok(admin, 'profiles.activate', { id: 'our-procedure', opId: opId() });
    expect(admin.context.profile().id).toBe('our-procedure');
    expect(admin.context.profile().closureDays).toEqual(['2025-12-29']);
    // A desktop opened afterwards starts with it; one already open notices (its next check).
    const later = await openAs(file, { name: 'Ann', osUser: 'ann' });
    open.push(later);
    expect(later.context.profile().id).toBe('our-procedure');
    expect(other.context.profile().id).toBe('iro-handbook');
    await other.context.profiles.refresh();
    expect(other.context.profile().id).toBe('our-procedure');
    expect((await ok(other, 'app.info', {})).profile.id).toBe('our-procedure');
  });

  it('never rewrites the due date of a stage already opened when the profile’s timescales change', async () => {
    const { admin, rutland } = await setup();
    await ok(admin, 'profiles.save', { profile: copyOf(rutland), opId: opId() });
    await ok(admin, 'profiles.activate', { id: 'our-procedure', opId: opId() });
    const child = await ok(admin, 'children.create', childInput());
    // Monday 3 March 2025, 10:00: Stage 1 (Team Manager) has 5 working days → Monday 10 March.
    const raised = await ok(admin, 'escalations.raise', {
      childId: child.id,
      startAt: 'stage-1',
      concern: { categoryKeys: ['other'], otherCategory: 'Drift', summary: 'Plan drift', impactOnChild: 'Delay', requestedAction: { what: 'Review', who: 'TM', byWhen: null }, expectedOutcomeKeys: [] },
      opId: opId(),
    });
    expect(raised.state.currentClock?.dueDate).toBe('2025-03-10');
    // The administrator changes Stage 1 to 15 working days, and adds a closure day inside the window.
    const record = await ok(admin, 'profiles.get', { id: 'our-procedure' });
    const edited = structuredClone(record.profile);
    edited.ladders[0]!.stages[0]!.responseTime = { workingDays: 15 };
    edited.closureDays = ['2025-03-05'];
    await ok(admin, 'profiles.save', { profile: edited, version: record.version!, opId: opId() });
    expect(admin.context.profile().ladders[0]!.stages[0]!.responseTime).toEqual({ workingDays: 15 });
    const after = await ok(admin, 'escalations.get', { id: raised.row.id });
    expect(after.state.currentClock?.dueDate).toBe('2025-03-10');
    expect(after.row.nextDueDate).toBe('2025-03-10');
    // Only a stage opened after the change uses the new rule.
    const next = await ok(admin, 'escalations.command', { id: raised.row.id, version: after.version, command: { kind: 'escalate', concernsRemaining: 'Still drifting', actionsTaken: '' }, opId: opId() });
    expect(next.state.currentClock?.stageKey).toBe('stage-2');
  });

  it('refuses to activate a profile that lacks a ladder escalations follow', async () => {
    const { admin } = await setup();
    const child = await ok(admin, 'children.create', childInput());
    await ok(admin, 'escalations.raise', {
      childId: child.id,
      concern: { categoryKeys: ['other'], summary: 'x', impactOnChild: 'y', requestedAction: { what: 'a', who: 'b', byWhen: null }, expectedOutcomeKeys: [] },
      opId: opId(),
    });
    const r = await api(admin, 'profiles.activate', { id: 'devon', opId: opId() });
    expect(r.ok ? 'ok' : r.error.code).toBe('REFUSED');
    expect(r.ok ? '' : r.error.message).toMatch(/must keep a ladder with the key "dispute-resolution": 1 escalation follows it/);
    expect(admin.context.profile().id).toBe('iro-handbook');
  });

  it('records every profile change in the change log with the whole profile', async () => {
    const { admin, rutland } = await setup();
    await ok(admin, 'profiles.save', { profile: copyOf(rutland), opId: opId() });
    await ok(admin, 'profiles.activate', { id: 'our-procedure', opId: opId() });
    const rows = (await ok(admin, 'audit.list', {})).rows.filter((r) => r.entity === 'profile' || r.entityId === 'profileId');
    expect(rows.map((r) => r.summary)).toEqual(['Setting "profileId" created to our-procedure', 'Protocol profile Our procedure created']);
    expect(JSON.parse(rows[1]!.detail).profile.id).toBe('our-procedure');
  });
});
