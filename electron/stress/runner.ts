import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { openTrackerAt, trackerLocation } from '../../db/open';
import { feedRepo } from '../../db/repositories/feed-repo';
import { sourceRoot } from '../source-root';
import { integrityLines } from '../../db/maintenance';

export interface StressOptions {
  db: string;
  processes: number;
  /** Operations per worker slot (a replacement after a kill does what its predecessor had left). */
  ops: number;
  /** SIGKILL a random worker this often and start a replacement. */
  killEveryMs?: number;
  ackLog?: string;
  busyTotalMs?: number;
  migrationsDir?: string;
  /** Progress lines (stderr in the CLI). */
  log?: (line: string) => void;
}

export interface StressResult {
  processes: number;
  acknowledged: number;
  conflicts: number;
  busyRetries: number;
  integrity: string;
  lost: number;
  p50Ms: number;
  p95Ms: number;
  /** Operations the engine refused (e.g. resolving a resolved escalation): not committed, not acknowledged. */
  refused: number;
  /** Saves that ran out of busy retries (or found the file offline) and were sent again. */
  busyErrors: number;
  killed: number;
  durationMs: number;
  writes: number;
  lostOpIds: string[];
}

interface Slot {
  index: number;
  remaining: number;
  child: ChildProcess | null;
  /** Operations reported by the current process: only a process that has made progress is killed, so the run always ends. */
  progress: number;
  done: boolean;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! * 10) / 10;
}

/** Runs P worker processes against one tracker file and checks afterwards that no acknowledged write was lost. */
export async function runStress(opts: StressOptions): Promise<StressResult> {
  const root = sourceRoot();
  const migrationsDir = opts.migrationsDir ?? join(root, 'db', 'migrations');
  const db = trackerLocation(opts.db);
  const ackLog = resolve(opts.ackLog ?? join(mkdtempSync(join(tmpdir(), 'et-stress-')), 'acks.log'));
  if (!existsSync(ackLog)) writeFileSync(ackLog, '');
  const log = opts.log ?? (() => undefined);
  // Create and migrate once, so the workers all start on the newest schema.
  await (await openTrackerAt(db, { migrationsDir, create: true })).close();

  const started = Date.now();
  const latencies: number[] = [];
  const retryReasons = new Map<string, number>();
  const totals = { acknowledged: 0, conflicts: 0, busyRetries: 0, refused: 0, busyErrors: 0, killed: 0 };
  const slots: Slot[] = Array.from({ length: opts.processes }, (_, index) => ({ index, remaining: opts.ops, child: null, progress: 0, done: false }));
  let finished: () => void = () => undefined;
  const allDone = new Promise<void>((r) => (finished = r));
  const checkDone = () => slots.every((s) => s.done) && finished();

  const start = (slot: Slot) => {
    // `--import tsx` runs the worker in this very process: the tsx CLI would start a grandchild that a SIGKILL misses.
    const args = ['--import', pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href, join(root, 'electron', 'stress', 'worker.ts')];
    args.push('--db', db, '--ops', String(slot.remaining), '--ack-log', ackLog, '--slot', String(slot.index), '--migrations', migrationsDir);
    if (opts.busyTotalMs) args.push('--busy-total-ms', String(opts.busyTotalMs));
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    slot.child = child;
    slot.progress = 0;
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let msg: Record<string, unknown>;
      try {
        msg = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return;
      }
      if (msg.t === 'op') {
        slot.remaining--;
        slot.progress++;
        for (const ms of (msg.ms as number[] | undefined) ?? []) latencies.push(ms);
        totals.conflicts += Number(msg.conflicts ?? 0);
        totals.busyRetries += Number(msg.busyRetries ?? 0);
        totals.busyErrors += Number(msg.busyErrors ?? 0);
        if (msg.ok) totals.acknowledged++;
        else if (msg.code) totals.refused++;
      } else if (msg.t === 'retry') {
        const key = `${String(msg.code)}: ${String(msg.message)}`;
        if (!retryReasons.has(key)) log(`worker ${slot.index} will resend after ${key}`);
        retryReasons.set(key, (retryReasons.get(key) ?? 0) + 1);
      } else if (msg.t === 'fatal') log(`worker ${slot.index} failed: ${String(msg.message)}`);
    });
    child.once('exit', (code, signal) => {
      if (slot.child !== child) return;
      slot.child = null;
      if (signal === 'SIGKILL' && slot.remaining > 0) return start(slot); // the replacement carries on
      if (code !== 0 && signal === null) log(`worker ${slot.index} exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
      slot.done = true;
      checkDone();
    });
  };
  const killAll = () => slots.forEach((s) => s.child?.kill('SIGKILL'));
  process.once('exit', killAll);
  slots.forEach(start);

  let killer: NodeJS.Timeout | undefined;
  if (opts.killEveryMs) {
    killer = setInterval(() => {
      const alive = slots.filter((s) => s.child && !s.done && s.progress > 0);
      const victim = alive[Math.floor(Math.random() * alive.length)];
      if (victim?.child) {
        totals.killed++;
        log(`killing worker ${victim.index} (pid ${victim.child.pid}) with ${victim.remaining} ops left`);
        victim.child.kill('SIGKILL');
      }
    }, opts.killEveryMs);
  }
  await allDone;
  if (killer) clearInterval(killer);
  process.off('exit', killAll);

  // Verification through SQLite only: opening the live file with plain file APIs would drop its locks.
  const acked = [...new Set(readFileSync(ackLog, 'utf8').split('\n').map((l) => l.trim()).filter((l) => /^stress-\d+-[0-9a-f-]{36}$/.test(l)))];
  const tracker = await openTrackerAt(db, { migrationsDir });
  const missing = await tracker.readTx((tx) => feedRepo.missingOps(tx, acked));
  const check = await integrityLines(tracker);
  await tracker.close();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    processes: opts.processes,
    acknowledged: acked.length,
    conflicts: totals.conflicts,
    busyRetries: totals.busyRetries,
    integrity: check.join('; '),
    lost: missing.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    refused: totals.refused,
    busyErrors: totals.busyErrors,
    killed: totals.killed,
    durationMs: Date.now() - started,
    writes: latencies.length,
    lostOpIds: missing.slice(0, 20),
  };
}
