import pg from 'pg';
import { inject } from 'vitest';

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
  const admin = serverAdminUrl();
  const name = `et_${process.pid}_${Date.now().toString(36)}_${++counter}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
