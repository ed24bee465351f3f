import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { isEmptyTracker } from '../../../db/move';
import { isServerAddress, openTrackerAt, shownLocation, trackerLocation } from '../../../db/open';
import { createCalendar } from '../../../shared/calendar';
import { seedDemoTracker } from '../../seed/demo-seed';
import { sourceRoot } from '../../source-root';
import { instant, parse, positiveInt, requireString } from '../args';
import { UsageError, type CliCommand } from '../types';
import { loadProfileArg } from './timeline';
import { analyze } from '../../../db/maintenance';
import { settingsWriteRepo } from '../../../db/repositories/settings-write-repo';
import { PROFILE_SETTING } from '../../services/active-profile';

export const seedCommand: CliCommand = {
  name: 'seed',
  summary: 'create a realistic demo tracker (made-up children; every history decided by the engine)',
  usage: 'seed --db FILE [--escalations N] [--profile ID|FILE] [--now ISO] [--seed N] [--json]',
  async run(args, io) {
    const { values } = parse(args, {
      db: { type: 'string' },
      escalations: { type: 'string', default: '1000' },
      profile: { type: 'string', default: 'iro-handbook' },
      now: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean' },
    });
    const file = trackerLocation(requireString(values.db, '--db'));
    const onServer = isServerAddress(file);
    if (!onServer && existsSync(file)) throw new UsageError(`${file} already exists; seed only creates new demo trackers`);
    const escalations = positiveInt(values.escalations, '--escalations')!;
    if (escalations < 1 || escalations > 1_000_000) throw new UsageError('--escalations must be between 1 and 1000000');
    const profile = loadProfileArg(values.profile!);
    const now = values.now ? instant(values.now, '--now') : io.now();
    const started = performance.now();
    const tracker = await openTrackerAt(file, { migrationsDir: join(sourceRoot(), 'db', 'migrations'), create: true });
    try {
      if (onServer && !(await isEmptyTracker(tracker))) throw new UsageError(`${shownLocation(file)} already holds a tracker; seed only fills an empty database`);
      await tracker.writeTx((tx) => settingsWriteRepo.upsert(tx, PROFILE_SETTING, profile.id, 'demo seed', now.toISOString()));
      const calendar = createCalendar({ region: profile.region, closureDays: profile.closureDays });
      const result = await seedDemoTracker(tracker, profile, calendar, { escalations, now, seed: positiveInt(values.seed, '--seed') });
      await analyze(tracker);
      const seconds = (performance.now() - started) / 1000;
      const sizeMb = onServer ? 0 : statSync(file).size / 1024 / 1024;
      const summary = { file: shownLocation(file), profile: profile.id, ...result, fileSizeMb: Number(sizeMb.toFixed(1)), seconds: Number(seconds.toFixed(1)) };
      io.out(values.json ? JSON.stringify(summary) : `Created ${summary.file}: ${result.escalations} escalations, ${result.children} children, ${result.events} events, ${summary.fileSizeMb} MB in ${summary.seconds} s`);
      return 0;
    } finally {
      await tracker.close();
    }
  },
};
