import { statSync } from 'node:fs';
import { AppError } from '../shared/api/result';

/** An existing 0-byte file is never made into a tracker: it is a tracker that lost its contents (or a mistake). */
export function emptyTrackerError(file: string): AppError {
  return new AppError(
    'CORRUPT',
    `The tracker file ${file} is empty (0 bytes), so it holds no escalations. Restore a backup (Settings → Tracker file → Restore, or "restore --replace" on the command line); the backups are in the backups folder beside it. To start a new tracker instead, create one with a new name.`,
    { reason: 'empty' },
  );
}

/**
 * A 0-byte file is also what another desktop's SQLite leaves for a moment while it creates the same new
 * tracker (the file exists before its first page is written). Give such a creator a short while before
 * calling the file empty; a file that stays at 0 bytes is refused.
 */
export async function gainsContents(file: string, waitMs = 3000, stepMs = 50): Promise<boolean> {
  for (let waited = 0; waited < waitMs; waited += stepMs) {
    await new Promise((done) => setTimeout(done, stepMs));
    try {
      if (statSync(file).size > 0) return true;
    } catch {
      return false;
    }
  }
  return false;
}
