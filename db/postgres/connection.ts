import pg from 'pg';
import type { AsyncRemoteCallback } from 'drizzle-orm/sqlite-proxy';
import { AppError } from '../../shared/api/result';
import { SerialQueue } from '../queue';
import { countedRetry, type BusyPolicy } from '../busy';
import { readMigrations, type Migration } from '../migrate';
import type { SqlRunner } from '../sql-runner';
import type { Db, Tracker, TrackerStats } from '../tracker';
import { serverDb } from './dialect';
import { displayAddress, pgAppError } from './errors';
import { runnerOn, serverTypes, toServerValue } from './runner';
import { ensureSummariesIn } from '../summaries';
import { monthCountsRepo } from '../repositories/month-counts-repo';

export interface ServerOptions {
  /** postgres://user:password@host:port/database[?sslmode=require] */
  url: string;
  /** db/migrations-postgres. */
  migrationsDir: string;
  busyTotalMs?: number;
  random?: () => number;
  onOffline?: (err: AppError) => void;
  /** Look only (`cli check`): nothing written, no migration. */
  inspectOnly?: boolean;
  /** How long to wait for the server to answer a connection attempt. */
  connectTimeoutMs?: number;
}

/** Every desktop's writes take this one lock, as they take the file's write lock: one writer at a time, readers never wait. */
const WRITE_LOCK = 0x4554_5752; // "ETWR"
const MIGRATE_LOCK = 0x4554_4d47; // "ETMG"
/** Other desktops' commits arrive on this channel (LISTEN/NOTIFY): the change feed looks at the change log only then. */
export const CHANGES_CHANNEL = 'tracker_changes';
/** The schema version, kept the way the file keeps PRAGMA user_version: one row an older app can read. */
const VERSION_TABLE = '__tracker_schema';

async function connect(opts: ServerOptions, where: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: opts.url, types: serverTypes, connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000, application_name: 'Escalation Tracker' });
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => undefined);
    throw pgAppError(err, where);
  }
  return client;
}

async function schemaVersion(q: SqlRunner): Promise<number> {
  const [row] = await q.all(`SELECT to_regclass('${VERSION_TABLE}') IS NOT NULL AS present`);
  if (!row?.present) {
    const [other] = await q.all(`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema()`);
    return Number(other?.n ?? 0) > 0 ? -1 : 0;
  }
  const [v] = await q.all(`SELECT version FROM ${VERSION_TABLE}`);
  return Number(v?.version ?? 0);
}

/** Applies the migrations after the database's version under an advisory lock; the version is read again under it. */
async function migrate(q: SqlRunner, migrations: Migration[]): Promise<number> {
  await q.exec('BEGIN');
  try {
    await q.all(`SELECT pg_advisory_xact_lock(${MIGRATE_LOCK})`);
    await q.exec(`CREATE TABLE IF NOT EXISTS ${VERSION_TABLE} (version integer NOT NULL)`);
    const [row] = await q.all(`SELECT version FROM ${VERSION_TABLE}`);
    const from = Number(row?.version ?? 0);
    if (from >= migrations.length) {
      await q.exec('ROLLBACK');
      return from;
    }
    for (const m of migrations.filter((m) => m.idx >= from)) for (const s of m.statements) await q.exec(s);
    await q.exec(`DELETE FROM ${VERSION_TABLE}`);
    await q.run(`INSERT INTO ${VERSION_TABLE} (version) VALUES (?)`, [migrations.length]);
    await q.exec('COMMIT');
    return migrations.length;
  } catch (err) {
    await q.exec('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** Opens a tracker kept on a PostgreSQL server: the same Tracker the file gives, with the server's locks and notifications. */
export async function openServerTracker(opts: ServerOptions): Promise<Tracker> {
  const where = displayAddress(opts.url);
  const client = await connect(opts, where);
  const q = runnerOn(client);
  const stats: TrackerStats = { busyRetries: 0, commits: 0, waiting: 0 };
  const busy: BusyPolicy = { totalMs: opts.busyTotalMs ?? 20_000, random: opts.random ?? Math.random, onRetry: () => stats.busyRetries++ };
  const queue = new SerialQueue();
  let readOnlyReason: string | null = opts.inspectOnly ? 'Opened for checking only: nothing is written.' : null;
  let notified = 0;
  let closed = false;
  let listener: pg.Client | null = null;

  const fail = (err: unknown): AppError => {
    const e = pgAppError(err, where);
    if (e.code === 'OFFLINE') opts.onOffline?.(e);
    return e;
  };
  client.on('error', (err) => {
    if (!closed) fail(err);
  });

  const migrations = readMigrations(opts.migrationsDir);
  let version: number;
  try {
    version = await schemaVersion(q);
    if (version < 0)
      throw new AppError('INVALID', `The database at ${where} already holds other tables and no Escalation Tracker. Ask IT for an empty database for the tracker (docs/SERVER.md).`);
    if (version < migrations.length && !readOnlyReason) version = await migrate(q, migrations);
    if (version > migrations.length)
      readOnlyReason ??= `This tracker was upgraded by a newer version of Escalation Tracker (schema ${version}; this app knows ${migrations.length}). It is open read-only: please update the app.`;
    if (version < migrations.length && readOnlyReason) readOnlyReason += ` It was made by an older version (schema ${version}; this app upgrades it to ${migrations.length}).`;
  } catch (err) {
    await client.end().catch(() => undefined);
    throw pgAppError(err, where);
  }

  // LISTEN on a second connection: the first is busy with this desktop's queries, and a notification is only delivered between them.
  try {
    listener = await connect(opts, where);
    listener.on('notification', () => notified++);
    listener.on('error', (err) => {
      if (!closed) fail(err);
    });
    await listener.query(`LISTEN ${CHANGES_CHANNEL}`);
  } catch (err) {
    await client.end().catch(() => undefined);
    await listener?.end().catch(() => undefined);
    throw pgAppError(err, where);
  }

  const direct: AsyncRemoteCallback = async (text, params, method) => {
    const result = await client.query({ text, values: params.map(toServerValue), rowMode: 'array' });
    if (method === 'run') return { rows: [], changes: result.rowCount ?? 0 } as { rows: unknown[] };
    const rows = result.rows as unknown[][];
    return { rows: method === 'get' ? (rows[0] as unknown[]) : rows };
  };
  const txDb: Db = serverDb(direct);
  const queuedDb: Db = serverDb((text, params, method) => queue.run(() => direct(text, params, method)).catch((e) => Promise.reject(fail(e))));

  function transaction<T>(write: boolean, fn: (tx: Db, q: SqlRunner) => Promise<T>): Promise<T> {
    return queue.run(() =>
      countedRetry(
        busy,
        stats,
        async () => {
          await client.query(write ? 'BEGIN' : 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
          let result: T;
          try {
            if (write) await client.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
            result = await fn(txDb, q);
            // Delivered to every listening desktop when (and only if) the transaction commits.
            if (write) await client.query(`SELECT pg_notify('${CHANGES_CHANNEL}', '')`);
            await client.query('COMMIT');
          } catch (err) {
            await client.query('ROLLBACK').catch(() => undefined);
            throw pgAppError(err, where);
          }
          if (write) stats.commits++;
          return result;
        },
        fail,
      ),
    );
  }

  const tracker: Tracker = {
    dialect: 'postgres',
    file: where,
    schemaVersion: version,
    appSchemaVersion: migrations.length,
    get readOnlyReason() {
      return readOnlyReason;
    },
    db: queuedDb,
    stats,
    writeTx(fn) {
      if (readOnlyReason) return Promise.reject(new AppError('READ_ONLY', readOnlyReason));
      return transaction(true, fn);
    },
    readTx: (fn) => transaction(false, fn),
    withConnection: (fn) => queue.run(() => fn(q)).catch((e) => Promise.reject(fail(e))),
    // Notifications received: moves on every commit by any desktop, as the file's change counter does.
    dataVersion: async () => notified,
    fileMoved: async () => false,
    async checkIntegrity() {
      // The server checks its own pages (data checksums, amcheck: IT's side, docs/SERVER.md); a query that answers is the app's check.
      await queue.run(() => client.query('SELECT 1')).catch((e: unknown) => Promise.reject(fail(e)));
      return 'ok';
    },
    async close() {
      closed = true;
      await queue.run(() => client.end()).catch(() => undefined);
      await listener?.end().catch(() => undefined);
    },
  };
  if (!readOnlyReason && version === migrations.length && !(await tracker.readTx((_tx, r) => monthCountsRepo.isBuilt(r))))
    await tracker.writeTx((_tx, r) => ensureSummariesIn(r, new Date()));
  return tracker;
}

