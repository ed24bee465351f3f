// A throw-away PostgreSQL cluster for tests and benchmarks: Debian's initdb + pg_ctl in a temporary folder,
// a private Unix socket and a loopback TCP port, nothing left behind after `stop`. Plain Node (createDatabase uses pg).
//   node scripts/pg-cluster.mjs start DIR [--durable]   → prints {"port":…,"socketDir":…,"adminUrl":…,"password":…} as JSON
//   node scripts/pg-cluster.mjs stop DIR
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The newest installed server's bin folder (Debian keeps them in /usr/lib/postgresql/<major>/bin). */
export function postgresBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const majors = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return majors.length ? join(root, majors[0], 'bin') : null;
}

const freePort = () =>
  new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });

// initdb refuses to run as root: run the server as the postgres account Debian's package creates.
const asServerUser = (bin, args) => {
  const isRoot = process.getuid?.() === 0;
  return execFileSync(isRoot ? 'runuser' : bin, isRoot ? ['-u', 'postgres', '--', bin, ...args] : args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 }).toString();
};

/** The application role's password on the throw-away cluster (TCP logins use scram-sha-256, as a council server would). */
export const TEST_PASSWORD = 'tracker-test-password';

/** `durable`: keep fsync and synchronous commit on, as a real server has them (benchmarks); tests turn them off for speed. */
export async function startCluster(dir, { durable = false } = {}) {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (Debian: apt-get install postgresql; or npm run setup).');
  dir = resolve(dir);
  const data = join(dir, 'data');
  mkdirSync(data, { recursive: true });
  if (process.getuid?.() === 0) {
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
    chownSync(data, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  }
  const pwFile = join(dir, 'pw');
  writeFileSync(pwFile, TEST_PASSWORD);
  if (process.getuid?.() === 0) chownSync(pwFile, Number(execFileSync('id', ['-u', 'postgres']).toString()), 0);
  // C collation: names sort by code point, as they do in the SQLite file, so both backends list rows in one order.
  asServerUser(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', `--pwfile=${pwFile}`, '--locale=C', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const speed = durable ? [] : ['fsync = off', 'synchronous_commit = off', 'full_page_writes = off'];
  const conf = [`listen_addresses = '127.0.0.1'`, `port = ${port}`, `unix_socket_directories = '${dir}'`, ...speed, 'max_connections = 200', "log_min_messages = 'warning'"].join('\n');
  writeFileSync(join(data, 'postgresql.auto.conf'), conf + '\n');
  asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  const info = { port, socketDir: dir, password: TEST_PASSWORD, adminUrl: `postgres://postgres:${encodeURIComponent(TEST_PASSWORD)}@127.0.0.1:${port}/postgres` };
  writeFileSync(join(dir, 'cluster.json'), JSON.stringify(info));
  return info;
}

export function stopCluster(dir) {
  dir = resolve(dir);
  const bin = postgresBin();
  if (bin && existsSync(join(dir, 'data', 'postmaster.pid'))) {
    try {
      asServerUser(join(bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    } catch {
      // Already stopped.
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

/** Creates an empty database on the server `adminUrl` names (its superuser's address) and returns the database's address. */
export async function createDatabase(adminUrl, name) {
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`not a database name: ${name}`);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export const clusterInfo = (dir) => JSON.parse(readFileSync(join(resolve(dir), 'cluster.json'), 'utf8'));

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [cmd, dir] = process.argv.slice(2);
  if (!dir || !['start', 'stop'].includes(cmd)) {
    console.error('usage: node scripts/pg-cluster.mjs start|stop DIR');
    process.exit(2);
  }
  if (cmd === 'start') console.log(JSON.stringify(await startCluster(dir, { durable: process.argv.includes('--durable') })));
  else stopCluster(dir);
}
