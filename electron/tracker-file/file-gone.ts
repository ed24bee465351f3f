import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/api/result';

/**
 * The tracker's folder is reachable but the file is not in it: deleted or moved while open. Said plainly,
 * with the way back, rather than "the share may be disconnected" for ever.
 */
export function fileGone(file: string | null): AppError | null {
  if (!file || !existsSync(dirname(file)) || existsSync(file)) return null;
  return new AppError(
    'OFFLINE',
    `The tracker file ${file} is no longer in its folder: it was deleted, or moved, while it was open. If someone moved it, open it where it is now (Settings → Tracker file → Open). Otherwise restore the latest backup (Settings → Tracker file → Backups → Restore to a new file), and ask everyone to open the restored tracker.`,
    { reason: 'deleted' },
  );
}
