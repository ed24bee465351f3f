import sqlite3 from 'sqlite3';
import type { SqlRunner } from './sql-runner';
import { AppError } from '../shared/api/result';

/** Promise wrappers over one sqlite3 connection. Callers are responsible for serialising access. */
export interface RawConnection extends SqlRunner {
  readonly dialect: 'sqlite';
  run(sql: string, params?: unknown[]): Promise<{ changes: number; lastID: number }>;
  /**
   * Copies every page of `source` into this connection's database with SQLite's online backup API,
   * which takes the proper locks (a plain file copy over a live tracker is how trackers get corrupted).
   */
  restoreFrom(source: string): Promise<void>;
  close(): Promise<void>;
}

export function openRaw(file: string, mode: number): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, mode, (err) => {
      if (err) reject(err);
      else resolve(wrap(db));
    });
  });
}

/** The parts of node-sqlite3's (untyped) Backup object we use. */
interface Backup {
  step(pages: number, cb: (err: Error | null, done: boolean) => void): void;
  finish(cb?: (err: Error | null) => void): void;
  readonly completed: boolean;
}
type BackupFn = (file: string, destName: string, sourceName: string, filenameIsDest: boolean, cb: (err: Error | null) => void) => Backup;

function restoreInto(db: sqlite3.Database, source: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let backup: Backup | undefined = undefined;
    const fail = (err: Error) => (backup ? backup.finish(() => reject(err)) : reject(err));
    // filenameIsDest = false: `source` is read, this connection's main database is written.
    backup = ((db as unknown as { backup: BackupFn }).backup).call(db, source, 'main', 'main', false, (err) => {
      if (err) return fail(err);
      let tries = 0;
      const step = () =>
        backup!.step(-1, (stepErr, done) => {
          if (stepErr) {
            // BUSY/LOCKED while someone else holds the file: wait and try again, a bounded number of times.
            if (/BUSY|LOCKED/.test(stepErr.message) && tries++ < 100) return void setTimeout(step, 100);
            return fail(stepErr);
          }
          if (done) backup!.finish((finishErr) => (finishErr ? reject(finishErr) : resolve()));
          else setImmediate(step);
        });
      step();
    });
  });
}

function wrap(db: sqlite3.Database): RawConnection {
  return {
    dialect: 'sqlite',
    all: (sql, params = []) =>
      new Promise((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as Record<string, unknown>[])))),
    run: (sql, params = []) =>
      new Promise((resolve, reject) =>
        db.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
          if (err) reject(err);
          else resolve({ changes: this.changes, lastID: this.lastID });
        }),
      ),
    exec: (sql) => new Promise((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve()))),
    restoreFrom: (source) => restoreInto(db, source),
    close: () => new Promise((resolve, reject) => db.close((err) => (err ? reject(err) : resolve()))),
  };
}

export const OPEN_READWRITE = sqlite3.OPEN_READWRITE;
export const OPEN_CREATE = sqlite3.OPEN_CREATE;
export const OPEN_READONLY = sqlite3.OPEN_READONLY;

/** The SQLite result code name of an error from the sqlite3 package ("SQLITE_BUSY"), or null. */
export function sqliteCode(err: unknown): string | null {
  // drizzle wraps driver errors ("Failed query: …") and keeps the sqlite3 error as `cause`.
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  }
  return null;
}

/** Escapes a value for a single-quoted SQL string literal (VACUUM INTO takes no parameters in older SQLite). */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The SQLite connection behind a runner, for what only the file has (the backup API, VACUUM INTO, pragmas). */
export function sqliteOf(q: SqlRunner, what: string): RawConnection {
  if (q.dialect !== 'sqlite') throw new AppError('INVALID', `${what} is for a tracker file; on a PostgreSQL server it is done with the server's own tools (docs/SERVER.md).`);
  return q as RawConnection;
}
