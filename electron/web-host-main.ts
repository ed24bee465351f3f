import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAppHost } from './app-services';
import { startWebHost } from './web-host';
import { userDataDir } from './paths';
import { sourceRoot } from './source-root';
import { trackerLocation } from '../db/open';

/** `npm run web`: the whole app (same services, same SQLite file) in a browser on 127.0.0.1. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '0' },
      user: { type: 'string' },
      profile: { type: 'string' },
      token: { type: 'string' },
      now: { type: 'string' },
      data: { type: 'string' },
    },
  });
  // Acting as someone else is for demonstrations and tests only: without this, whoever can start the
  // host could record work under a colleague's name (and role). See docs/ADMINISTRATION.md.
  if (values.user && process.env.ESCALATION_TRACKER_DEV !== '1')
    throw new Error('--user is for development and tests only (set ESCALATION_TRACKER_DEV=1). Without it the web host acts as your own account.');
  const root = sourceRoot();
  const dataDir = values.data ? resolve(values.data) : userDataDir();
  mkdirSync(dataDir, { recursive: true });
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const fixedNow = values.now ? new Date(values.now) : null;
  if (fixedNow && Number.isNaN(fixedNow.getTime())) throw new Error(`--now ${values.now} is not a date-time`);
  // `--db` counts as the person's choice; without it the remembered tracker opens, or the first-run screen shows.
  const services = await createAppHost({
    dataDir,
    initialFile: values.db ? trackerLocation(values.db) : undefined,
    migrationsDir: join(root, 'db', 'migrations'),
    appVersion: version,
    profileId: values.profile,
    user: values.user ? { name: values.user, osUser: values.user } : undefined,
    now: fixedNow ? () => fixedNow : undefined,
    background: true,
    log: (m, e) => console.error(m, e ?? ''),
  });
  const host = await startWebHost({
    handlers: services.handlers,
    staticDir: join(root, 'dist', 'renderer'),
    token: values.token ?? randomBytes(24).toString('hex'),
    port: Number(values.port),
    log: (m, e) => console.error(m, e),
  });
  const status = services.session.status();
  console.log(`Escalation Tracker (web host): ${status.file ? `tracker ${status.file} (${status.state})` : 'no tracker chosen yet'}`);
  console.log(`Open ${host.url}`);
  const stop = async () => {
    // Never hang on the way out: whatever is still pending after 5 s is abandoned (SQLite rolls back).
    setTimeout(() => process.exit(0), 5000).unref();
    await host.close();
    await services.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
