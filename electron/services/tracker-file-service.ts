import { existsSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { AppError } from '../../shared/api/result';
import type { BackupEntry, BackupList, ChangeBatch, CheckResult, PresenceEntry, RestoreResult } from '../../shared/api/tracker-file-outputs';
import { feedRepo } from '../../db/repositories/feed-repo';
import { backupsDir, listBackups, resolveBackup, restoreInPlace, restoreOverBroken, restoreToNewFile, serverBackupsError, writeBackup } from '../../db/backups';
import { isServerAddress } from '../../db/open';
import { requireAdministrator, requireAppRole } from './app-roles';
import type { TrackerSession } from '../tracker-file/session';
import { journalModeOf } from '../../db/maintenance';

/** Presence rows older than this are people who closed the app or lost the connection. */
export const PRESENCE_STALE_MS = 2 * 60_000;

export async function feedChanges(session: TrackerSession, input: { session?: string; since?: number }): Promise<ChangeBatch> {
  const t = session.tracker;
  if (t && session.state === 'open') {
    try {
      if (await t.fileMoved()) await session.checkNow();
      else await session.feed.poll(t);
    } catch (err) {
      // The poll is how a dropped share is noticed when nobody is saving: go offline and say so.
      if (err instanceof AppError && err.code === 'OFFLINE') session.goOffline(err, t);
      else if (!(err instanceof AppError && err.code === 'BUSY')) throw err;
    }
  }
  const sameSession = input.session === undefined || input.session === session.id;
  const feed = session.feed.since(sameSession ? input.since : undefined);
  return { session: session.id, seq: feed.seq, changes: feed.changes, reset: feed.reset || !sameSession, status: session.status() };
}

/**
 * Heartbeat: "I have this escalation open" (or just the tracker, with null), and who else has it open.
 * A hint for people, never a lock: failures to record it are not the person's problem.
 */
export async function presenceBeat(session: TrackerSession, escalationId: string | null): Promise<{ others: PresenceEntry[] }> {
  const t = session.require();
  const now = session.opts.now();
  const me = { actor: session.actor.name, machine: session.opts.machine };
  if (!t.readOnlyReason) {
    await t.writeTx((tx) => feedRepo.beat(tx, { ...me, escalationId, seenAt: now.toISOString() })).catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'OFFLINE') throw err;
    });
  }
  if (!escalationId) return { others: [] };
  const since = new Date(now.getTime() - PRESENCE_STALE_MS).toISOString();
  const rows = await feedRepo.live(t.db, since, escalationId);
  return { others: rows.filter((r) => r.actor !== me.actor || r.machine !== me.machine).map(({ actor, machine, seenAt }) => ({ actor, machine, seenAt })) };
}

async function liveOthers(session: TrackerSession): Promise<PresenceEntry[]> {
  const t = session.require();
  const since = new Date(session.opts.now().getTime() - PRESENCE_STALE_MS).toISOString();
  const rows = await feedRepo.live(t.db, since);
  return rows
    .filter((r) => r.actor !== session.actor.name || r.machine !== session.opts.machine)
    .map(({ actor, machine, seenAt }) => ({ actor, machine, seenAt }));
}

export async function backupNow(session: TrackerSession): Promise<BackupEntry> {
  const info = await writeBackup(session.require(), 'manual', session.opts.now());
  session.backupTaken();
  return info;
}

export function backupList(session: TrackerSession): BackupList {
  const file = session.file;
  if (!file) throw new AppError('NOT_FOUND', 'No tracker is open, so there are no backups to list.');
  if (isServerAddress(file)) throw serverBackupsError();
  return { folder: backupsDir(file), backups: listBackups(file) };
}

function describeOthers(others: PresenceEntry[]): string {
  const names = [...new Set(others.map((o) => o.actor))];
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

/** The file a restore is for: the open tracker, or the one that failed to open (empty, damaged, not a tracker). */
function restoreTarget(session: TrackerSession): { file: string; open: boolean } {
  if (session.tracker && session.state === 'open') return { file: session.tracker.file, open: true };
  // Offline is a share that is away, not a broken file: nothing may be written over it until it is back.
  if (session.state === 'failed' && session.file && session.error?.code === 'CORRUPT') return { file: session.file, open: false };
  // The file was deleted or moved while open (its folder is there): a backup is the way back.
  if (session.file && session.fileDeleted) return { file: session.file, open: false };
  session.require();
  throw new AppError('NOT_FOUND', 'No tracker is open yet. Choose one in Settings → Tracker file.');
}

/**
 * Restore never copies over a file others are using. 'new-file' restores beside the tracker under a new
 * name and switches this desktop to it; 'replace' writes into the live file through SQLite's backup API,
 * only when no other desktop has the tracker open, and only for an administrator (it undoes everyone's
 * work since the backup). A tracker that cannot be opened at all (empty, damaged) has no roles to read and
 * nobody working in it: 'replace' then copies the backup over it, keeping the broken file in the backups folder.
 */
export async function restoreBackup(session: TrackerSession, input: { backup: string; mode: 'new-file' | 'replace' }): Promise<RestoreResult> {
  const { file, open } = restoreTarget(session);
  const backup = resolveBackup(file, input.backup);
  if (!isAbsolute(input.backup) && !existsSync(backup)) throw new AppError('NOT_FOUND', `There is no backup called ${basename(input.backup)} in ${backupsDir(file)}.`);
  const now = session.opts.now();
  if (input.mode === 'new-file') {
    const target = await restoreToNewFile(file, backup, now);
    await session.open(target, { remember: true });
    return {
      file: target,
      savedCopy: null,
      message: `Restored ${basename(backup)} to a new tracker, ${basename(target)}, which this desktop now uses. Everyone else must open ${target} in Settings → Tracker file. The old tracker was not changed.`,
    };
  }
  if (!open) {
    const wasThere = existsSync(file);
    const saved = await restoreOverBroken(file, backup, now);
    await session.open(file, { isDefault: session.isDefault });
    session.backupTaken();
    if (!wasThere) return { file, savedCopy: null, message: `Restored ${basename(backup)} as ${basename(file)}, where the deleted tracker was. Changes made after that backup are not in it.` };
    return { file, savedCopy: saved, message: `Restored ${basename(backup)} into ${basename(file)}. The file it replaced was kept as ${basename(saved)} in the backups folder.` };
  }
  const t = session.require();
  await t.readTx((tx) => requireAdministrator({ actor: session.actor }, tx, 'replace the shared tracker with a backup (restore it to a new file instead: nobody’s work is overwritten that way)'));
  if (t.readOnlyReason && !/integrity check/.test(t.readOnlyReason)) throw new AppError('READ_ONLY', t.readOnlyReason);
  const others = await liveOthers(session);
  if (others.length)
    throw new AppError(
      'CONFLICT',
      `${describeOthers(others)} ${others.length === 1 ? 'has' : 'have'} the tracker open. Ask them to close Escalation Tracker, or restore to a new file instead (nobody's work is overwritten that way).`,
      { others },
    );
  const saved = await restoreInPlace(t, backup, now);
  // Reopen: the restored file may have an older schema to migrate, and needs its integrity checked.
  await session.open(file, { isDefault: session.isDefault });
  session.backupTaken();
  return {
    file,
    savedCopy: saved.file,
    message: `Restored ${basename(backup)} into ${basename(file)}. What the tracker held just before was saved as ${saved.name} in the backups folder.`,
  };
}

export async function checkTracker(session: TrackerSession, full = true): Promise<CheckResult> {
  const t = session.require();
  // Anyone may check the file; only someone with a role in the tracker keeps the verdict in it (a write).
  const record = await t.readTx((tx) => requireAppRole({ actor: session.actor }, tx, ['chair', 'qa-manager'], 'record a check').then(() => true, () => false));
  const verdict = await t.checkIntegrity({ full, by: session.actor.name, now: session.opts.now(), record });
  return {
    ok: verdict === 'ok',
    verdict,
    schemaVersion: t.schemaVersion,
    journalMode: await journalModeOf(t),
    liveDesktops: await liveOthers(session).catch(() => []),
  };
}

/** The path for a new tracker in `folder`, refusing to overwrite an existing file. */
export function newTrackerPath(folder: string, name: string): string {
  const file = join(folder, /\.(sqlite|db|tracker)$/i.test(name) ? name : `${name}.sqlite`);
  if (existsSync(file)) throw new AppError('CONFLICT', `There is already a file called ${basename(file)} in ${folder}. Open it instead, or choose another name.`);
  return file;
}
