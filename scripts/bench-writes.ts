/**
 * Shared-tracker write latency for the lead's benchmark (scripts/bench.ts): `processes` separate OS
 * processes write random engine commands to one fresh tracker file through the real services; every
 * write call is timed (busy waits included). Also runnable alone:
 *   npx tsx scripts/bench-writes.ts 1 5 10 20
 *   npx tsx scripts/bench-writes.ts --server postgres://admin:pw@host:port/postgres 1 10 30   (a fresh database each run)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error plain Node module without types
import { createDatabase } from './pg-cluster.mjs';
import { runStress } from '../electron/stress/runner';

export async function benchWrites(processes: number, opsPerProcess = 100, server?: string): Promise<{ writeP50Ms: number; writeP95Ms: number; processes: number; writes: number; lost: number; integrity: string; conflicts: number; busyRetries: number }> {
  const db = server ? ((await createDatabase(server, `bench_writes_${Date.now().toString(36)}`)) as string) : join(mkdtempSync(join(tmpdir(), 'et-bench-writes-')), 'tracker.sqlite');
  const r = await runStress({ db, processes, ops: opsPerProcess });
  if (r.lost !== 0 || r.integrity !== 'ok') throw new Error(`writes with ${processes} processes lost ${r.lost} acknowledged writes (integrity: ${r.integrity})`);
  return { writeP50Ms: r.p50Ms, writeP95Ms: r.p95Ms, processes, writes: r.writes, lost: r.lost, integrity: r.integrity, conflicts: r.conflicts, busyRetries: r.busyRetries };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--server');
  const server = at >= 0 ? args[at + 1] : undefined;
  const counts = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1)).map(Number).filter((n) => n > 0);
  for (const p of counts.length ? counts : [1, 5, 10, 20]) console.log(JSON.stringify({ backend: server ? 'postgres' : 'sqlite', ...(await benchWrites(p, 100, server)) }));
}
