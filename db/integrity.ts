import { basename } from 'node:path';
import { OPEN_READONLY, openRaw, sqliteCode, type RawConnection } from './sqlite';
import { settingsWriteRepo } from './repositories/settings-write-repo';

/**
 * The integrity check reads every page of the file. On a share that is one round trip per page (44,000
 * at 50,000 escalations: minutes over a VPN), so it no longer runs on open. It runs where reading the
 * whole file is already expected: the daily backup's lease holder (one desktop a day), Settings → Check,
 * and `cli check`. The verdict is kept in the tracker, so every desktop that opens a damaged file opens
 * it read-only after one small read; a SQLITE_CORRUPT on any call makes the desktop read-only at once.
 */
export const INTEGRITY_KEY = 'integrityCheck';

export interface IntegrityVerdict {
  verdict: string;
  at: string;
  by: string;
}

export function damagedReason(verdict: string, file: string): string {
  return `The tracker failed its integrity check (${verdict.slice(0, 300)}). It is open read-only. In Settings → Tracker file, restore the latest backup (from the backups folder beside ${basename(file)}), or ask IT to restore the file.`;
}

const isCorrupt = (err: unknown) => ['SQLITE_CORRUPT', 'SQLITE_NOTADB'].includes(sqliteCode(err) ?? '');

/** The last recorded verdict, if it was not "ok" (one indexed read of the settings table). A damaged file says so itself. */
export async function recordedDamage(raw: RawConnection): Promise<string | null> {
  try {
    const rows = await raw.all('SELECT value FROM settings WHERE key = ?', [INTEGRITY_KEY]);
    if (!rows[0]) return null;
    const v = JSON.parse(String(rows[0].value)) as Partial<IntegrityVerdict>;
    return typeof v.verdict === 'string' && v.verdict !== 'ok' ? v.verdict : null;
  } catch (err) {
    if (isCorrupt(err)) return (err as Error).message;
    if (/no such table/.test(String((err as Error).message))) return null;
    throw err;
  }
}

/**
 * Runs quick_check (or the full integrity_check) on its own read-only connection, so this desktop's other
 * calls are not queued behind a whole-file read. A damaged page can make the check itself fail: that is a verdict too.
 */
export async function runIntegrityCheck(file: string, full: boolean): Promise<string> {
  const raw = await openRaw(file, OPEN_READONLY);
  try {
    await raw.exec('PRAGMA busy_timeout = 5000');
    const rows = await raw.all(full ? 'PRAGMA integrity_check' : 'PRAGMA quick_check');
    return rows.map((r) => String(Object.values(r)[0] ?? '')).join('; ');
  } catch (err) {
    if (isCorrupt(err)) return (err as Error).message;
    throw err;
  } finally {
    await raw.close().catch(() => undefined);
  }
}

/** Keeps the verdict in the file for the other desktops; best effort (a damaged file may refuse the write). */
export async function recordVerdict(raw: RawConnection, v: IntegrityVerdict): Promise<void> {
  await settingsWriteRepo.upsertOn(raw, INTEGRITY_KEY, v, v.by, v.at).catch(() => undefined);
}
