import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/dispatch';
import type { AppServices } from '../../../electron/app-services';
import type { Channel, Input, Output } from '../../../shared/api/contract';
import { childInput, opId, openServices } from '../../support/tracker-fixture';

/*
 * seeds/003 (Devon): "Concerns that arise as a result of resource or other system issues and/or indicate a
 * pattern or theme beyond an individual child, should be recorded on the Themed Concern Tab on the I3,
 * re-assigned to the QARSS Manager who will review the supporting evidence, gather more if necessary and
 * escalate directly to the Senior Safeguarding Manager, for consideration by the Senior Management Team."
 */

let s: AppServices;
let now: Date;

async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const r = await dispatch(s.handlers, channel, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.data as Output<C>;
}

async function escalationFor(name: string): Promise<{ id: string; childId: string }> {
  const child = await call('children.create', childInput({ name }));
  const e = await call('escalations.raise', {
    childId: child.id,
    concern: { categoryKeys: ['failure-to-plan'], summary: 'No placement found', impactOnChild: 'Delay', requestedAction: { what: 'Find placement', who: 'TM', byWhen: null }, expectedOutcomeKeys: [] },
    opId: opId(),
  });
  return { id: e.row.id, childId: child.id };
}

beforeEach(async () => {
  now = new Date('2025-05-01T09:00:00Z');
  s = await openServices({ now: () => now, profileId: 'iro-handbook' });
});
afterEach(() => s.close());

describe('themed concerns', () => {
  it('raises a theme from an escalation, owned by the QA manager, with the escalation and its child linked', async () => {
    const e = await escalationFor('Amara Okafor');
    const theme = await call('themes.create', { title: 'No local placements for teenagers', description: 'Three children placed out of area', evidence: 'Placement panel minutes', owner: 'QA Manager', escalationId: e.id, opId: opId() });
    expect(theme).toMatchObject({ status: 'open', owner: 'QA Manager', linkedEscalations: 1, linkedChildren: 1, version: 1 });
    expect(theme.links).toMatchObject([{ escalationId: e.id, childId: e.childId, childName: 'Amara Okafor' }]);
    expect(theme.history.map((h) => h.kind)).toEqual(['raised', 'linked']);
    expect((await call('themes.forEscalation', { escalationId: e.id })).linked.map((t) => t.id)).toEqual([theme.id]);
  });

  it('gathers evidence, escalates to senior managers and keeps every step in its own history', async () => {
    const theme = await call('themes.create', { title: 'Core groups not held', owner: 'QA Manager', opId: opId() });
    now = new Date('2025-05-02T09:00:00Z');
    const more = await call('themes.addNote', { id: theme.id, kind: 'evidence', text: 'Audit of 20 CP plans: 7 without a core group in 10 days', opId: opId() });
    expect(more.evidence).toBe('[2025-05-02 Sam Patel] Audit of 20 CP plans: 7 without a core group in 10 days');
    const escalated = await call('themes.setStatus', { id: theme.id, version: more.version, status: 'escalated', note: 'Escalated to the Senior Safeguarding Manager for SMT on 2 May', opId: opId() });
    expect(escalated.status).toBe('escalated');
    expect(escalated.history.map((h) => h.text)).toEqual([
      'Themed concern raised; owner QA Manager.',
      'Evidence added: Audit of 20 CP plans: 7 without a core group in 10 days',
      'Status changed from open (gathering evidence) to escalated to senior managers: Escalated to the Senior Safeguarding Manager for SMT on 2 May',
    ]);
  });

  it('links further escalations and children, refuses a duplicate link, and can remove a link', async () => {
    const theme = await call('themes.create', { title: 'Late health assessments', opId: opId() });
    const a = await escalationFor('Leo Murphy');
    const linked = await call('themes.link', { id: theme.id, escalationId: a.id, opId: opId() });
    await expect(call('themes.link', { id: theme.id, escalationId: a.id, opId: opId() })).rejects.toThrow('This escalation is already linked to “Late health assessments”.');
    const child = await call('children.create', childInput({ name: 'Mia Nowak' }));
    const withChild = await call('themes.link', { id: theme.id, childId: child.id, opId: opId() });
    expect(withChild).toMatchObject({ linkedEscalations: 1, linkedChildren: 2 });
    const removed = await call('themes.unlink', { id: theme.id, linkId: linked.links[0]!.linkId, opId: opId() });
    expect(removed.links.map((l) => l.childName)).toEqual(['Mia Nowak']);
    expect(removed.history.at(-1)!.text).toBe(`Removed the link to the escalation for Leo Murphy (${linked.links[0]!.caseId}).`);
  });

  it('does nothing twice when an operation is retried, and names who changed a theme first on a conflict', async () => {
    const op = opId();
    const first = await call('themes.create', { title: 'Advocacy waiting list', opId: op });
    const again = await call('themes.create', { title: 'Advocacy waiting list', opId: op });
    expect(again.id).toBe(first.id);
    expect(await call('themes.list', { status: 'all' })).toHaveLength(1);
    await call('themes.update', { id: first.id, version: first.version, title: 'Advocacy waiting list (12 weeks)', description: '', evidence: '', owner: 'QA Manager', opId: opId() });
    await expect(call('themes.update', { id: first.id, version: first.version, title: 'Stale edit', description: '', evidence: '', owner: '', opId: opId() })).rejects.toThrow(/Sam Patel changed this themed concern/);
  });

  it('lists active themes (not closed) by default', async () => {
    const open = await call('themes.create', { title: 'Open theme', opId: opId() });
    const closed = await call('themes.create', { title: 'Closed theme', opId: opId() });
    await call('themes.setStatus', { id: closed.id, version: closed.version, status: 'closed', note: 'Resolved by new commissioning', opId: opId() });
    expect((await call('themes.list', {})).map((t) => t.id)).toEqual([open.id]);
    expect(await call('themes.list', { status: 'all' })).toHaveLength(2);
  });
});
