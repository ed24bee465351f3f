import { isServerAddress } from '../../../db/open';
import { join, resolve } from 'node:path';
import { openTracker } from '../../../db/connection';
import { pruneBackups, writeBackup } from '../../../db/backups';
import { sourceRoot } from '../../source-root';
import { parse, requireString } from '../args';
import { UsageError, type CliCommand } from '../types';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: "back up a tracker (VACUUM INTO, safe while others use it) into the backups folder beside it",
  usage: 'backup --db FILE [--daily] [--json]',
  async run(args, io) {
    const { values } = parse(args, { db: { type: 'string' }, daily: { type: 'boolean' }, json: { type: 'boolean' } });
    const given = requireString(values.db, '--db');
    if (isServerAddress(given)) throw new UsageError('backup is for a tracker file; a tracker on a PostgreSQL server is checked and backed up with the server\'s own tools (docs/SERVER.md)');
    const file = resolve(given);
    const tracker = await openTracker({ file, migrationsDir: join(sourceRoot(), 'db', 'migrations') });
    try {
      const info = await writeBackup(tracker, values.daily ? 'daily' : 'manual', io.now());
      // A scheduled (--daily) run keeps 7 daily + 4 weekly copies, like the app's automatic backup.
      const pruned = values.daily ? pruneBackups(file) : [];
      if (values.json) io.out(JSON.stringify({ ...info, pruned }));
      else io.out(`Backed up to ${info.file} (${Math.round(info.bytes / 1024)} KB)${pruned.length ? `; removed old daily backups ${pruned.join(', ')}` : ''}`);
      return 0;
    } finally {
      await tracker.close();
    }
  },
};
