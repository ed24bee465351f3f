import { isServerAddress } from '../../../db/open';
import { basename, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { createAppServices } from '../../app-services';
import { restoreBackup } from '../../services/tracker-file-service';
import { existsSync, statSync } from 'node:fs';
import { resolveBackup, restoreOverBroken, restoreToNewFile } from '../../../db/backups';
import { AppError } from '../../../shared/api/result';
import { sourceRoot } from '../../source-root';
import { parse, requireString } from '../args';
import { UsageError, type CliCommand } from '../types';

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'restore a backup: to a new tracker file beside the old one (default), or --replace when nobody has it open',
  usage: 'restore --db FILE --from BACKUP [--replace] [--json]',
  async run(args, io) {
    const { values } = parse(args, { db: { type: 'string' }, from: { type: 'string' }, replace: { type: 'boolean' }, json: { type: 'boolean' } });
    const location = requireString(values.db, '--db');
    if (isServerAddress(location)) throw new UsageError('restore is for a tracker file; a tracker on a PostgreSQL server is checked and backed up with the server\'s own tools (docs/SERVER.md)');
    const file = resolve(location);
    const given = requireString(values.from, '--from');
    const backup = /[\\/]/.test(given) ? resolve(given) : resolveBackup(file, given);
    if (!values.replace) {
      // Never touches the (possibly damaged, possibly in use) tracker: the backup is copied to a new file beside it.
      const target = await restoreToNewFile(file, backup, io.now());
      const result = { file: target, savedCopy: null, message: `Restored ${basename(backup)} to ${target}. Everyone must now open that file (Settings → Tracker file); the old tracker was not changed.` };
      io.out(values.json ? JSON.stringify(result) : result.message);
      return 0;
    }
    const osUser = userInfo().username;
    let services;
    try {
      services = await createAppServices({
        trackerFile: file,
        migrationsDir: join(sourceRoot(), 'db', 'migrations'),
        appVersion: 'cli',
        now: () => io.now(),
        user: { name: `${osUser} (command line)`, osUser },
      });
    } catch (err) {
      // A tracker that cannot be opened (empty, not a database) is exactly what --replace is for.
      if (!(err instanceof AppError) || err.code !== 'CORRUPT' || !existsSync(file) || statSync(file).isDirectory()) throw err;
      const kept = await restoreOverBroken(file, backup, io.now());
      const result = { file, savedCopy: kept, message: `Restored ${basename(backup)} into ${basename(file)}. The file it replaced was kept as ${basename(kept)} in the backups folder.` };
      io.out(values.json ? JSON.stringify(result) : result.message);
      return 0;
    }
    try {
      const result = await restoreBackup(services.session, { backup, mode: 'replace' });
      io.out(values.json ? JSON.stringify(result) : result.message);
      return 0;
    } finally {
      await services.close();
    }
  },
};
