/**
 * `npm run -s bench -- --json [--escalations 50000] [--keep DIR] [--from SEEDED_FILE] [--skip-ui]
 * [--skip-writes] [--skip-share]`: one command, the figures that matter, each beside its floor (the same SQL
 * straight through sqlite3) measured in the same run, and the round trips each call makes on a file share
 * (scripts/bench-share.ts). `--from` copies a tracker seeded before instead of seeding for a minute.
 */
import { copyFileSync, mkdtempSync, statSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sqlite3 from 'sqlite3';
import { openTracker } from '../db/connection';
import { createAppServices } from '../electron/app-services';
import { dispatch } from '../electron/dispatch';
import { seedDemoTracker } from '../electron/seed/demo-seed';
import { escalationsRepo } from '../db/repositories/escalations-repo';
import { resolveTrackerFilter } from '../electron/services/tracker-query';
import { trackerFilterSchema, type TrackerFilter } from '../shared/api/inputs';
import { createCalendar } from '../shared/calendar';
import { getBuiltinProfile } from '../shared/profile/builtin';
import { analyze, trackerCounts } from '../db/maintenance';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 100) / 100;
const RUNS = 7;

async function timed(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm the page cache and statement paths once
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return round(median(xs));
}

type Loose = Record<string, (...args: unknown[]) => Promise<unknown>>;
/** Loads a sibling benchmark module by name (each part lives beside the code it measures). */
const part = (name: string): Promise<Loose> => import(`./${name}.ts`) as Promise<Loose>;

/** Optional parts owned by other modules: a missing one gives null and the reason, never a crash. */
async function optional<T>(label: string, load: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await load();
  } catch (err) {
    return { error: `${label}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

async function main() {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, escalations: { type: 'string', default: '50000' }, keep: { type: 'string' }, 'skip-ui': { type: 'boolean' }, 'skip-writes': { type: 'boolean' }, 'skip-share': { type: 'boolean' }, from: { type: 'string' } } });
  const n = Number(values.escalations);
  if (!Number.isInteger(n) || n < 100) throw new Error('--escalations must be a whole number of at least 100');
  const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'et-bench-'));
  const file = join(dir, 'bench-tracker.sqlite');
  const migrationsDir = join(import.meta.dirname, '..', 'db', 'migrations');
  const profile = getBuiltinProfile('iro-handbook')!;
  const now = new Date();

  // Seed through the engine into a fresh file, or start from a copy of one seeded before (`--from FILE`, opened once so it is migrated).
  const t = performance.now();
  let seeded: { escalations: number; children: number; events: number };
  if (values.from) {
    copyFileSync(values.from, file);
    const tracker = await openTracker({ file, migrationsDir });
    seeded = await trackerCounts(tracker);
    await tracker.close();
  } else {
    const tracker = await openTracker({ file, migrationsDir, create: true });
    seeded = await seedDemoTracker(tracker, profile, createCalendar({ region: profile.region }), { escalations: n, now });
    await analyze(tracker);
    await tracker.close();
  }
  const seed = { escalations: seeded.escalations, children: seeded.children, events: seeded.events, fileSizeMb: round(statSync(file).size / 1048576), seconds: round((performance.now() - t) / 1000), from: values.from ?? null };

  // The tracker's own API calls (validation → service → repository → drizzle → sqlite3 → shaping).
  const services = await createAppServices({ trackerFile: file, migrationsDir, appVersion: 'bench', user: { name: 'Sam Patel', osUser: 'sam patel' }, now: () => now });
  const cases: Record<'DefaultView' | 'Filter' | 'Sort' | 'Search', Partial<TrackerFilter>> = {
    DefaultView: { scope: 'all', status: 'open' },
    Filter: { scope: 'all', status: 'closed', stage: 'stage-2' },
    Sort: { scope: 'all', status: 'any', sort: 'child' },
    Search: { scope: 'all', status: 'any', search: 'DEMO-1042' },
  };
  const app: Record<string, number> = {};
  const rawMs: Record<string, number> = {};
  const overheadRatio: Record<string, number> = {};
  const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY);
  const all = (sql: string, params: unknown[]) => new Promise((res, rej) => db.all(sql, params, (e, r) => (e ? rej(e) : res(r))));
  for (const [name, filter] of Object.entries(cases)) {
    const input = { ...trackerFilterSchema.parse(filter), limit: 100, offset: 0 };
    app[name] = await timed(RUNS, async () => {
      const r = await dispatch(services.handlers, 'escalations.list', input);
      if (!r.ok) throw new Error(r.error.message);
    });
    // The floor: the very same two statements (page + count), straight through sqlite3.
    const q = { ...resolveTrackerFilter(input, { name: 'Sam Patel', team: null }, now), limit: 100, offset: 0 };
    const page = escalationsRepo.trackerRowsQuery(services.tracker.db, q).toSQL();
    const count = escalationsRepo.trackerCountQuery(services.tracker.db, q).toSQL();
    rawMs[name] = await timed(RUNS, async () => {
      await all(page.sql, page.params);
      await all(count.sql, count.params);
    });
    overheadRatio[name] = round(app[name] / Math.max(rawMs[name], 0.01));
  }
  db.close();
  await services.close();

  const report = await optional('quarterly report', async () => (await part('bench-report')).benchReport!(file));
  const letters = await optional('letters', async () => (await part('bench-letters')).benchLetters!({ letters: 200 }));
  const writes: Record<string, unknown> = {};
  if (!values['skip-writes'])
    for (const p of [1, 5, 10]) writes[p] = await optional(`writes with ${p} processes`, async () => (await part('bench-writes')).benchWrites!(p));
  const share = values['skip-share'] ? { error: 'skipped (--skip-share)' } : await optional('share', async () => (await part('bench-share')).benchShare!(file));
  const ui = values['skip-ui'] ? { uiFirstRowsMs: null, uiInteractionMs: null, reason: 'skipped (--skip-ui)' } : await optional('ui', async () => (await part('bench-ui')).runUiBenchmark!(file));

  const pick = (o: unknown, k: string) => (o && typeof o === 'object' && k in o ? (o as Record<string, unknown>)[k] : null);
  const result = {
    date: now.toISOString(),
    seed,
    trackerDefaultViewMs: app.DefaultView,
    trackerFilterMs: app.Filter,
    trackerSortMs: app.Sort,
    trackerSearchMs: app.Search,
    rawSqlMs: rawMs,
    overheadRatio,
    quarterlyReportMs: pick(report, 'quarterlyReportMs'),
    letterMedianMs: pick(letters, 'letterMedianMs'),
    writeP50Ms: Object.fromEntries(Object.entries(writes).map(([p, w]) => [p, pick(w, 'writeP50Ms')])),
    writeP95Ms: Object.fromEntries(Object.entries(writes).map(([p, w]) => [p, pick(w, 'writeP95Ms')])),
    uiFirstRowsMs: pick(ui, 'uiFirstRowsMs'),
    uiInteractionMs: pick(ui, 'uiInteractionMs'),
    uiDetail: pick(ui, 'detail'),
    shareRoundTrips: pick(share, 'shareRoundTrips'),
    shareLatency: pick(share, 'shareLatency'),
    notes: [report, letters, ui, share, ...Object.values(writes)].flatMap((x) => (x && typeof x === 'object' && ('error' in x || 'reason' in x) ? [String((x as Record<string, unknown>).error ?? (x as Record<string, unknown>).reason)] : [])),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: round(totalmem() / 1073741824), node: process.version, platform: process.platform },
  };
  console.log(values.json ? JSON.stringify(result, null, 2) : result);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
