import { accessSync, constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { RawConnection } from './sqlite';

/** What opening a tracker checks about the file before it touches it: whose it is, whether this desktop may save. */

/** A file with tables but none of ours (and no schema version) belongs to another program: never migrate it. */
export async function isSomeoneElsesDatabase(raw: RawConnection): Promise<boolean> {
  const tables = await raw.all("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  return tables.length > 0 && !tables.some((t) => t.name === 'escalations');
}

/**
 * Saving needs write access to the file AND its folder (SQLite creates a -journal file beside the tracker
 * for each save). Without it, open read-only with a sentence rather than failing on the first save.
 */
export function cannotWrite(file: string): string | null {
  for (const [path, what] of [
    [file, 'the tracker file'],
    [dirname(file), 'its folder'],
  ] as const) {
    try {
      accessSync(path, constants.W_OK);
    } catch {
      return `You can read this tracker but not save to it: ${what} is read-only for you. Ask IT for modify access to ${dirname(file)} (the app creates a temporary -journal file beside the tracker when saving).`;
    }
  }
  return null;
}

export function backupNameBefore(file: string, label: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  // Several desktops may upgrade at the same moment: each takes its own copy (the lock decides who migrates).
  const unique = `${process.pid}-${Math.random().toString(36).slice(2, 6)}`;
  return join(dirname(file), `${basename(file)}.before-${label}.${stamp}.${unique}.bak`);
}
