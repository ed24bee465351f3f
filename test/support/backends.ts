import { inject } from 'vitest';
// @ts-expect-error plain Node module without types (also run by hand and by the benchmarks)
import { createDatabase } from '../../scripts/pg-cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throw-away cluster's superuser address (test/support/postgres-global-setup.ts). */
    postgresAdminUrl: string;
  }
}

let counter = 0;

/** The cluster's superuser address, for tests that set up roles or look at the server directly. */
export function serverAdminUrl(): string {
  const admin = inject('postgresAdminUrl');
  if (!admin) throw new Error('No PostgreSQL cluster: the postgres test project starts one (test/support/postgres-global-setup.ts; Debian: apt-get install postgresql).');
  return admin;
}

/** An empty database on the throw-away cluster, named for this test process; its address. */
export async function freshServerDatabase(): Promise<string> {
  return createDatabase(serverAdminUrl(), `et_${process.pid}_${Date.now().toString(36)}_${++counter}`) as Promise<string>;
}
