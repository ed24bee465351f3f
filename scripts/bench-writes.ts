/**
 * Shared-tracker write latency for the lead's benchmark (scripts/bench.ts): `processes` separate OS
 * processes write random engine commands to one fresh tracker file through the real services; every
 * write call is timed (busy waits included). Also runnable alone:
 *   npx tsx scripts/bench-writes.ts 1 5 10 20
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runStress } from '../electron/stress/runner';

export async function benchWrites(processes: number, opsPerProcess = 100): Promise<{ writeP50Ms: number; writeP95Ms: number; processes: number; writes: number; lost: number; integrity: string; conflicts: number; busyRetries: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'et-bench-writes-'));
  const r = await runStress({ db: join(dir, 'tracker.sqlite'), processes, ops: opsPerProcess });
  if (r.lost !== 0 || r.integrity !== 'ok') throw new Error(`writes with ${processes} processes lost ${r.lost} acknowledged writes (integrity: ${r.integrity})`);
  return { writeP50Ms: r.p50Ms, writeP95Ms: r.p95Ms, processes, writes: r.writes, lost: r.lost, integrity: r.integrity, conflicts: r.conflicts, busyRetries: r.busyRetries };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const p of counts.length ? counts : [1, 5, 10, 20]) console.log(JSON.stringify(await benchWrites(p)));
}
