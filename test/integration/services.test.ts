import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { dispatch } from '../../electron/dispatch';
import { childInput, concernIn, opId, openServices, tempDir } from '../support/tracker-fixture';
import type { AppServices } from '../../electron/app-services';
import type { Channel, Input, Output } from '../../shared/api/contract';

async function call<C extends Channel>(s: AppServices, channel: C, input: Input<C>) {
  const r = await dispatch(s.handlers, channel, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as Output<C>;
}

const concern = concernIn;

describe('services on a real tracker file', () => {
  it('walks the slice: informal → stage 1 → response → resolved, with due dates from the engine', async () => {
    const s = await openServices();
    const profile = s.context.profile();
    const child = await call(s, 'children.create', childInput());
    const raised = await call(s, 'escalations.raise', { childId: child.id, concern: concern(profile.categories[0]!.key), opId: opId() });
    expect(raised.state.status).toBe('open');
    expect(raised.row.nextDueDate).not.toBeNull();
    const escalated = await call(s, 'escalations.command', { id: raised.row.id, version: raised.version, opId: opId(), command: { kind: 'escalate', concernsRemaining: 'No plan yet' } });
    expect(escalated.state.highestStageIndex).toBe(raised.state.highestStageIndex + 1);
    const responded = await call(s, 'escalations.command', {
      id: raised.row.id,
      version: escalated.version,
      opId: opId(),
      command: { kind: 'record-response', respondent: 'Tom Barker', what: 'Meeting booked', who: 'Tom Barker', byWhen: '2025-03-10', date: '2025-03-03' },
    });
    const resolved = await call(s, 'escalations.command', { id: raised.row.id, version: responded.version, opId: opId(), command: { kind: 'resolve', date: '2025-03-03' } });
    expect(resolved.state.status).toBe('resolved');
    expect(resolved.events.map((e) => e.body.kind)).toEqual(['raised', 'escalated', 'response-recorded', 'resolved']);
    const list = await call(s, 'escalations.list', { status: 'any' });
    expect(list.rows[0]).toMatchObject({ id: raised.row.id, status: 'resolved', nextDueDate: null });
    await s.close();
  });

  it('applies a retried operation only once (same opId)', async () => {
    const s = await openServices();
    const input = childInput();
    const a = await call(s, 'children.create', input);
    const b = await call(s, 'children.create', input);
    expect(b.id).toBe(a.id);
    const raise = { childId: a.id, concern: concern(s.context.profile().categories[0]!.key), opId: opId() };
    const r1 = await call(s, 'escalations.raise', raise);
    const r2 = await call(s, 'escalations.raise', raise);
    expect(r2.row.id).toBe(r1.row.id);
    expect((await call(s, 'escalations.list', {})).total).toBe(1);
    await s.close();
  });

  it('refuses a stale save from a second desktop with CONFLICT naming who changed it, and loses nothing', async () => {
    const file = join(tempDir(), 'shared.sqlite');
    const sam = await openServices({ file, user: 'Sam Patel' });
    const ann = await openServices({ file, user: 'Ann Okafor', now: () => new Date('2025-03-03T11:30:00Z') });
    const child = await call(sam, 'children.create', childInput());
    const seenBySam = await call(sam, 'escalations.raise', { childId: child.id, concern: concern(sam.context.profile().categories[0]!.key), opId: opId() });
    await call(ann, 'escalations.command', { id: seenBySam.row.id, version: seenBySam.version, opId: opId(), command: { kind: 'add-note', text: 'Spoke to the social worker.' } });
    const stale = await dispatch(sam.handlers, 'escalations.command', { id: seenBySam.row.id, version: seenBySam.version, opId: opId(), command: { kind: 'add-note', text: 'My note' } });
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.error.code).toBe('CONFLICT');
      expect(stale.error.message).toContain('Ann Okafor');
      expect(stale.error.details).toMatchObject({ changedBy: 'Ann Okafor', changedAt: '2025-03-03T11:30:00.000Z' });
    }
    const now = await call(sam, 'escalations.get', { id: seenBySam.row.id });
    expect(now.events.map((e) => e.body.kind)).toEqual(['raised', 'note']);
    await sam.close();
    await ann.close();
  });

  it('refuses a duplicate case ID with a sentence naming the child who has it', async () => {
    const s = await openServices();
    await call(s, 'children.create', childInput({ caseId: 'DUP-1', name: 'Alex Moore' }));
    const r = await dispatch(s.handlers, 'children.create', childInput({ caseId: 'DUP-1' }));
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID', details: { field: 'caseId' } } });
    if (!r.ok) expect(r.error.message).toContain('Alex Moore');
    await s.close();
  });

  it('shows the engine refusal as a REFUSED sentence (escalating a resolved escalation)', async () => {
    const s = await openServices();
    const child = await call(s, 'children.create', childInput());
    const e = await call(s, 'escalations.raise', { childId: child.id, concern: concern(s.context.profile().categories[0]!.key), opId: opId() });
    const done = await call(s, 'escalations.command', { id: e.row.id, version: e.version, opId: opId(), command: { kind: 'resolve', date: '2025-03-03' } });
    const r = await dispatch(s.handlers, 'escalations.command', { id: e.row.id, version: done.version, opId: opId(), command: { kind: 'escalate', concernsRemaining: 'x' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'REFUSED' } });
    if (!r.ok) expect(r.error.message).toMatch(/resolved/);
    await s.close();
  });
});
