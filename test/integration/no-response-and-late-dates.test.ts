import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/dispatch';
import { childInput, opId, openServices } from '../support/tracker-fixture';
import type { AppServices } from '../../electron/app-services';
import type { Channel, Input, Output } from '../../shared/api/contract';

async function call<C extends Channel>(s: AppServices, channel: C, input: Input<C>) {
  const r = await dispatch(s.handlers, channel, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as Output<C>;
}

// Issue 12: "counted per stage and per recipient role in the reports (how often managers miss the deadline is what QA meetings ask)".
describe('silence and late records on a real tracker file', () => {
  it('escalates after no response, shows it, and counts it per stage and recipient in the period report', async () => {
    let now = new Date('2025-03-03T10:00:00Z');
    const s = await openServices({ now: () => now, profileId: 'rutland' });
    try {
      const profile = s.context.profile();
      const child = await call(s, 'children.create', childInput({ cohort: 'child-protection' }));
      const concern = { categoryKeys: [profile.categories[0]!.key], summary: 'Core groups not held.', impactOnChild: 'Plan drifting.', requestedAction: { what: 'Hold core group', who: 'Team Manager', byWhen: null }, expectedOutcomeKeys: [] };
      const raised = await call(s, 'escalations.raise', { childId: child.id, startAt: 'stage-1', concern, opId: opId() });
      // seeds/004: "At each of the first 3 stages, a response is required within 5 working days of receipt of the alert."
      expect(raised.allowed.noResponseOffered).toBe(false);
      now = new Date('2025-03-11T10:00:00Z');
      const overdue = await call(s, 'escalations.get', { id: raised.row.id });
      expect(overdue.allowed.noResponseOffered).toBe(true);
      const escalated = await call(s, 'escalations.command', { id: raised.row.id, version: overdue.version, opId: opId(), command: { kind: 'escalate', concernsRemaining: 'No reply at all', noResponse: true } });
      expect(escalated.state.stages.find((st) => st.key === 'stage-1')?.outcome).toBe('no-response');
      const report = await call(s, 'reports.period', { from: '2025-03-01', to: '2025-03-31' });
      expect(report.current.noResponse).toMatchObject({ count: 1, byRecipientRole: [{ label: profile.ladders[0]!.stages[0]!.recipientRole, count: 1 }] });
      expect(report.current.noResponse?.byStage.find((r) => r.key === 'stage-1')?.count).toBe(1);
    } finally {
      await s.close();
    }
  });

  it('records an escalation a day late with its deadline counted from the given date; the audit keeps both', async () => {
    let now = new Date('2025-03-03T10:00:00Z');
    const s = await openServices({ now: () => now });
    try {
      const profile = s.context.profile();
      const child = await call(s, 'children.create', childInput());
      const concern = { categoryKeys: [profile.categories[0]!.key], summary: 'No plan.', impactOnChild: 'Drift.', requestedAction: { what: 'Plan', who: 'TM', byWhen: null }, expectedOutcomeKeys: [] };
      const stage = profile.ladders[0]!.stages[0]!;
      now = new Date('2025-03-04T10:00:00Z');
      const raised = await call(s, 'escalations.raise', { childId: child.id, startAt: stage.key, happenedOn: '2025-03-03', concern, opId: opId() });
      expect(raised.state.currentClock?.openedAt.slice(0, 10)).toBe('2025-03-03');
      expect(raised.events[0]!.at).toBe('2025-03-04T10:00:00.000Z');
      const late = await call(s, 'escalations.raise', { childId: child.id, startAt: stage.key, concern, opId: opId() });
      // The same stage raised on the day it is recorded is due a working day later than the one dated a day earlier.
      expect(raised.row.nextDueDate! < late.row.nextDueDate!).toBe(true);
      const refused = await dispatch(s.handlers, 'escalations.raise', { childId: child.id, startAt: stage.key, happenedOn: '2025-03-05', concern, opId: opId() });
      expect(refused.ok ? '' : refused.error.message).toBe('The date the concern was raised cannot be Wednesday 5 March 2025, because that is after today.');
    } finally {
      await s.close();
    }
  });
});
