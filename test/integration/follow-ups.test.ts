import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { dispatch } from '../../electron/dispatch';
import { paragraphsOf } from '../unit/letters/docx-reader';
import { childInput, opId, openServices } from '../support/tracker-fixture';
import type { AppServices } from '../../electron/app-services';
import type { Channel, Input, Output } from '../../shared/api/contract';
import type { EscalationDetail } from '../../shared/api/outputs';

// DESIGN.md "Follow-up": "The chair sets a date to check it happened; on that date the chair records whether it did
// (yes / partly / no). "No" raises the concern again, linked to the first. This is the evidence of impact inspectors ask for."
async function call<C extends Channel>(s: AppServices, channel: C, input: Input<C>) {
  const r = await dispatch(s.handlers, channel, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as Output<C>;
}
async function refusal<C extends Channel>(s: AppServices, channel: C, input: Input<C>) {
  const r = await dispatch(s.handlers, channel, input);
  return r.ok ? 'accepted' : r.error.message;
}

const concern = { categoryKeys: ['care-planning'], summary: 'No permanence plan at the second review.', impactOnChild: 'Uncertainty about where he will grow up.', requestedAction: { what: 'Permanence planning meeting', who: 'Team Manager', byWhen: null } };

async function tracker() {
  let now = new Date('2026-03-02T09:00:00Z'); // Monday
  const s = await openServices({ now: () => now, user: 'Sam Patel', profileId: 'iro-handbook' });
  const key = s.context.profile().categories[0]!.key;
  const child = await call(s, 'children.create', childInput({ chair: 'Sam Patel', lastMeetingDate: '2026-02-20' }));
  const raise = async (): Promise<EscalationDetail> => call(s, 'escalations.raise', { childId: child.id, startAt: 'stage-1', concern: { ...concern, categoryKeys: [key] }, opId: opId() });
  const command = async (d: EscalationDetail, cmd: Record<string, unknown>): Promise<EscalationDetail> => call(s, 'escalations.command', { id: d.row.id, version: d.version, opId: opId(), command: cmd as Input<'escalations.command'>['command'] });
  return { s, child, raise, command, setNow: (d: string) => (now = new Date(d)) };
}

describe('the follow-up of a resolution', () => {
  it('is due on the agreed "by when", shows on My day and the reminder from that day, and leaves them once recorded', async () => {
    const t = await tracker();
    const first = await t.raise();
    t.setNow('2026-03-04T12:00:00Z');
    const resolved = await t.command(first, { kind: 'resolve', date: '2026-03-04', outcomeKeys: [], note: 'Meeting agreed.', followUp: { what: 'Hold the permanence planning meeting', who: 'Tom Barker, Team Manager', byWhen: '2026-03-13' } });
    expect(resolved.state.followUp).toMatchObject({ checkOn: '2026-03-13', result: null });
    expect(resolved.allowed.kinds).toEqual(['set-follow-up', 'record-follow-up', 'add-note']);
    t.setNow('2026-03-12T09:00:00Z');
    expect((await call(t.s, 'myday.get', {})).followUps).toEqual([]);
    t.setNow('2026-03-13T08:00:00Z');
    const day = await call(t.s, 'myday.get', {});
    expect(day.followUps.map((f) => [f.row.id, f.checkOn, f.what])).toEqual([[first.row.id, '2026-03-13', 'Hold the permanence planning meeting']]);
    expect((await call(t.s, 'reminders.mine', {})).followUpsDue.map((r) => r.id)).toEqual([first.row.id]);
    // Still listed the day after (overdue to check), until recorded.
    t.setNow('2026-03-16T08:00:00Z');
    expect((await call(t.s, 'myday.get', {})).followUps).toHaveLength(1);
    const done = await t.command(resolved, { kind: 'record-follow-up', result: 'done', happenedOn: '2026-03-12', note: '' });
    expect(done.state.followUp).toMatchObject({ result: 'done', happenedOn: '2026-03-12', checkedOn: '2026-03-16' });
    expect((await call(t.s, 'myday.get', {})).followUps).toEqual([]);
    expect((await call(t.s, 'reminders.mine', {})).followUpsDue).toEqual([]);
    await t.s.close();
  });

  it('"not done" raises the concern again at the stage it was resolved at, in one click, each linked to the other', async () => {
    const t = await tracker();
    const first = await t.raise();
    const up = await t.command(first, { kind: 'escalate', concernsRemaining: 'No reply.' });
    t.setNow('2026-03-04T12:00:00Z');
    const resolved = await t.command(up, { kind: 'resolve', date: '2026-03-04', outcomeKeys: [], note: '', followUp: { what: 'Hold the meeting', who: 'Service Manager', byWhen: null } });
    // No "by when": 10 working days after the resolution (the procedure's default).
    expect(resolved.state.followUp?.checkOn).toBe('2026-03-18');
    expect(resolved.allowed.reRaiseAt).toMatchObject({ key: 'stage-2' });
    t.setNow('2026-03-18T10:00:00Z');
    const noNote = await refusal(t.s, 'escalations.command', { id: first.row.id, version: resolved.version, opId: opId(), command: { kind: 'record-follow-up', result: 'not-done', note: '', reRaise: true } });
    expect(noNote).toContain('a note is needed');
    const before = (await call(t.s, 'escalations.list', { status: 'any' })).total;
    const checked = await t.command(resolved, { kind: 'record-follow-up', result: 'not-done', note: 'No meeting booked.', reRaise: true });
    const againId = checked.state.followUp?.reRaisedAs;
    expect(againId).toBeTruthy();
    expect((await call(t.s, 'escalations.list', { status: 'any' })).total).toBe(before + 1);
    const again = await call(t.s, 'escalations.get', { id: againId! });
    expect(again.state).toMatchObject({ status: 'open', currentStageKey: 'stage-2', reRaiseOf: first.row.id });
    expect(again.state.concern.summary).toMatch(/^Raised again: the action agreed when this concern was resolved on Wednesday 4 March 2026 was not done\. Agreed: Hold the meeting \(Service Manager\)\. Found at the follow-up on Wednesday 18 March 2026: No meeting booked\./);
    expect(again.child.id).toBe(t.child.id);
    // Read back from the tracker, the first names the second.
    const reread = await call(t.s, 'escalations.get', { id: first.row.id });
    expect(reread.state.followUp).toMatchObject({ result: 'not-done', reRaisedAs: againId });
    // The same click retried (a lost connection) raises nothing twice.
    const retry = await dispatch(t.s.handlers, 'escalations.command', { id: first.row.id, version: resolved.version, opId: checked.events.at(-1)!.opId, command: { kind: 'record-follow-up', result: 'not-done', note: 'No meeting booked.', reRaise: true } });
    expect(retry.ok).toBe(true);
    expect((await call(t.s, 'escalations.list', { status: 'any' })).total).toBe(before + 1);
    // The audit log says what the check found.
    const audit = await call(t.s, 'audit.list', { escalationId: first.row.id });
    expect(audit.rows[0]?.summary).toBe('Escalation event follow up recorded: not done, raised again');
    // The child's next meeting hears of it: resolved since the last review, with what the follow-up found.
    const summary = await call(t.s, 'children.conferenceSummary', { id: t.child.id });
    expect(summary.items.find((i) => i.row.id === first.row.id)?.followUp).toMatchObject({ result: 'not-done', reRaisedAs: againId });
    await t.s.close();
  });

  it('counts in the report: done, partly, not done (raised again), not yet checked, past the check date, not set, and the median days to action', async () => {
    const t = await tracker();
    const resolveWith = async (what: string | null, byWhen: string | null) => {
      t.setNow('2026-03-02T09:00:00Z');
      const d = await t.raise();
      t.setNow('2026-03-04T12:00:00Z');
      return t.command(d, { kind: 'resolve', date: '2026-03-04', outcomeKeys: [], note: '', ...(what ? { followUp: { what, who: 'Team Manager', byWhen } } : {}) });
    };
    const a = await resolveWith('Plan updated', '2026-03-06');
    const b = await resolveWith('Contact restarted', '2026-03-06');
    const c = await resolveWith('Meeting held', '2026-03-06');
    await resolveWith('Assessment finished', '2026-03-06'); // never checked, past its date
    await resolveWith('Review brought forward', '2026-06-30'); // not due yet
    await resolveWith(null, null); // nothing agreed: not set
    t.setNow('2026-03-10T10:00:00Z');
    await t.command(a, { kind: 'record-follow-up', result: 'done', happenedOn: '2026-03-06', note: '' }); // raised Mon 2 March: 4 working days
    await t.command(b, { kind: 'record-follow-up', result: 'partly', happenedOn: '2026-03-09', note: 'Agreed, not started.' });
    await t.command(c, { kind: 'record-follow-up', result: 'not-done', note: 'Not held.', reRaise: true });
    const report = await call(t.s, 'reports.period', { from: '2026-01-01', to: '2026-03-31' });
    expect(report.current.followUps).toEqual({
      resolvedWithAction: 5,
      notSet: 1,
      due: 4,
      recorded: 3,
      done: 1,
      partly: 1,
      notDone: 1,
      raisedAgain: 1,
      notYetChecked: 2,
      overdueUnchecked: 1,
      medianWorkingDaysToAction: 4,
    });
    const table = report.current && (await import('../../shared/reports/figure-tables')).figureTables([report.current, report.previous]).find((x) => x.key === 'follow-ups');
    expect(table?.rows.find((r) => r.key === 'raised-again')?.values[0]).toEqual([1]);
    const { keyMessages } = await import('../../shared/reports/key-messages');
    expect(keyMessages(report.current, report.previous)).toContain(
      'Evidence of impact: of 5 resolved in the period with an agreed action, 1 confirmed done, 1 partly, 1 not done (1 raised again), 2 not yet checked (1 past its check date). Median 4 working days from raised to the agreed action done.',
    );
    expect(report.definitions.some((d) => d.startsWith('Evidence of impact (follow-ups)'))).toBe(true);
    // The Word report for the meeting: the sentence, the table and its definition.
    const file = await call(t.s, 'reports.export', { report: 'period', from: '2026-01-01', to: '2026-03-31', format: 'docx' });
    const doc = await (await JSZip.loadAsync(Buffer.from(file.base64, 'base64'))).file('word/document.xml')!.async('string');
    const paragraphs = paragraphsOf(doc);
    expect(paragraphs).toContain('• Evidence of impact: of 5 resolved in the quarter with an agreed action, 1 confirmed done, 1 partly, 1 not done (1 raised again), 2 not yet checked (1 past its check date). Median 4 working days from raised to the agreed action done.');
    expect(paragraphs).toContain('Evidence of impact: did the agreed action happen? (escalations resolved in the period)');
    for (const cell of ['Not done and raised again', 'Not checked and past the check date', 'Resolved with no follow-up set']) expect(paragraphs).toContain(cell);
    expect(paragraphs.some((p) => p.includes('Evidence of impact (follow-ups)'))).toBe(true);
    await t.s.close();
  });
});
