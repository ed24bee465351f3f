/**
 * How the tracker behaves on a file share, where every file operation SQLite makes is a round trip to
 * the file server. Two measurements of the same calls (scripts/bench-share-child.ts, each cold right
 * after another desktop saved, and warm):
 *
 * - `shareRoundTrips`: the child runs under `strace -f -y`; every system call on the tracker, its
 *   -journal or its folder between a call's two markers is one round trip (on SMB each read, write,
 *   lock, stat, open, close and delete goes to the server).
 * - `shareLatency`: the child opens the tracker through scripts/share-latency-fuse.py, a FUSE
 *   passthrough (direct I/O, so the kernel cache cannot answer reads) that waits 1 or 10 ms before each
 *   operation; wall time per call. Calls whose count × latency would exceed `maxSeconds` are not run
 *   (the count × latency is given instead, labelled `modelMs`).
 *
 * `npx tsx scripts/bench-share.ts TRACKER [--latency 1,10] [--max-seconds 120] [--only write,poll]` (works on a copy).
 * BENCH_JOURNAL_MODE=truncate|persist measures another rollback journal mode (docs/SHARED-TRACKER.md says why the app keeps delete).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';

const CHILD = join(import.meta.dirname, 'bench-share-child.ts');
const FUSE = join(import.meta.dirname, 'share-latency-fuse.py');
const MARK_DIR = '/et-bench-mark';
const SYSCALLS = 'pread64,pwrite64,fcntl,newfstatat,fstat,statx,access,faccessat,faccessat2,fsync,fdatasync,openat,unlink,ftruncate,close';
/** The set the issue counted with; the total below also counts access, close and ftruncate, which are round trips on SMB too. */
const ISSUE_SET = new Set(['pread64', 'pwrite64', 'fcntl', 'newfstatat', 'fsync', 'openat', 'unlink']);

export interface CallCount {
  /** Every operation on the tracker, its journal and its folder. */
  roundTrips: number;
  /** Only pread64, pwrite64, fcntl, newfstatat, fsync, openat, unlink (the issue's method). */
  issueSet: number;
  bySyscall: Record<string, number>;
  /** Bytes moved by pread64 / pwrite64 (a bigger page costs bandwidth on each save). */
  bytesRead: number;
  bytesWritten: number;
}

function runChild(file: string, args: string[], prefix: string[] = []): Promise<{ ms: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const cmd = [...prefix, process.execPath, '--import', 'tsx', CHILD, file, ...args];
    const child = spawn(cmd[0]!, cmd.slice(1), { cwd: join(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) return reject(new Error(`bench-share-child failed (${code}): ${err.slice(-2000)}`));
      resolve(JSON.parse(line) as { ms: Record<string, number> });
    });
  });
}

/** Splits an `strace -f -y` log at the markers and counts, per call, the operations on the tracker's files. */
export function countByMarker(log: string, file: string): Record<string, CallCount> {
  const dir = dirname(file);
  const ours = (line: string) => line.includes(file) || line.includes(`<${dir}>`) || line.includes(`"${dir}"`);
  const counts: Record<string, CallCount> = {};
  let current: CallCount | null = null;
  for (const rawLine of log.split('\n')) {
    const line = rawLine.replace(/^(\[pid\s+\d+\]\s*|\d+\s+)/, '');
    if (line.startsWith('<...') || line.startsWith('+++') || line.startsWith('---')) continue;
    const m = line.indexOf(`"${MARK_DIR}/`);
    if (m >= 0) {
      const label = line.slice(m + MARK_DIR.length + 2, line.indexOf('"', m + 1));
      if (label.endsWith('.start')) counts[label.slice(0, -6)] = current = { roundTrips: 0, issueSet: 0, bySyscall: {}, bytesRead: 0, bytesWritten: 0 };
      else current = null;
      continue;
    }
    if (!current || !ours(line)) continue;
    const name = /^(\w+)\(/.exec(line)?.[1];
    if (!name) continue;
    current.roundTrips++;
    if (ISSUE_SET.has(name)) current.issueSet++;
    current.bySyscall[name] = (current.bySyscall[name] ?? 0) + 1;
    const bytes = Number(/= (\d+)$/.exec(line)?.[1] ?? 0);
    if (name === 'pread64') current.bytesRead += bytes;
    if (name === 'pwrite64') current.bytesWritten += bytes;
  }
  return counts;
}

/** Runs the calls under strace on a copy of `source` and counts each call's file operations. */
export async function countRoundTrips(source: string, work: string, only?: string): Promise<Record<string, CallCount>> {
  if (spawnSync('strace', ['-V']).status !== 0) throw new Error('strace is not installed');
  const file = join(work, 'count', basename(source));
  mkdirSync(dirname(file), { recursive: true });
  copyFileSync(source, file);
  const log = join(work, 'strace.log');
  await runChild(file, only ? ['--only', only] : [], ['strace', '-f', '-qq', '-y', '-e', `trace=${SYSCALLS}`, '-o', log]);
  const counts = countByMarker(readFileSync(log, 'utf8'), file);
  rmSync(log, { force: true });
  return counts;
}

async function withFuse<T>(sourceDir: string, mount: string, delayMs: number, fn: () => Promise<T>): Promise<T> {
  mkdirSync(mount, { recursive: true });
  const fuse = spawn('/usr/bin/python3', [FUSE, sourceDir, mount, String(delayMs)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  fuse.stderr.on('data', (d: Buffer) => (err += d.toString()));
  try {
    for (let i = 0; i < 100 && spawnSync('mountpoint', ['-q', mount]).status !== 0; i++) await sleep(100);
    if (spawnSync('mountpoint', ['-q', mount]).status !== 0) throw new Error(`the FUSE mount did not come up: ${err.slice(-500)}`);
    return await fn();
  } finally {
    spawnSync('fusermount', ['-u', mount]);
    fuse.kill();
  }
}

export interface LatencyFigures {
  /** Wall time per call through the FUSE mount, or the count × latency when it would take too long. */
  ms: Record<string, number>;
  modelled: string[];
}

/** Times each call through the delaying FUSE mount; calls predicted to take longer than `maxSeconds` are modelled, not run. */
export async function timeAtLatency(source: string, work: string, delayMs: number, counts: Record<string, CallCount>, maxSeconds: number): Promise<LatencyFigures> {
  const sourceDir = join(work, `fuse-src-${delayMs}`);
  mkdirSync(sourceDir, { recursive: true });
  copyFileSync(source, join(sourceDir, basename(source)));
  const predicted = (call: string) => Math.max(counts[`${call}.cold`]?.roundTrips ?? 0, counts[`${call}.warm`]?.roundTrips ?? 0) * delayMs;
  const modelled = Object.keys(counts).map((k) => k.split('.')[0]!).filter((c, i, a) => a.indexOf(c) === i && c !== 'open' && predicted(c) > maxSeconds * 1000);
  if (predicted('open') > maxSeconds * 1000) throw new Error(`opening would take ${Math.round(predicted('open') / 1000)} s at ${delayMs} ms per operation`);
  const mount = join(work, `fuse-mnt-${delayMs}`);
  const r = await withFuse(sourceDir, mount, delayMs, () => runChild(join(mount, basename(source)), modelled.length ? ['--skip', modelled.join(',')] : []));
  for (const c of modelled) for (const k of ['cold', 'warm']) r.ms[`${c}.${k}`] = (counts[`${c}.${k}`]?.roundTrips ?? 0) * delayMs;
  rmSync(sourceDir, { recursive: true, force: true });
  return { ms: r.ms, modelled };
}

export async function benchShare(source: string, opts: { latencies?: number[]; maxSeconds?: number; only?: string } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'et-share-'));
  try {
    const counts = await countRoundTrips(source, work, opts.only);
    const shareLatency: Record<string, LatencyFigures | { error: string }> = {};
    const fuseOk = existsSync('/dev/fuse') && spawnSync('/usr/bin/python3', ['-c', 'import fusepy']).status === 0;
    for (const l of opts.latencies ?? [1, 10]) {
      if (!fuseOk) {
        shareLatency[`${l}ms`] = { error: 'no /dev/fuse or python3-fusepy: wall time not measured' };
        continue;
      }
      shareLatency[`${l}ms`] = await timeAtLatency(source, work, l, counts, opts.maxSeconds ?? 120).catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }));
    }
    return { shareRoundTrips: counts, shareLatency };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('bench-share.ts')) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { latency: { type: 'string', default: '1,10' }, 'max-seconds': { type: 'string', default: '120' }, 'counts-only': { type: 'boolean' }, only: { type: 'string' } } });
  const db = positionals[0];
  if (!db) {
    console.error('Usage: npx tsx scripts/bench-share.ts TRACKER [--latency 1,10] [--max-seconds 120] [--counts-only] [--only call,call]');
    process.exit(2);
  }
  const latencies = values['counts-only'] ? [] : values.latency.split(',').map(Number);
  benchShare(db, { latencies, maxSeconds: Number(values['max-seconds']), only: values.only }).then((r) => console.log(JSON.stringify(r, null, 2)), (e: unknown) => (console.error(e), process.exit(1)));
}
