import { describe, expect, it } from 'vitest';
import { call } from './letters/letters-fixture';
import { childInput, opId, openServices } from '../support/tracker-fixture';
import { readDocx } from '../unit/letters/docx-reader';
import { reminderText } from '../../electron/reminders';
import { figureTables } from '../../shared/reports/figure-tables';


describe('steps on a real tracker', () => {
  it('Haringey: the Dispute Resolution Meeting step sets the tracker’s next due, and once held it is counted among meetings held', async () => {
    let now = new Date('2025-03-03T09:30:00Z');
    const s = await openServices({ profileId: 'haringey', now: () => now });
    const category = s.context.profile().categories.find((c) => c.cohorts.includes('child-protection'))!.key;
    const child = await call(s, 'children.create', childInput({ cohort: 'child-protection' }));
    let e = await call(s, 'escalations.raise', { childId: child.id, startAt: 'stage-3', bypass: { reason: 'Serious: straight to the Head of Service.' }, concern: { categoryKeys: [category], summary: 's', impactOnChild: 'i', requestedAction: { what: 'w', who: 'Head of Service', byWhen: null }, expectedOutcomeKeys: [] }, opId: opId() });
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
    // Each step that ended in the period, met or missed against its own deadline.
    expect(report.current.stepTimeliness!.map((x) => [x.stageLabel, x.label, x.kind, x.ended, x.met, x.missed, x.noResponse, x.metPct])).toEqual([
      ['Stage 3: Head of Service', 'Head of Service written response', 'response', 1, 1, 0, 0, 100],
      ['Stage 3: Head of Service', 'Dispute Resolution Meeting', 'meeting', 1, 1, 0, 0, 100],
    ]);
    expect(figureTables([report.current]).find((t) => t.key === 'step-timeliness')!.rows.map((r) => [r.label, r.values[0]])).toEqual([
      ['Stage 3: Head of Service – Head of Service written response', [1, 1, 0, 0, 100]],
      ['Stage 3: Head of Service – Dispute Resolution Meeting', [1, 1, 0, 0, 100]],
    ]);
    await s.close();
  });

  it('Haringey: once the response is unsatisfactory, the tracker, My day, the reminder and the letter say the meeting is what falls due', async () => {
    // Haringey (seeds/001): "If the IRO considers the response to be unsatisfactory then a Dispute Resolution
    // Meeting should be convened within 5 working days".
    let now = new Date('2025-03-03T09:30:00Z');
    const s = await openServices({ profileId: 'haringey', now: () => now });
    const category = s.context.profile().categories.find((c) => c.cohorts.includes('child-protection'))!.key;
    const child = await call(s, 'children.create', childInput({ cohort: 'child-protection' }));
    let e = await call(s, 'escalations.raise', { childId: child.id, startAt: 'stage-3', bypass: { reason: 'Serious: straight to the Head of Service.' }, concern: { categoryKeys: [category], summary: 's', impactOnChild: 'i', requestedAction: { what: 'w', who: 'Head of Service', byWhen: null }, expectedOutcomeKeys: [] }, opId: opId() });
    // Before: Stage 3 waits on its first step, the written response.
    expect(e.row).toMatchObject({ nextStepLabel: 'Head of Service written response', nextStepKind: 'response' });
    e = await call(s, 'escalations.command', { id: e.row.id, version: e.version, opId: opId(), command: { kind: 'record-letter-sent', sentOn: '2025-03-03', to: 'Head of Service', how: 'email' } });
    now = new Date('2025-03-07T12:00:00Z');
    e = await call(s, 'escalations.command', { id: e.row.id, version: e.version, opId: opId(), command: { kind: 'complete-step', stepKey: 'response', outcome: 'unsatisfactory' } });
    expect(e.state.nextStep).toEqual({ key: 'dispute-resolution-meeting', label: 'Dispute Resolution Meeting', kind: 'meeting' });
    const listed = await call(s, 'escalations.list', {});
    expect(listed.rows[0]).toMatchObject({ nextDueDate: '2025-03-14', nextStepLabel: 'Dispute Resolution Meeting', nextStepKind: 'meeting' });
    // Overdue on the Monday after: My day offers "Record the meeting" (the step form), the reminder names it.
    now = new Date('2025-03-17T09:00:00Z');
    const day = await call(s, 'myday.get', {});
    expect(day.overdue.map((i) => [i.row.nextStepLabel, i.action])).toEqual([['Dispute Resolution Meeting', 'complete-step']]);
    const reminders = await call(s, 'reminders.mine', {});
    expect(reminderText(reminders)).toMatch(/Stage 3.*: Dispute Resolution Meeting \(meeting\)\.$/);
    // The stage's letter gives the meeting's deadline, not a response's.
    const made = await call(s, 'letters.generate', { escalationId: e.row.id, document: 'stage-form', emailDraft: false, opId: opId() });
    const docx = await readDocx(Buffer.from((await call(s, 'letters.download', { id: made.letter.id, part: 'letter' })).base64, 'base64'));
    expect(docx.text).toContain('Dispute Resolution Meeting to be held within 5 working days – by Friday 14 March 2025');
    // Held: the stage waits on nothing of its own (it is the top of the ladder), and the row says so.
    const held = await call(s, 'escalations.command', { id: e.row.id, version: e.version, opId: opId(), command: { kind: 'complete-step', stepKey: 'dispute-resolution-meeting', outcome: 'done' } });
    expect(held.state.nextStep).toBeNull();
    expect((await call(s, 'escalations.list', {})).rows[0]).toMatchObject({ nextStepLabel: null, nextStepKind: null });
    await s.close();
  });
});
