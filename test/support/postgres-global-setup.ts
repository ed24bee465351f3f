import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain Node module without types (scripts/pg-cluster.mjs is also run by hand and by the benchmark)
import { startCluster, stopCluster } from '../../scripts/pg-cluster.mjs';

/** Starts one throw-away PostgreSQL cluster for the whole run (Debian's initdb + pg_ctl, a private folder) and stops it after. */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'et-pg-'));
  const info = (await startCluster(dir)) as { adminUrl: string };
  project.provide('postgresAdminUrl', info.adminUrl);
  return () => stopCluster(dir);
}
