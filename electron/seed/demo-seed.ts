import { decide, ladderForCohort, project } from '../../shared/engine';
import { addCalendarDays, londonDateOf, type Calendar } from '../../shared/calendar';
import type { Command, EscalationEvent } from '../../shared/engine/types';
import type { Cohort, Profile } from '../../shared/profile/schema';
import type { Tracker } from '../../db/tracker';
import { insertEscalation } from '../services/escalation-derived';
import { childrenRepo } from '../../db/repositories/children-repo';
import { escalationsRepo } from '../../db/repositories/escalations-repo';
import { peopleRepo } from '../../db/repositories/people-repo';
import { settingsWriteRepo } from '../../db/repositories/settings-write-repo';
import { APP_ROLES_SETTING } from '../services/app-roles';
import { pick, seededRandom } from './random';
import { chairs, firstNames, lastNames, teams, workers } from './names';
import { userInfo } from 'node:os';
import { demoDirectory, demoRecipient, demoTeamManager, type DemoPerson } from './demo-directory';
import { describeNamed } from '../../shared/engine/stage-people';
import { resolveWithFollowUp } from './demo-follow-up';
import { seedChairConcerns } from './demo-chair-concerns';

export interface SeedOptions {
  escalations: number;
  now: Date;
  seed?: number;
  /** Spread raised dates over this many days before now. */
  spanDays?: number;
  batchSize?: number;
  onProgress?: (done: number) => void;
  /** The account that becomes the demo's administrator (default: the one running the seed). */
  adminOsUser?: string;
}

export interface SeedResult {
  escalations: number;
  children: number;
  events: number;
}

const DAY = 86_400_000;

/**
 * Builds a realistic demo tracker quickly: every escalation's history is decided by the real engine
 * (so due dates, stages and states are exactly what the app would produce), then written in large
 * transactions. Several teams and chairs, both cohorts, a spread of dates, stages and outcomes.
 */
export async function seedDemoTracker(tracker: Tracker, profile: Profile, calendar: Calendar, opts: SeedOptions): Promise<SeedResult> {
  const rnd = seededRandom(opts.seed ?? 20261123);
  const span = opts.spanDays ?? 730;
  const batch = opts.batchSize ?? 1000;
  const childCount = Math.max(1, Math.ceil(opts.escalations * 0.7));
  const cohorts: Cohort[] = profile.ladders.flatMap((l) => l.cohorts).filter((c, i, a) => a.indexOf(c) === i);
  const directory = demoDirectory(opts.adminOsUser ?? userInfo().username);
  await seedDirectory(tracker, directory, opts.now.toISOString());
  const children = Array.from({ length: childCount }, (_, i) => ({
    id: `child-${i + 1}`,
    name: `${pick(rnd, firstNames)} ${pick(rnd, lastNames)}`,
    caseId: `DEMO-${String(100000 + i)}`,
    dateOfBirth: londonDateOf(new Date(opts.now.getTime() - (365 * (1 + rnd() * 16)) * DAY)),
    cohort: pick(rnd, cohorts),
    socialWorker: pick(rnd, workers),
    teamManager: '',
    team: pick(rnd, teams),
    chair: pick(rnd, chairs),
  }));
  // Each child's team manager is their team's own, as People lists them.
  for (const c of children) c.teamManager = demoTeamManager(directory, c.team);
  const stamp = opts.now.toISOString();
  for (let start = 0; start < childCount; start += batch) {
    const slice = children.slice(start, start + batch);
    await tracker.writeTx(async (tx) => {
      for (const c of slice) await childrenRepo.insert(tx, { ...c, version: 1, createdAt: stamp, createdBy: 'demo seed', updatedAt: stamp, updatedBy: 'demo seed' });
    });
  }
  const lives: { n: number; child: (typeof children)[number]; history: EscalationEvent[]; state: ReturnType<typeof project> }[] = [];
  for (let n = 0; n < opts.escalations; n++) {
    const child = children[n % childCount]!;
    const history = simulate(profile, calendar, rnd, child.cohort as Cohort, opts.now, span, (role) => demoRecipient(directory, role, child.team));
    if (history) lives.push({ n, child, history, state: project(history, profile, calendar) });
  }
  // Written in the order a real tracker receives them: each escalation when it was raised, each event when it was
  // recorded (an escalation's own events stay in their order). A quarter's rows and events then sit on neighbouring
  // pages, as they do on a tracker used day by day, and the report benchmarks read what a real one would.
  const byRaise = [...lives].sort((a, b) => a.state.raisedAt.localeCompare(b.state.raisedAt) || a.n - b.n);
  for (let start = 0; start < byRaise.length; start += batch) {
    await tracker.writeTx(async (tx) => {
      for (const { n, child, history, state } of byRaise.slice(start, start + batch)) {
        // The same row and log the app writes when a chair raises and works an escalation (insertEscalation, appendEvents).
        await insertEscalation(tx, { id: `esc-${n + 1}`, child, profile, ladderKey: state.ladderKey, cohort: state.cohort, chair: child.chair, team: child.team, state, eventCount: history.length, at: state.raisedAt, actor: child.chair, updatedAt: history[history.length - 1]!.at });
      }
    });
    opts.onProgress?.(Math.min(start + batch, byRaise.length));
  }
  const log = lives.flatMap(({ n, child, history }) => {
    let after = '';
    return history.map((e) => {
      after = e.at > after ? e.at : after;
      return { after, n, row: { escalationId: `esc-${n + 1}`, seq: e.seq, kind: e.body.kind, body: JSON.stringify(e.body), at: e.at, actor: child.chair, machine: 'demo-seed', opId: `seed-${n + 1}-${e.seq}`, recordedAt: e.at } };
    });
  });
  log.sort((a, b) => a.after.localeCompare(b.after) || a.n - b.n || a.row.seq - b.row.seq);
  for (let start = 0; start < log.length; start += batch * 5) {
    await tracker.writeTx(async (tx) => {
      // A thousand rows a statement stays under SQLite's limit of bound values.
      for (let k = start; k < Math.min(start + batch * 5, log.length); k += 1000) await escalationsRepo.appendEvents(tx, log.slice(k, Math.min(k + 1000, start + batch * 5)).map((x) => x.row));
    });
  }
  await seedChairConcerns(tracker, profile, calendar, directory, rnd, opts.now, span, opts.escalations);
  return { escalations: opts.escalations, children: childCount, events: log.length };
}

/** People, their app roles and nothing else: the demo opens straight on My day for its chairs, never on first-run setup. */
async function seedDirectory(tracker: Tracker, directory: readonly DemoPerson[], stamp: string): Promise<void> {
  const roles = Object.fromEntries(directory.filter((p) => p.appRole !== 'none').map((p) => [p.id, p.appRole]));
  await tracker.writeTx(async (tx) => {
    for (const p of directory)
      await peopleRepo.insert(tx, { id: p.id, name: p.name, osUser: p.osUser, email: p.email, role: p.jobRole, team: p.team, active: true, version: 1, createdAt: stamp, createdBy: 'demo seed', updatedAt: stamp, updatedBy: 'demo seed' });
    await settingsWriteRepo.upsert(tx, APP_ROLES_SETTING, roles, 'demo seed', stamp);
  });
}

type RecipientOf = (role: string) => ReturnType<typeof demoRecipient>;

/** One escalation's life, decided by the engine step by step at plausible times. */
function simulate(profile: Profile, calendar: Calendar, rnd: () => number, cohort: Cohort, now: Date, span: number, recipientOf: RecipientOf): EscalationEvent[] | null {
  const ladder = ladderForCohort(profile, cohort);
  if (!ladder) return null;
  let at = new Date(now.getTime() - rnd() * span * DAY);
  const history: EscalationEvent[] = [];
  const apply = (command: Command): boolean => {
    if (at.getTime() > now.getTime()) return false;
    const r = decide(history.length ? history : null, command, { profile, calendar, now: at });
    if (!r.ok) return false;
    for (const body of r.events) history.push({ seq: history.length + 1, at: at.toISOString(), actor: 'demo', opId: '', body });
    return true;
  };
  const categories = profile.categories.filter((c) => c.cohorts.length === 0 || c.cohorts.includes(cohort));
  const category = pick(rnd, categories.length ? categories : profile.categories);
  const outcomes = profile.outcomes.filter((o) => o.categories.length === 0 || o.categories.includes(category.key)).slice(0, 1).map((o) => o.key);
  const startAt = ladder.informal && rnd() < 0.6 ? 'informal' : ladder.stages[0]!.key;
  const startRole = startAt === 'informal' ? (ladder.informal?.recipientRole ?? '') : ladder.stages[0]!.recipientRole;
  const first = recipientOf(startRole);
  const urgency = profile.urgency ? pick(rnd, profile.urgency.levels).key : null;
  const raised = apply({
    kind: 'raise',
    ladderKey: ladder.key,
    cohort,
    startAt,
    urgency,
    concern: {
      categoryKeys: [category.key],
      summary: `${category.label}: concern raised at review.`,
      impactOnChild: 'The child’s plan is delayed.',
      requestedAction: { what: 'Update the plan and confirm in writing', who: first ? describeNamed(first) : 'Team Manager', byWhen: null },
      expectedOutcomeKeys: outcomes,
    },
    ...(first ? { recipient: { ...first, email: first.email ?? '' } } : {}),
    // Haringey's Stage 1: the chair "will consult with their line manager before initiating" it.
    preconditions: (ladder.stages.find((st) => st.key === startAt)?.requires ?? []).map((r) => ({ key: r.key, with: { name: recipientOf(r.role)?.name ?? 'Lee Grant', role: r.role, email: '' }, how: 'in-person' as const })),
  });
  if (!raised) return null;
  const step = (days: number) => (at = new Date(at.getTime() + days * DAY * (0.5 + rnd())));
  // What the next stage requires first (Devon Stage 4: a discussion with the Operations Manager), recorded by phone.
  const preconditions = (state: ReturnType<typeof project>) =>
    (ladder.stages.find((st) => st.key === state.stages.find((x) => x.state === 'future')?.key)?.requires ?? []).map((r) => ({ key: r.key, with: { name: recipientOf(r.role)?.name ?? 'Lee Grant', role: r.role, email: '' }, how: 'phone' as const }));
  const today = () => londonDateOf(at);
  const life = { history, apply, at: () => at, moveTo: (when: Date) => (at = when) };
  const resolve = (note = '') => resolveWithFollowUp(life, profile, calendar, now, rnd, outcomes, note);
  for (let guard = 0; guard < 8; guard++) {
    step(2);
    const roll = rnd();
    const state = project(history, profile, calendar);
    const current = state.stages.find((st) => st.key === state.currentStageKey);
    const next = recipientOf(state.stages.find((st) => st.state === 'future')?.recipientRole ?? '');
    if (roll < 0.15) apply({ kind: 'record-letter-sent', sentOn: today(), to: describeNamed(current?.recipient, state.currentRecipientRole), how: 'email' });
    else if (roll < 0.4) {
      apply({ kind: 'record-response', respondent: 'Team Manager', what: 'Plan updated', who: 'Social worker', byWhen: addCalendarDays(today(), 7), expectedOutcomeKeys: outcomes, date: today() });
      step(2);
      if (rnd() < 0.7 && resolve()) break;
    } else if (roll < 0.7) {
      const restated = next ? { recipient: { ...next, email: next.email ?? '' }, requestedAction: { what: 'Update the plan and confirm in writing', who: describeNamed(next), byWhen: null } } : {};
      if (!apply({ kind: 'escalate', concernsRemaining: 'No response by the due date', actionsTaken: 'Reminder sent', ...restated, preconditions: preconditions(state) })) break;
    } else if (roll < 0.78) apply({ kind: 'grant-extension', addWorkingDays: 3, reason: 'Manager on leave', requestedBy: 'Service Manager' });
    else if (roll < 0.82) {
      if (apply({ kind: 'withdraw', reason: 'Concern addressed at review' })) break;
    } else if (roll < 0.84) apply({ kind: 'refer-cafcass', concurrent: true, referredOn: today(), note: '' });
    else if (roll < 0.9) apply({ kind: 'add-note', text: 'Chased by phone.' });
    else if (now.getTime() - at.getTime() < 90 * DAY) break; // recent: still open, waiting
    else if (resolve()) break; // older ones were mostly closed
  }
  // A working service closes most concerns within weeks: one left open more than six weeks is rare.
  if (project(history, profile, calendar).status === 'open' && now.getTime() - at.getTime() > 42 * DAY && rnd() < 0.95) {
    step(5);
    resolve('Agreed at the review.');
  }
  // Most open concerns are on time: a chair moves one on when its deadline passes. A few are left overdue.
  const open = project(history, profile, calendar);
  if (open.status === 'open' && open.currentClock?.dueAt && Date.parse(open.currentClock.dueAt) < now.getTime() && rnd() < 0.8) {
    at = new Date(now.getTime() - rnd() * DAY);
    const next = recipientOf(open.stages.find((st) => st.state === 'future')?.recipientRole ?? '');
    const restated = next ? { recipient: { ...next, email: next.email ?? '' }, requestedAction: { what: 'Update the plan and confirm in writing', who: describeNamed(next), byWhen: null } } : {};
    if (!apply({ kind: 'escalate', noResponse: true, concernsRemaining: 'No response by the due date', actionsTaken: 'Reminder sent', ...restated, preconditions: preconditions(open) })) resolve();
  }
  return history;
}
