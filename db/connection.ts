import { existsSync, statSync, accessSync, constants } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { drizzle, type SqliteRemoteDatabase, type AsyncRemoteCallback } from 'drizzle-orm/sqlite-proxy';
import { AppError } from '../shared/api/result';
import * as schema from './schema';
import { SerialQueue } from './queue';
import { openRaw, OPEN_CREATE, OPEN_READWRITE, sqliteCode, type RawConnection } from './sqlite';
import { applyMigrations, readMigrations, schemaVersionOf } from './migrate';
import { toAppError } from './errors';

export type Db = SqliteRemoteDatabase<typeof schema>;

export interface TrackerOptions {
  file: string;
  migrationsDir: string;
  /** Create the file if it does not exist (the embedded default tracker, or "new tracker here"). */
  create?: boolean;
  /** Longest total wait for the write lock before giving up with BUSY. */
  busyTotalMs?: number;
  /** Random source for retry jitter (tests pass a fixed one). */
  random?: () => number;
}

export interface Tracker {
  readonly file: string;
  readonly schemaVersion: number;
  readonly appSchemaVersion: number;
  /** Why writes are refused (newer schema, failed integrity check), or null. */
  readonly readOnlyReason: string | null;
  /** Queued reads through drizzle: each query waits its turn behind any running transaction. */
  readonly db: Db;
  /** One short BEGIN IMMEDIATE … COMMIT; `tx` must only be used inside `fn`. */
  writeTx<T>(fn: (tx: Db, raw: RawConnection) => Promise<T>): Promise<T>;
  /** A consistent multi-query read (BEGIN … COMMIT, deferred). */
  readTx<T>(fn: (tx: Db, raw: RawConnection) => Promise<T>): Promise<T>;
  /** Counters for the benchmark and the stress test. */
  readonly stats: { busyRetries: number };
  close(): Promise<void>;
}

function describeMissing(file: string): AppError | null {
  const folder = dirname(file);
  if (!existsSync(folder))
    return new AppError('OFFLINE', `The folder ${folder} cannot be reached. Check the network share is connected, or choose another tracker.`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return new AppError('READ_ONLY', `The folder ${folder} is read-only for you. Ask IT for write access to the folder, or choose another tracker.`);
  }
  return null;
}

export async function openTracker(opts: TrackerOptions): Promise<Tracker> {
  const { file } = opts;
  const exists = existsSync(file);
  if (!exists && !opts.create) {
    throw describeMissing(file) ?? new AppError('NOT_FOUND', `There is no tracker at ${file}. Choose an existing tracker or create a new one.`);
  }
  if (exists && statSync(file).isDirectory()) throw new AppError('INVALID', `${file} is a folder, not a tracker file.`);
  if (!exists) {
    const problem = describeMissing(file);
    if (problem) throw problem;
  }

  let raw: RawConnection;
  try {
    raw = await openRaw(file, OPEN_READWRITE | (opts.create ? OPEN_CREATE : 0));
  } catch (err) {
    throw toAppError(err, file);
  }
  const random = opts.random ?? Math.random;
  const busyTotalMs = opts.busyTotalMs ?? 20_000;
  const queue = new SerialQueue();
  const stats = { busyRetries: 0 };
  let readOnlyReason: string | null = null;

  try {
    // Rollback journal, never WAL: WAL needs shared memory, which does not work over a network share.
    await raw.exec('PRAGMA journal_mode = DELETE');
    await raw.exec('PRAGMA synchronous = FULL');
    await raw.exec('PRAGMA foreign_keys = ON');
    await raw.exec('PRAGMA busy_timeout = 2000');
    const check = await raw.all('PRAGMA quick_check');
    const verdict = String(check[0]?.quick_check ?? '');
    if (verdict !== 'ok') {
      readOnlyReason = `The tracker failed its integrity check (${verdict}). It is open read-only. Restore the latest backup from the backups folder beside ${basename(file)}, or ask IT to restore the file.`;
    }
  } catch (err) {
    await raw.close().catch(() => undefined);
    throw toAppError(err, file);
  }

  const migrations = readMigrations(opts.migrationsDir);
  let version = await schemaVersionOf(raw);
  if (version > migrations.length) {
    readOnlyReason ??= `This tracker was upgraded by a newer version of Escalation Tracker (schema ${version}; this app knows ${migrations.length}). It is open read-only: please update the app.`;
  } else if (version < migrations.length && !readOnlyReason) {
    try {
      if (version > 0) await raw.exec(`VACUUM INTO '${backupNameBeforeMigration(file, version).replace(/'/g, "''")}'`);
      await applyMigrations(raw, migrations, version);
    } catch (err) {
      await raw.close().catch(() => undefined);
      throw toAppError(err, file);
    }
    version = migrations.length;
  }

  const direct: AsyncRemoteCallback = async (sql, params, method) => {
    if (method === 'run') {
      await raw.run(sql, params);
      return { rows: [] };
    }
    const rows = (await raw.all(sql, params)).map((r) => Object.values(r));
    return { rows: method === 'get' ? (rows[0] as unknown[]) : rows };
  };
  const txDb: Db = drizzle(direct, { schema });
  const queuedDb: Db = drizzle((sql, params, method) => queue.run(() => direct(sql, params, method)).catch((e) => Promise.reject(toAppError(e, file))), { schema });

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  /** Retries an operation that fails with SQLITE_BUSY/LOCKED, with exponential backoff and jitter. */
  async function withBusyRetry(op: () => Promise<unknown>): Promise<void> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        await op();
        return;
      } catch (err) {
        const code = sqliteCode(err);
        if (code !== 'SQLITE_BUSY' && code !== 'SQLITE_LOCKED') throw err;
        if (Date.now() - started > busyTotalMs)
          throw new AppError('BUSY', 'The tracker is busy: other people are saving. Your change was not saved; please try again in a moment.');
        stats.busyRetries++;
        await sleep(Math.min(1000, 10 * 2 ** attempt) * (0.5 + random()));
      }
    }
  }

  async function transaction<T>(begin: string, fn: (tx: Db, raw: RawConnection) => Promise<T>): Promise<T> {
    return queue.run(async () => {
      try {
        await withBusyRetry(() => raw.exec(begin));
      } catch (err) {
        throw toAppError(err, file);
      }
      let result: T;
      try {
        result = await fn(txDb, raw);
      } catch (err) {
        await raw.exec('ROLLBACK').catch(() => undefined);
        throw toAppError(err, file);
      }
      try {
        await withBusyRetry(() => raw.exec('COMMIT'));
      } catch (err) {
        await raw.exec('ROLLBACK').catch(() => undefined);
        throw toAppError(err, file);
      }
      return result;
    });
  }

  return {
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
    close: () => queue.run(() => raw.close()),
  };
}

function backupNameBeforeMigration(file: string, version: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return join(dirname(file), `${basename(file)}.before-schema-${version + 1}.${stamp}.bak`);
}
