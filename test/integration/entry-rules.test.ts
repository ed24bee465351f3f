import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createAppServices, type AppServices } from '../../electron/app-services';
import { MIGRATIONS, childInput, opId, tempDir } from '../support/tracker-fixture';
import { api, ok } from './settings/settings-fixture';

const NOW = () => new Date('2025-03-03T10:00:00Z');
const open = (file: string, profileId: string, name: string, osUser: string) =>
  createAppServices({ trackerFile: file, migrationsDir: MIGRATIONS, appVersion: 'test', create: true, now: NOW, user: { name, osUser }, machine: `pc-${osUser}`, profileId });

const concernFor = (s: AppServices, cohort: string) => {
  const p = s.context.profile();
  return { categoryKeys: [p.categories.find((c) => c.cohorts.length === 0 || c.cohorts.includes(cohort as never))!.key], summary: 'Permanence plan drifting', impactOnChild: 'No stable home', requestedAction: { what: 'Agree the plan', who: 'Director', byWhen: null }, expectedOutcomeKeys: [] };
};

// Rutland, seeds/004: "If the IRO is not satisfied with the response at stage 4, the QA manager can move to stage 5";
// "If a satisfactory response is not obtained within 10 working days, the QA Manager has the option to hand this over to CAFCASS."
describe('Rutland on a real tracker with app roles: who may move it on, a start above Stage 1, the Cafcass stage', () => {
  const desktops: Record<'administrator' | 'qa-manager' | 'chair', AppServices> = {} as never;
  let escalationId = '';

  beforeAll(async () => {
    const file = join(tempDir(), 'rutland.sqlite');
    desktops.administrator = await open(file, 'rutland', 'Sam Patel', 'spatel');
    await ok(desktops.administrator, 'people.setup', { person: { name: 'Sam Patel', email: '', jobRole: 'administrator', team: '' }, opId: opId() });
    await ok(desktops.administrator, 'people.create', { name: 'Quinn Ade', email: '', jobRole: 'qa-manager', appRole: 'qa-manager', team: '', osUser: 'qade', opId: opId() });
    await ok(desktops.administrator, 'people.create', { name: 'Chris Bell', email: '', jobRole: 'chair', appRole: 'chair', team: '', osUser: 'cbell', opId: opId() });
    desktops['qa-manager'] = await open(file, 'rutland', 'Quinn Ade', 'qade');
    desktops.chair = await open(file, 'rutland', 'Chris Bell', 'cbell');
  });
  afterAll(async () => Promise.all(Object.values(desktops).map((d) => d.close())));

  it('asks a start above Stage 1 for the bypass reason, and counts it with the quarter’s bypasses', async () => {
    const chair = desktops.chair;
    const child = await ok(chair, 'children.create', childInput({ chair: 'Chris Bell' }));
    const refused = await api(chair, 'escalations.raise', { childId: child.id, startAt: 'stage-4', concern: concernFor(chair, 'looked-after'), opId: opId() });
    expect(refused.ok ? null : [refused.error.code, refused.error.message]).toEqual([
      'REFUSED',
      'Starting at Stage 4: Director for People bypasses Stage 1: Team Manager, Stage 2: Service Manager, Stage 3: Head of Service: record why, as this procedure requires a reason for bypassing a stage.',
    ]);
    const e = await ok(chair, 'escalations.raise', { childId: child.id, startAt: 'stage-4', bypass: { reason: 'Serious: the placement is at risk of breaking down.' }, concern: concernFor(chair, 'looked-after'), opId: opId() });
    escalationId = e.row.id;
    const report = await ok(desktops['qa-manager'], 'reports.period', { from: '2025-01-01', to: '2025-03-31' });
    expect(report.current.bypasses.items.map((b) => [b.fromStage, b.toStage, b.reason])).toEqual([['Raised here (started above the first stage)', 'Stage 4: Director for People', 'Serious: the placement is at risk of breaking down.']]);
  });

  it('offers Stage 5 only to the QA manager, and refuses anyone else at the door: the role matrix for entering a stage', async () => {
    const expected = { administrator: false, 'qa-manager': true, chair: false } as const;
    for (const [who, may] of Object.entries(expected) as [keyof typeof expected, boolean][]) {
      const d = await ok(desktops[who], 'escalations.get', { id: escalationId });
      expect([who, d.allowed.kinds.includes('escalate')]).toEqual([who, may]);
      if (!may) {
        expect(d.allowed.refused.escalate?.code).toBe('NOT_PERMITTED');
        const r = await api(desktops[who], 'escalations.command', { id: escalationId, version: d.version, opId: opId(), command: { kind: 'escalate', concernsRemaining: 'Not satisfied with the Director’s response' } });
        expect(r.ok ? null : r.error.message).toBe(
          'Stage 5: Independent Chair of the LSCB can only be entered by a QA manager under this procedure ("If the IRO is not satisfied with the response at stage 4, the QA manager can move to stage 5"). Ask a QA manager to move it on.',
        );
      }
    }
    const d = await ok(desktops['qa-manager'], 'escalations.get', { id: escalationId });
    const up = await ok(desktops['qa-manager'], 'escalations.command', { id: escalationId, version: d.version, opId: opId(), command: { kind: 'escalate', concernsRemaining: 'Not satisfied with the Director’s response' } });
    expect(up.state.currentStageKey).toBe('stage-5');
  });

  it('counts reaching Stage 6: CAFCASS as one Cafcass referral, and offers no second one', async () => {
    const qa = desktops['qa-manager'];
    const d = await ok(qa, 'escalations.get', { id: escalationId });
    const up = await ok(qa, 'escalations.command', { id: escalationId, version: d.version, opId: opId(), command: { kind: 'escalate', concernsRemaining: 'No satisfactory response within 10 working days' } });
    expect([up.state.currentStageKey, up.state.cafcassReferred, up.allowed.kinds.includes('refer-cafcass')]).toEqual(['stage-6', true, false]);
    const report = await ok(qa, 'reports.period', { from: '2025-01-01', to: '2025-03-31' });
    expect(report.current.cafcass).toEqual({ referrals: 1, concurrent: 1, closing: 0 });
  });
});

// Devon, seeds/003: "Escalation of a concern to this stage requires discussion with the QARSS UNIT Operations Manager in the first instance."
describe('Devon on a real tracker: the discussion before Stage 4', () => {
  it('refuses Stage 4 until the discussion is recorded or waived, and the report counts the waiver with why', async () => {
    const s = await open(join(tempDir(), 'devon.sqlite'), 'devon', 'Sam Patel', 'spatel');
    try {
      const child = await ok(s, 'children.create', childInput({ cohort: 'child-protection' }));
      let e = await ok(s, 'escalations.raise', { childId: child.id, startAt: 'stage-3', bypass: { reason: 'Immediate risk' }, urgency: 'red', concern: concernFor(s, 'child-protection'), opId: opId() });
      const refused = await api(s, 'escalations.command', { id: e.row.id, version: e.version, opId: opId(), command: { kind: 'escalate', concernsRemaining: 'No plan' } });
      expect(refused.ok ? '' : refused.error.message).toMatch(/^Escalation of a concern to this stage requires discussion with the QARSS UNIT Operations Manager in the first instance\./);
      e = await ok(s, 'escalations.command', {
        id: e.row.id,
        version: e.version,
        opId: opId(),
        command: { kind: 'escalate', concernsRemaining: 'No plan', preconditions: [{ key: 'operations-manager', waived: 'Operations Manager on leave; the risk could not wait.' }] },
      });
      expect(e.state.currentStageKey).toBe('stage-4');
      const report = await ok(s, 'reports.period', { from: '2025-01-01', to: '2025-03-31' });
      expect(report.current.preconditions).toMatchObject({ recorded: 0, waived: 1, items: [{ stage: 'Stage 4: Head of Service', what: 'Discussion with the QARSS Unit Operations Manager', why: 'Operations Manager on leave; the risk could not wait.' }] });
    } finally {
      await s.close();
    }
  });
});
