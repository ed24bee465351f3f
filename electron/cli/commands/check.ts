import { isServerAddress } from '../../../db/open';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openTracker } from '../../../db/connection';
import { listBackups } from '../../../db/backups';
import { feedRepo } from '../../../db/repositories/feed-repo';
import { PRESENCE_STALE_MS } from '../../services/tracker-file-service';
import { sourceRoot } from '../../source-root';
import { parse, requireString } from '../args';
import { UsageError, type CliCommand } from '../types';
import { journalModeOf } from '../../../db/maintenance';
import { rebuildSummaries } from '../../../db/summaries';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'check a tracker file: integrity, schema version, journal mode, who has it open, latest backup; --rebuild-summaries recounts the month counts',
  usage: 'check --db FILE [--quick] [--json] [--rebuild-summaries]',
  async run(args, io) {
    const { values } = parse(args, { db: { type: 'string' }, quick: { type: 'boolean' }, json: { type: 'boolean' }, 'rebuild-summaries': { type: 'boolean' } });
    const given = requireString(values.db, '--db');
    if (isServerAddress(given)) throw new UsageError('check is for a tracker file; a tracker on a PostgreSQL server is checked and backed up with the server\'s own tools (docs/SERVER.md)');
    const file = resolve(given);
    if (!existsSync(file)) throw new UsageError(`there is no file at ${file}`);
    if (values['rebuild-summaries']) {
      // The one write a check makes, and only when asked: the dashboard's month counts, recounted from the rows.
      const writable = await openTracker({ file, migrationsDir: join(sourceRoot(), 'db', 'migrations') });
      try {
        if (writable.readOnlyReason) throw new UsageError(`cannot rebuild the summaries: ${writable.readOnlyReason}`);
        const months = await rebuildSummaries(writable, io.now());
        io.out(values.json ? JSON.stringify({ file, rebuiltMonths: months }) : `Rebuilt the month counts of ${file}: ${months} months.`);
        return 0;
      } finally {
        await writable.close();
      }
    }
    // Look only: a check must never write (no migration, no journal-mode change, never a new tracker).
    const tracker = await openTracker({ file, migrationsDir: join(sourceRoot(), 'db', 'migrations'), inspectOnly: true });
    try {
      const verdict = await tracker.checkIntegrity({ full: !values.quick, by: 'cli check', now: io.now() });
      const since = new Date(io.now().getTime() - PRESENCE_STALE_MS).toISOString();
      const live = await feedRepo.live(tracker.db, since).catch(() => []);
      const newest = listBackups(file)[0] ?? null;
      const report = {
        file,
        ok: verdict === 'ok',
        integrity: verdict,
        schemaVersion: tracker.schemaVersion,
        appSchemaVersion: tracker.appSchemaVersion,
        readOnlyReason: tracker.readOnlyReason,
        journalMode: await journalModeOf(tracker),
        openBy: live.map((p) => ({ actor: p.actor, machine: p.machine, seenAt: p.seenAt })),
        latestBackup: newest ? { file: newest.file, at: newest.at } : null,
      };
      if (values.json) io.out(JSON.stringify(report));
      else {
        io.out(`${file}: integrity ${verdict}; schema ${report.schemaVersion} (this app ${report.appSchemaVersion}); journal ${report.journalMode}`);
        if (report.readOnlyReason) io.out(`Read-only: ${report.readOnlyReason}`);
        io.out(report.openBy.length ? `Open now on: ${report.openBy.map((p) => `${p.actor} (${p.machine})`).join(', ')}` : 'Nobody has it open now.');
        io.out(newest ? `Latest backup: ${newest.file} (${newest.at})` : 'No backups yet in the backups folder beside it.');
      }
      return report.ok ? 0 : 1;
    } finally {
      await tracker.close();
    }
  },
};
