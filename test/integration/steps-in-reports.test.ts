import { describe, expect, it } from 'vitest';
import { call } from './letters/letters-fixture';
import { childInput, opId, openServices } from '../support/tracker-fixture';


describe('steps on a real tracker', () => {
  it('Haringey: the Dispute Resolution Meeting step sets the tracker’s next due, and once held it is counted among meetings held', async () => {
    let now = new Date('2025-03-03T09:30:00Z');
    const s = await openServices({ profileId: 'haringey', now: () => now });
    const category = s.context.profile().categories.find((c) => c.cohorts.includes('child-protection'))!.key;
    const child = await call(s, 'children.create', childInput({ cohort: 'child-protection' }));
    let e = await call(s, 'escalations.raise', { childId: child.id, startAt: 'stage-3', concern: { categoryKeys: [category], summary: 's', impactOnChild: 'i', requestedAction: { what: 'w', who: 'Head of Service', byWhen: null }, expectedOutcomeKeys: [] }, opId: opId() });
    expect(e.row.nextDueDate).toBe('2025-03-10');
    now = new Date('2025-03-07T12:00:00Z');
    e = await call(s, 'escalations.command', { id: e.row.id, version: e.version, opId: opId(), command: { kind: 'complete-step', stepKey: 'response', outcome: 'unsatisfactory' } });
    expect(e.row.nextDueDate).toBe('2025-03-14');
    const listed = await call(s, 'escalations.list', {});
    expect(listed.rows[0]!.nextDueDate).toBe('2025-03-14');
    now = new Date('2025-03-12T16:00:00Z');
    e = await call(s, 'escalations.command', { id: e.row.id, version: e.version, opId: opId(), command: { kind: 'complete-step', stepKey: 'dispute-resolution-meeting', outcome: 'done' } });
    expect(e.events.at(-1)!.body).toMatchObject({ kind: 'step-completed', stepKey: 'dispute-resolution-meeting', outcome: 'done', on: '2025-03-12', stepKind: 'meeting' });
    const report = await call(s, 'reports.period', { from: '2025-03-01', to: '2025-03-31' });
    expect(report.current.meetings.held).toBe(1);
    await s.close();
  });
});
