/**
 * One desktop's calls on a tracker, each one cold (right after another desktop saved) and warm (the same
 * call again, nothing changed), bracketed by marker file operations so `scripts/bench-share.ts` can count
 * the file operations of each call in an strace log, or time it through the latency FUSE mount.
 *
 * `node --import tsx scripts/bench-share-child.ts TRACKER [--only a,b] [--skip a,b]` → one JSON line
 * `{ ms: { "defaultView.cold": 12.3, … } }` on stdout.
 */
import { openSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { createAppServices, type AppServices } from '../electron/app-services';
import { dispatch } from '../electron/dispatch';
import { londonDateOf } from '../shared/calendar';
import { lastCompleteQuarter } from '../shared/reports/periods';
import { setJournalModeForBenchmark, trackerCounts } from '../db/maintenance';

/** A marker: an openat of a path that never exists, which strace shows between a call's file operations. */
export const MARK_DIR = '/et-bench-mark';
function mark(label: string): void {
  try {
    openSync(`${MARK_DIR}/${label}`, 'r');
  } catch {
    // expected: the path never exists; the failed openat is the marker
  }
}

const migrationsDir = join(import.meta.dirname, '..', 'db', 'migrations');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { only: { type: 'string' }, skip: { type: 'string' } } });
const file = positionals[0];
if (!file) throw new Error('usage: bench-share-child.ts TRACKER [--only calls] [--skip calls]');
const only = values.only ? new Set(values.only.split(',')) : null;
const skip = new Set((values.skip ?? '').split(',').filter(Boolean));
const wanted = (name: string) => (!only || only.has(name)) && !skip.has(name);
const ms: Record<string, number> = {};

async function measure(label: string, fn: () => Promise<unknown>): Promise<void> {
  mark(`${label}.start`);
  const t = performance.now();
  await fn();
  ms[label] = Math.round((performance.now() - t) * 10) / 10;
  mark(`${label}.end`);
}

async function call<T>(s: AppServices, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(s.handlers, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data as T;
}

async function main() {
  await measure('open.cold', async () => {
    // The demo seed's chairs sign in with their names as Windows accounts (electron/seed/demo-directory.ts): they may write.
    const s = await createAppServices({ trackerFile: file!, migrationsDir, appVersion: 'bench', user: { name: 'Sam Patel', osUser: 'sam patel' } });
    app = s;
  });
  const s = app!;
  // "Another desktop": a second connection in this process saving through the same services. Its file
  // operations happen before the next marker, so they are not counted; SQLite drops this connection's
  // page cache exactly as when another process saves (the file change counter moved).
  const other = await createAppServices({ trackerFile: file!, migrationsDir, appVersion: 'bench', user: { name: 'Ann Okafor', osUser: 'ann okafor' } });
  const mode = process.env.BENCH_JOURNAL_MODE;
  if (mode === 'truncate' || mode === 'persist') for (const t of [s.context.tracker, other.context.tracker]) await setJournalModeForBenchmark(t, mode);
  const list = await call<{ rows: { id: string }[] }>(s, 'escalations.list', { scope: 'all', status: 'open', limit: 100, offset: 0 });
  const [mine, theirs] = [list.rows[10]!.id, list.rows[20]!.id];
  const othersSave = async () => {
    const e = await call<{ version: number }>(other, 'escalations.get', { id: theirs });
    await call(other, 'escalations.command', { id: theirs, version: e.version, command: { kind: 'add-note', text: 'Another desktop saved' }, opId: randomUUID() });
  };
  const newest = (await trackerCounts(s.context.tracker)).newestRaisedAt!;
  const quarter = lastCompleteQuarter(londonDateOf(newest));
  let version = (await call<{ version: number }>(s, 'escalations.get', { id: mine })).version;
  let seq: number | undefined = (await call<{ seq: number }>(s, 'feed.changes', {})).seq;
  const session = s.session.id;

  const calls: Record<string, () => Promise<unknown>> = {
    defaultView: () => call(s, 'escalations.list', { scope: 'all', status: 'open', limit: 100, offset: 0 }),
    filter: () => call(s, 'escalations.list', { scope: 'all', status: 'closed', stage: 'stage-2', limit: 100, offset: 0 }),
    search: () => call(s, 'escalations.list', { scope: 'all', status: 'any', search: 'DEMO-1042', limit: 100, offset: 0 }),
    escalationPage: () => call(s, 'escalations.get', { id: mine }),
    dashboard: () => call(s, 'reports.dashboard', {}),
    // Issue 33: My day now also reads the chair's agreed actions to check.
    myDay: () => call(s, 'myday.get', {}),
    quarterlyReport: () => call(s, 'reports.period', { from: quarter.from, to: quarter.to }),
    write: async () => {
      const r = await call<{ version: number }>(s, 'escalations.command', { id: mine, version, command: { kind: 'add-note', text: 'Benchmark note' }, opId: randomUUID() });
      version = r.version;
    },
    // Issue 30: one "Record response" click as the window makes it, with every reload it causes on this window.
    // BENCH_RELOADS=before replays the reloads the window made before issue 30 (letters options and list at the new
    // version, then, on the poll that saw its own change, the escalation, letters, themes, app.info, profile, reminders).
    responseClick: async () => {
      const r = await call<{ version: number }>(s, 'escalations.command', {
        id: mine,
        version,
        command: { kind: 'record-response', respondent: 'Team Manager', what: 'Plan updated', who: 'Social worker', byWhen: null, expectedOutcomeKeys: [], date: londonDateOf(new Date()) },
        opId: randomUUID(),
      });
      version = r.version;
      const reloads: [string, unknown][] =
        process.env.BENCH_RELOADS === 'before'
          ? [
              ['letters.options', { escalationId: mine }],
              ['letters.list', { escalationId: mine }],
              ['feed.changes', { session, since: seq }],
              ['escalations.get', { id: mine }],
              ['letters.options', { escalationId: mine }],
              ['letters.list', { escalationId: mine }],
              ['themes.forEscalation', { escalationId: mine }],
              ['app.info', {}],
              ['profile.active', {}],
              ['reminders.mine', {}],
            ]
          : [
              ['feed.changes', { session, since: seq }],
              ['reminders.mine', {}],
            ];
      for (const [channel, input] of reloads) await call(s, channel, input);
    },
    poll: async () => {
      const r = await call<{ seq: number }>(s, 'feed.changes', { session, since: seq });
      seq = r.seq;
    },
  };
  for (const [name, fn] of Object.entries(calls)) {
    if (!wanted(name)) continue;
    await othersSave();
    await measure(`${name}.cold`, fn);
    // The change feed reads the file at most once a second; the renderer polls every 2 seconds.
    if (name === 'poll') await new Promise((r) => setTimeout(r, 1100));
    await measure(`${name}.warm`, fn);
  }
  await other.close();
  await s.close();
  process.stdout.write(`${JSON.stringify({ ms })}\n`);
}

let app: AppServices | undefined;
main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : String(err));
  process.exit(1);
});
