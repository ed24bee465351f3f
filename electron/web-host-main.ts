import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAppServices } from './app-services';
import { startWebHost } from './web-host';
import { defaultTrackerFile, userDataDir } from './paths';
import { sourceRoot } from './source-root';

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
    },
  });
  const root = sourceRoot();
  const dataDir = userDataDir();
  mkdirSync(dataDir, { recursive: true });
  const trackerFile = values.db ? resolve(values.db) : defaultTrackerFile(dataDir);
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const fixedNow = values.now ? new Date(values.now) : null;
  if (fixedNow && Number.isNaN(fixedNow.getTime())) throw new Error(`--now ${values.now} is not a date-time`);
  const services = await createAppServices({
    trackerFile,
    migrationsDir: join(root, 'db', 'migrations'),
    appVersion: version,
    create: true,
    profileId: values.profile,
    user: values.user ? { name: values.user, osUser: values.user } : undefined,
    now: fixedNow ? () => fixedNow : undefined,
  });
  const host = await startWebHost({
    handlers: services.handlers,
    staticDir: join(root, 'dist', 'renderer'),
    token: values.token ?? randomBytes(24).toString('hex'),
    port: Number(values.port),
    log: (m, e) => console.error(m, e),
  });
  console.log(`Escalation Tracker (web host) for tracker ${trackerFile}`);
  console.log(`Open ${host.url}`);
  const stop = async () => {
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
