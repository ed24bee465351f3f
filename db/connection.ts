import { existsSync, statSync, accessSync, constants } from 'node:fs';
import { open as openFile, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { drizzle, type AsyncRemoteCallback } from 'drizzle-orm/sqlite-proxy';
import { AppError } from '../shared/api/result';
import * as schema from './schema';
import { SerialQueue } from './queue';
import { openRaw as openSqlite, OPEN_CREATE, OPEN_READONLY, OPEN_READWRITE, sqlString, type RawConnection } from './sqlite';
import { applyMigrations, readMigrations, schemaVersionOf } from './migrate';
import { toAppError } from './errors';
import { countedRetry, isBusy, withBusyRetry, type BusyPolicy } from './busy';
import { ensureSummaries } from './summaries';
import { backupNameBefore, cannotWrite, isSomeoneElsesDatabase } from './open-checks';
import { convertPageSize, PAGE_SIZE, pageSizeOf, setPageSizeOfNewFile } from './page-size';
import { damagedReason, recordedDamage, recordVerdict, runIntegrityCheck } from './integrity';
import { emptyTrackerError, gainsContents } from './empty-file';
import type { Db, Tracker, TrackerStats } from './tracker';

export type { Db, Tracker, TrackerStats } from './tracker';

/** The page cache per connection, in KB: the quarterly report's working set at 50,000 escalations fits. */
export const CACHE_KB = 256 * 1024;

export interface TrackerOptions {
  file: string;
  migrationsDir: string;
  /** Create the file if it does not exist (the embedded default tracker, or "new tracker here"). */
  create?: boolean;
  /** Longest total wait for the write lock before giving up with BUSY. */
  busyTotalMs?: number;
  /** SQLite's own busy handler per attempt; our jittered backoff runs between attempts. */
  busyTimeoutMs?: number;
  /** Random source for retry jitter (tests pass a fixed one). */
  random?: () => number;
  /** Opens the SQLite connection; tests inject one that fails like a dropped share. */
  openRaw?: (file: string, mode: number) => Promise<RawConnection>;
  /** Told when the file becomes unreachable (IOERR, CANTOPEN, moved), so the session can go offline and reconnect. */
  onOffline?: (err: AppError) => void;
  /** Look only (`cli check`): opened read-only, nothing written, no migration, no journal-mode change. */
  inspectOnly?: boolean;
}

function describeMissing(file: string): AppError | null {
  const folder = dirname(file);
  if (!existsSync(folder))
    return new AppError('OFFLINE', `The folder ${folder} cannot be reached. Check the network share is connected, or choose another tracker.`, { reason: 'unreachable' });
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return new AppError('READ_ONLY', `The folder ${folder} is read-only for you. Ask IT for write access to the folder, or choose another tracker.`);
  }
  return null;
}

type Identity = { dev: number; ino: number } | null;
const identityOf = (s: { dev: number; ino: number }): Identity => (s.ino ? { dev: s.dev, ino: s.ino } : null);
const sameFile = (a: Identity, b: Identity) => !a || !b || (a.dev === b.dev && a.ino === b.ino);

export async function openTracker(opts: TrackerOptions): Promise<Tracker> {
  const { file } = opts;
  const exists = existsSync(file);
  if (!exists && !opts.create) {
    throw describeMissing(file) ?? new AppError('NOT_FOUND', `There is no tracker at ${file}. Choose an existing tracker or create a new one.`);
  }
  if (exists && statSync(file).isDirectory()) throw new AppError('INVALID', `${file} is a folder, not a tracker file.`);
  if (exists && statSync(file).size === 0 && !(await gainsContents(file))) throw emptyTrackerError(file);
  if (!exists) {
    const problem = describeMissing(file);
    if (problem) throw problem;
  }

  let raw: RawConnection;
  try {
    raw = await (opts.openRaw ?? openSqlite)(file, opts.inspectOnly ? OPEN_READONLY : OPEN_READWRITE | (opts.create ? OPEN_CREATE : 0));
  } catch (err) {
    throw toAppError(err, file);
  }
  const stats: TrackerStats = { busyRetries: 0, commits: 0, waiting: 0 };
  const busy: BusyPolicy = { totalMs: opts.busyTotalMs ?? 20_000, random: opts.random ?? Math.random, onRetry: () => stats.busyRetries++ };
  const queue = new SerialQueue();
  let readOnlyReason: string | null = null;
  let identity: Identity = null;
  let header: FileHandle | undefined;
  const movedNow = () => {
    try {
      return !sameFile(identity, identityOf(statSync(file)));
    } catch {
      return true;
    }
  };
  const fail = (err: unknown): AppError => {
    const e = toAppError(err, file, movedNow);
    if (e.code === 'OFFLINE') opts.onOffline?.(e);
    // A damaged page met during any call: stop writing at once, as the integrity check would have said.
    if (e.code === 'CORRUPT') readOnlyReason ??= damagedReason(String((err as Error).message ?? err), file);
    return e;
  };

  const migrations = readMigrations(opts.migrationsDir);
  let version: number;
  try {
    // Rollback journal, never WAL: WAL needs shared memory, which does not work over a network share.
    const openBusy = { ...busy, totalMs: Math.min(busy.totalMs, 10_000) };
    if (!opts.inspectOnly) await withBusyRetry(() => raw.exec('PRAGMA journal_mode = DELETE'), openBusy);
    await raw.exec('PRAGMA synchronous = FULL');
    await raw.exec('PRAGMA foreign_keys = ON');
    await raw.exec(`PRAGMA busy_timeout = ${opts.busyTimeoutMs ?? 250}`);
    // A page cache that holds a whole report (the default is 2 MB). It only helps while nobody else saves:
    // SQLite drops it when another desktop commits, so the cold figures in docs/BENCHMARKS.md still matter.
    await raw.exec(`PRAGMA cache_size = -${CACHE_KB}`);
    identity = identityOf(statSync(file));
    version = await withBusyRetry(() => schemaVersionOf(raw), openBusy);
    if (version === 0 && (await isSomeoneElsesDatabase(raw)))
      throw new AppError('INVALID', `${file} is a database, but not an Escalation Tracker file. Choose the tracker file (ask whoever set it up where it is), or create a new tracker.`);
    // No quick_check here: it reads the whole file (see db/integrity.ts). The last recorded verdict is one small read.
    const damage = version > 0 ? await withBusyRetry(() => recordedDamage(raw), openBusy) : null;
    if (damage) readOnlyReason = damagedReason(damage, file);
    if (opts.inspectOnly) readOnlyReason ??= 'Opened for checking only: nothing is written.';
    readOnlyReason ??= cannotWrite(file);
    const oldPages = version > 0 && !readOnlyReason && version <= migrations.length && (await pageSizeOf(raw)) !== PAGE_SIZE;
    if ((version < migrations.length || oldPages) && !readOnlyReason) {
      // A copy before changing the schema or the page size; VACUUM INTO cannot run inside the exclusive transaction.
      const label = version < migrations.length ? `schema-${version + 1}` : `page-size-${PAGE_SIZE / 1024}k`;
      if (version > 0) await withBusyRetry(() => raw.exec(`VACUUM INTO ${sqlString(backupNameBefore(file, label))}`), busy);
      if (version === 0) await setPageSizeOfNewFile(raw);
      version = await applyMigrations(raw, migrations, (begin) => withBusyRetry(begin, busy));
      if (oldPages) await withBusyRetry(() => convertPageSize(raw), busy);
    }
    if (!readOnlyReason && version === migrations.length) await ensureSummaries(raw, () => withBusyRetry(() => raw.exec('BEGIN IMMEDIATE'), busy), new Date());
    // An older file this desktop may not upgrade (it cannot save to it, or it is only being checked): say so, since
    // what the upgrade adds (columns, search and report indexes) is missing until a desktop that can save opens it.
    if (version > 0 && version < migrations.length && readOnlyReason && !opts.inspectOnly)
      readOnlyReason += ` It was made by an older version (schema ${version}; this app upgrades it to ${migrations.length} the first time a desktop that can save to it opens it); until then some lists, searches and reports may not open.`;
    if (version > migrations.length) {
      readOnlyReason ??= `This tracker was upgraded by a newer version of Escalation Tracker (schema ${version}; this app knows ${migrations.length}). It is open read-only: please update the app.`;
    }
  } catch (err) {
    await raw.close().catch(() => undefined);
    if (isBusy(err))
      throw new AppError('BUSY', `The tracker at ${file} is locked by another program or desktop. If it stays locked, close programs that may hold it open (a sync, backup or antivirus tool, or a copy in progress) and try again.`);
    throw toAppError(err, file, movedNow);
  }

  const direct: AsyncRemoteCallback = async (sql, params, method) => {
    if (method === 'run') {
      // The row count comes back with the result: a version-checked UPDATE knows whether it matched, without a SELECT first.
      const r = await raw.run(sql, params);
      return { rows: [], changes: r.changes } as { rows: unknown[] };
    }
    const rows = (await raw.all(sql, params)).map((r) => Object.values(r));
    return { rows: method === 'get' ? (rows[0] as unknown[]) : rows };
  };
  const txDb: Db = drizzle(direct, { schema });
  const queuedDb: Db = drizzle((sql, params, method) => queue.run(() => withBusyRetry(() => direct(sql, params, method), busy)).catch((e) => Promise.reject(fail(e))), { schema });

  function transaction<T>(begin: string, fn: (tx: Db, raw: RawConnection) => Promise<T>): Promise<T> {
    // The whole transaction runs again if SQLite reports BUSY part-way: it was rolled back, so nothing is applied twice.
    return queue.run(() =>
      countedRetry(
        busy,
        stats,
        async (policy) => {
          await raw.exec(begin);
          let result: T;
          try {
            result = await fn(txDb, raw);
          } catch (err) {
            await raw.exec('ROLLBACK').catch(() => undefined);
            throw err;
          }
          try {
            // A COMMIT refused with BUSY leaves the transaction open: wait for readers to finish and commit again.
            await withBusyRetry(() => raw.exec('COMMIT'), policy);
          } catch (err) {
            await raw.exec('ROLLBACK').catch(() => undefined);
            throw isBusy(err) ? Object.assign(new Error('commit busy'), { code: 'SQLITE_BUSY' }) : err;
          }
          if (begin !== 'BEGIN') stats.commits++;
          return result;
        },
        fail,
      ),
    );
  }

  return {
    dialect: 'sqlite',
    file,
    schemaVersion: version,
    appSchemaVersion: migrations.length,
    get readOnlyReason() {
      return readOnlyReason;
    },
    db: queuedDb,
    stats,
    writeTx(fn) {
      if (readOnlyReason) return Promise.reject(new AppError('READ_ONLY', readOnlyReason));
      return transaction('BEGIN IMMEDIATE', fn);
    },
    readTx(fn) {
      return transaction('BEGIN', fn);
    },
    withConnection(fn) {
      return queue.run(() => fn(raw)).catch((e) => Promise.reject(fail(e)));
    },
    async dataVersion() {
      // The file change counter in the header (bytes 24–27), read without taking a lock: one read a poll
      // instead of PRAGMA data_version's lock, journal check, header read and unlock (8 round trips on a
      // share). It moves on every commit by anyone; a torn read only means one extra look at the change log.
      // The handle stays open until the connection closes: closing a second descriptor on the file would
      // drop SQLite's POSIX locks.
      try {
        header ??= await openFile(file, 'r');
        const buf = Buffer.alloc(4);
        await header.read(buf, 0, 4, 24);
        return buf.readUInt32BE(0);
      } catch (e) {
        throw fail(e);
      }
    },
    async fileMoved() {
      try {
        return !sameFile(identity, identityOf(await stat(file)));
      } catch {
        return true;
      }
    },
    async checkIntegrity({ full = false, by, now, record = true }) {
      const verdict = await runIntegrityCheck(file, full).catch((e: unknown) => Promise.reject(fail(e)));
      // `cli check` opens to look only: it reports the verdict and writes nothing; nor does a check by someone with no role.
      if (!opts.inspectOnly && record) await queue.run(() => recordVerdict(raw, { verdict, at: now.toISOString(), by }));
      if (verdict !== 'ok') readOnlyReason ??= damagedReason(verdict, file);
      else if (readOnlyReason?.startsWith('The tracker failed its integrity check')) readOnlyReason = cannotWrite(file);
      return verdict;
    },
    close: () => queue.run(() => raw.close()).finally(() => header?.close().catch(() => undefined)),
  };
}
