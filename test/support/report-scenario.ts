import { dispatch } from '../../electron/dispatch';
import type { AppServices } from '../../electron/app-services';
import type { Channel, Input, Output } from '../../shared/api/contract';
import { childInput, opId, openServices } from './tracker-fixture';

/**
 * A tracker with known escalations for the report tests (and the reports e2e test), built through the
 * real services with a clock that the builder moves, so every event carries the time it "happened".
 * Profile: iro-handbook (informal 5 working days, stages 1–4 at 5 working days, overall 20 working days
 * from the first formal stage). England and Wales bank holidays 2025: Good Friday 18 April, Easter Monday
 * 21 April, early May 5 May, spring 26 May.
 *
 *  A  looked-after, North. Raised informally Thu 27 Mar 10:00Z (Q4; due Thu 3 Apr). Escalated to stage 1
 *     Wed 2 Apr 10:00Z (Q1; on time; stage 1 due Wed 9 Apr). Resolved Tue 8 Apr (on time) with an outcome.
 *  B  looked-after, South. Raised at stage 1 Wed 16 Apr 09:00Z (due Fri 25 Apr across Easter). Extension of
 *     3 working days on 24 Apr (due Wed 30 Apr). Escalated Tue 29 Apr (late on the original deadline, on
 *     time with the extension; stage 2 due Wed 7 May across the May bank holiday). Bypassed stage 3 to
 *     stage 4 on Wed 7 May 12:00Z (on time; stage 4 due Wed 14 May). Concurrent Cafcass referral 20 May;
 *     meeting held 21 May. Still open at the end of Q1, overdue.
 *  C  child-protection, North. Raised informally Thu 1 May, withdrawn Fri 2 May.
 *  D  looked-after, North. Raised at stage 1 Fri 27 Jun 10:00Z (due Fri 4 Jul). Resolved Wed 2 Jul (Q2).
 *  E  looked-after, South. Raised informally Mon 10 Feb (Q4), resolved Fri 14 Feb (on time).
 *  F  child-protection, South. Raised at stage 1 Mon 20 Jan (due Mon 27 Jan), escalated Wed 29 Jan (late;
 *     stage 2 due Wed 5 Feb), resolved Thu 3 Apr (Q1; late; overall target Mon 17 Feb missed), no outcome.
 */

export const CATEGORIES = { a: 'safeguarding', b: 'permanence-drift', c: 'failure-to-visit' } as const;

export interface Scenario {
  services: AppServices;
  file: string;
  ids: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', string>;
  themeId: string;
  setNow(iso: string): void;
}

export async function call<C extends Channel>(s: AppServices, channel: C, input: Input<C>): Promise<Output<C>> {
  const r = await dispatch(s.handlers, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code}: ${r.error.message}`);
  return r.data as Output<C>;
}

const concern = (keys: string[]) => ({
  categoryKeys: keys,
  summary: 'Care plan not progressed between reviews.',
  impactOnChild: 'Delay for the child.',
  requestedAction: { what: 'Planning meeting', who: 'Team Manager', byWhen: null },
  expectedOutcomeKeys: [],
});

/** Stops the story at a moment (the dashboard is about "now", so a test of it needs the tracker as it was then). */
class Stop extends Error {}

export async function buildReportScenario(opts: { file?: string; upTo?: string } = {}): Promise<Scenario> {
  let now = new Date('2025-01-20T09:00:00Z');
  const services = await openServices({ file: opts.file, now: () => now, profileId: 'iro-handbook' });
  const ids = {} as Scenario['ids'];
  let themeId = '';
  const at = (iso: string) => {
    if (opts.upTo && iso > opts.upTo) throw new Stop();
    now = new Date(iso);
  };
  try {
    await story();
    at('2025-07-10T10:00:00Z');
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    now = new Date(opts.upTo!);
  }
  return { services, file: services.tracker.file, ids, themeId, setNow: (iso) => (now = new Date(iso)) };

  async function story(): Promise<void> {
    const child = async (name: string, cohort: 'looked-after' | 'child-protection', team: string) =>
      (await call(services, 'children.create', childInput({ name, cohort, team, chair: team === 'North' ? 'Sam Patel' : 'Ann Okafor' }))).id;
    const raise = async (childId: string, startAt: string, keys: string[]) => (await call(services, 'escalations.raise', { childId, startAt, concern: concern(keys), opId: opId() })).row.id;
    const act = async (id: string, command: Input<'escalations.command'>['command']) => {
      const current = await call(services, 'escalations.get', { id });
      await call(services, 'escalations.command', { id, version: current.version, opId: opId(), command });
    };

    at('2025-01-20T09:00:00Z');
    const children = {
      A: await child('Amara Okafor', 'looked-after', 'North'),
      B: await child('Leo Murphy', 'looked-after', 'South'),
      C: await child('Mia Nowak', 'child-protection', 'North'),
      D: await child('Kai Hughes', 'looked-after', 'North'),
      E: await child('Ava Begum', 'looked-after', 'South'),
      F: await child('Noah Campbell', 'child-protection', 'South'),
    };
    const F = (ids.F = await raise(children.F, 'stage-1', [CATEGORIES.c]));
    at('2025-01-29T11:00:00Z');
    await act(F, { kind: 'escalate', concernsRemaining: 'No response from the Team Manager', actionsTaken: '' });
    at('2025-02-10T10:00:00Z');
    const E = (ids.E = await raise(children.E, 'informal', [CATEGORIES.a]));
    at('2025-02-14T15:00:00Z');
    await act(E, { kind: 'resolve', outcomeKeys: ['safeguarding-addressed'], date: '2025-02-14', note: '' });
    at('2025-03-27T10:00:00Z');
    const A = (ids.A = await raise(children.A, 'informal', [CATEGORIES.a]));
    at('2025-04-02T10:00:00Z');
    await act(A, { kind: 'escalate', concernsRemaining: 'Not agreed informally', actionsTaken: '' });
    at('2025-04-03T16:00:00Z');
    await act(F, { kind: 'resolve', outcomeKeys: [], date: '2025-04-03', note: 'Plan agreed' });
    at('2025-04-08T15:00:00Z');
    await act(A, { kind: 'resolve', outcomeKeys: ['safeguarding-addressed'], date: '2025-04-08', note: '' });
    at('2025-04-16T09:00:00Z');
    const B = (ids.B = await raise(children.B, 'stage-1', [CATEGORIES.a, CATEGORIES.b]));
    at('2025-04-24T10:00:00Z');
    await act(B, { kind: 'grant-extension', addWorkingDays: 3, reason: 'Team Manager on leave', requestedBy: 'Tom Barker' });
    at('2025-04-29T10:00:00Z');
    await act(B, { kind: 'escalate', concernsRemaining: 'Response did not address the plan', actionsTaken: '' });
    at('2025-05-01T10:00:00Z');
    const C = (ids.C = await raise(children.C, 'informal', [CATEGORIES.c]));
    at('2025-05-02T10:00:00Z');
    await act(C, { kind: 'withdraw', reason: 'Raised on the wrong child' });
    at('2025-05-07T12:00:00Z');
    await act(B, { kind: 'bypass', toStageKey: 'stage-4', reason: 'Child at immediate risk of placement breakdown', agreedWith: 'Head of Service' });
    at('2025-05-20T10:00:00Z');
    await act(B, { kind: 'refer-cafcass', concurrent: true, referredOn: '2025-05-20', note: 'Concurrent referral' });
    at('2025-05-21T16:00:00Z');
    await act(B, { kind: 'record-meeting', status: 'held', date: '2025-05-21', attendees: 'Director, QA Manager', notes: '' });
    at('2025-05-22T09:00:00Z');
    const theme = await call(services, 'themes.create', { title: 'Placement sufficiency for teenagers', description: 'No local placements', evidence: '', owner: 'QA Manager', escalationId: B, opId: opId() });
    themeId = theme.id;
    at('2025-06-27T10:00:00Z');
    const D = (ids.D = await raise(children.D, 'stage-1', [CATEGORIES.b]));
    await call(services, 'themes.link', { id: theme.id, escalationId: D, opId: opId() });
    at('2025-07-02T10:00:00Z');
    await act(D, { kind: 'resolve', outcomeKeys: [], date: '2025-07-02', note: '' });
  }
}
