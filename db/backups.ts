import { accessSync, constants, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import { AppError } from '../shared/api/result';
import { londonDateOf } from '../shared/calendar';
import type { Tracker } from './tracker';
import { OPEN_READONLY, openRaw, sqliteOf, sqlString } from './sqlite';
import { toAppError } from './errors';
import { backupsToPrune } from './backup-retention';
import { feedRepo } from './repositories/feed-repo';

export type BackupKind = 'daily' | 'manual' | 'before-restore';

export interface BackupInfo {
  file: string;
  name: string;
  kind: BackupKind;
  /** When it was taken (from the file's modification time). */
  at: string;
  bytes: number;
}

/** Backups live in a `backups` folder beside the tracker, so IT backs them up with the share. */
export function backupsDir(trackerFile: string): string {
  return join(dirname(trackerFile), 'backups');
}

const stem = (trackerFile: string) => basename(trackerFile, extname(trackerFile));
const pattern = (trackerFile: string) => new RegExp(`^${stem(trackerFile).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(daily|manual|before-restore)-([0-9T-]+)\\.sqlite$`);

export function listBackups(trackerFile: string): BackupInfo[] {
  const dir = backupsDir(trackerFile);
  if (!existsSync(dir)) return [];
  const re = pattern(trackerFile);
  return readdirSync(dir)
    .map((name) => ({ name, m: re.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .map(({ name, m }) => {
      const s = statSync(join(dir, name));
      return { file: join(dir, name), name, kind: m[1] as BackupKind, at: s.mtime.toISOString(), bytes: s.size };
    })
    .sort((a, b) => b.at.localeCompare(a.at));
}

function stampFor(kind: BackupKind, now: Date): string {
  return kind === 'daily' ? londonDateOf(now) : now.toISOString().slice(0, 19).replace(/:/g, '-');
}

/** A backups folder that cannot be written is READ_ONLY with what to ask IT for, not an internal EACCES. */
export function backupFolderError(err: unknown, dir: string, trackerFile: string): AppError {
  if (err instanceof AppError && err.code !== 'INTERNAL') return err;
  const code = (err as NodeJS.ErrnoException).code;
  let writable = true;
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    writable = false;
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || !writable)
    return new AppError('READ_ONLY', `The backups folder ${dir} is read-only for you, so no backup was taken. Ask IT for write access to it (it is beside the tracker), or ask someone who has it to take the backup.`);
  return toAppError(err, trackerFile);
}

/**
 * A consistent copy with VACUUM INTO (it reads inside one transaction, so it never copies half a commit),
 * written under a temporary name and renamed, so a half-written copy never looks like a backup.
 */
export async function writeBackup(tracker: Tracker, kind: BackupKind, now: Date): Promise<BackupInfo> {
  if (tracker.dialect === 'postgres') throw serverBackupsError();
  const dir = backupsDir(tracker.file);
  const name = `${stem(tracker.file)}.${kind}-${stampFor(kind, now)}.sqlite`;
  const target = join(dir, name);
  const partial = `${target}.partial`;
  try {
    mkdirSync(dir, { recursive: true });
    rmSync(partial, { force: true });
    accessSync(dir, constants.W_OK);
  } catch (err) {
    throw backupFolderError(err, dir, tracker.file);
  }
  try {
    await tracker.withConnection((raw) => raw.exec(`VACUUM INTO ${sqlString(partial)}`));
    renameSync(partial, target);
  } catch (err) {
    rmSync(partial, { force: true });
    throw backupFolderError(err, dir, tracker.file);
  }
  const s = statSync(target);
  return { file: target, name, kind, at: s.mtime.toISOString(), bytes: s.size };
}

/** Deletes daily backups beyond 7 daily + 4 weekly. Manual and before-restore copies are kept. */
export function pruneBackups(trackerFile: string): string[] {
  const dailies = listBackups(trackerFile).filter((b) => b.kind === 'daily');
  const dateOf = (b: BackupInfo) => /daily-(\d{4}-\d{2}-\d{2})/.exec(b.name)?.[1] ?? '';
  const prune = new Set(backupsToPrune(dailies.map(dateOf)));
  const removed = dailies.filter((b) => prune.has(dateOf(b)));
  for (const b of removed) rmSync(b.file, { force: true });
  return removed.map((b) => b.name);
}

/**
 * Today's automatic backup, taken by one desktop at a time (the 'backup' lease). Returns the backup
 * written, or null when today's exists already or another desktop holds the lease.
 */
export async function automaticBackup(tracker: Tracker, who: { holder: string; machine: string; now: Date }): Promise<BackupInfo | null> {
  if (tracker.readOnlyReason) return null;
  const today = join(backupsDir(tracker.file), `${stem(tracker.file)}.daily-${londonDateOf(who.now)}.sqlite`);
  if (existsSync(today)) return null;
  const lease = { name: 'backup', holder: who.holder, machine: who.machine, now: who.now.toISOString(), expiresAt: new Date(who.now.getTime() + 10 * 60_000).toISOString() };
  const mine = await tracker.writeTx((tx) => feedRepo.acquireLease(tx, lease));
  if (!mine) return null;
  try {
    if (existsSync(today)) return null;
    // The lease holder reads the whole file once a day anyway: this is where the integrity check runs (not on open).
    await tracker.checkIntegrity({ by: who.holder, now: who.now });
    const info = await writeBackup(tracker, 'daily', who.now);
    pruneBackups(tracker.file);
    return info;
  } finally {
    await tracker.writeTx((tx) => feedRepo.releaseLease(tx, 'backup', who.holder, who.machine)).catch(() => undefined);
  }
}

/** Opens a backup read-only and checks it; returns its schema version, or throws a sentence. */
export async function verifyBackup(file: string): Promise<{ schemaVersion: number }> {
  if (!existsSync(file)) throw new AppError('NOT_FOUND', `There is no backup at ${file}.`);
  if (statSync(file).size === 0) throw new AppError('CORRUPT', `The backup ${basename(file)} is empty (0 bytes). Choose another backup.`);
  let raw;
  try {
    raw = await openRaw(file, OPEN_READONLY);
  } catch (err) {
    throw toAppError(err, file);
  }
  try {
    const check = await raw.all('PRAGMA quick_check');
    const verdict = String(check[0]?.quick_check ?? '');
    if (verdict !== 'ok') throw new AppError('CORRUPT', `The backup ${basename(file)} is damaged (${verdict}). Choose an older backup.`);
    const v = await raw.all('PRAGMA user_version');
    return { schemaVersion: Number(v[0]?.user_version ?? 0) };
  } catch (err) {
    throw toAppError(err, file);
  } finally {
    await raw.close().catch(() => undefined);
  }
}

/** Resolves a backup named by the user: a bare name means one in the tracker's backups folder. */
export function resolveBackup(trackerFile: string, given: string): string {
  return isAbsolute(given) ? given : join(backupsDir(trackerFile), basename(given));
}

/**
 * Restores into a NEW tracker file beside the current one (never over the live file), so desktops still
 * using the old file cannot be corrupted; each person then opens the new file. Returns its path.
 */
export async function restoreToNewFile(trackerFile: string, backupFile: string, now: Date): Promise<string> {
  await verifyBackup(backupFile);
  const target = join(dirname(trackerFile), `${stem(trackerFile)}-restored-${now.toISOString().slice(0, 16).replace(/:/g, '-')}${extname(trackerFile) || '.sqlite'}`);
  if (existsSync(target)) throw new AppError('CONFLICT', `${basename(target)} exists already. Wait a minute and try again.`);
  const raw = await openRaw(backupFile, OPEN_READONLY).catch((err: unknown) => Promise.reject(toAppError(err, backupFile)));
  try {
    await raw.exec(`VACUUM INTO ${sqlString(target)}`);
  } catch (err) {
    throw toAppError(err, target);
  } finally {
    await raw.close().catch(() => undefined);
  }
  return target;
}

/** A tracker on a server is backed up by the server's own tools, not copied beside a file. */
export const serverBackupsError = () =>
  new AppError('INVALID', 'This tracker is kept on a PostgreSQL server: its backups are taken on the server (pg_dump, as IT has set up; docs/SERVER.md), not as copies beside a file.');

/**
 * Restores over the live file through SQLite's backup API (which takes the write lock), after saving a
 * before-restore copy. Callers must first make sure no other desktop has the tracker open.
 */
export async function restoreInPlace(tracker: Tracker, backupFile: string, now: Date): Promise<BackupInfo> {
  await verifyBackup(backupFile);
  const before = await writeBackup(tracker, 'before-restore', now);
  await tracker.withConnection((q) => sqliteOf(q, 'Restoring a backup in place').restoreFrom(backupFile));
  return before;
}

/**
 * Restores over a tracker that cannot be opened at all (0 bytes, not a database): there is no connection
 * to restore through, so the backup is copied beside it and renamed over it. The broken file (and any
 * journal beside it, which SQLite would otherwise "roll back" into the restored file) is kept in the
 * backups folder. Returns where the broken file was kept.
 */
export async function restoreOverBroken(trackerFile: string, backupFile: string, now: Date): Promise<string> {
  await verifyBackup(backupFile);
  const dir = backupsDir(trackerFile);
  // Not named like a backup: it must never be offered for restoring.
  const kept = join(dir, `${stem(trackerFile)}.unreadable-${stampFor('before-restore', now)}.sqlite`);
  const partial = `${trackerFile}.restoring`;
  try {
    mkdirSync(dir, { recursive: true });
    copyFileSync(backupFile, partial);
    if (existsSync(trackerFile)) renameSync(trackerFile, kept);
    if (existsSync(`${trackerFile}-journal`)) renameSync(`${trackerFile}-journal`, `${kept}-journal`);
    renameSync(partial, trackerFile);
  } catch (err) {
    rmSync(partial, { force: true });
    throw toAppError(err, trackerFile);
  }
  return kept;
}
