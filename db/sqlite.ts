import sqlite3 from 'sqlite3';

/** Promise wrappers over one sqlite3 connection. Callers are responsible for serialising access. */
export interface RawConnection {
  all(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  run(sql: string, params?: unknown[]): Promise<{ changes: number; lastID: number }>;
  exec(sql: string): Promise<void>;
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

function wrap(db: sqlite3.Database): RawConnection {
  return {
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
    close: () => new Promise((resolve, reject) => db.close((err) => (err ? reject(err) : resolve()))),
  };
}

export const OPEN_READWRITE = sqlite3.OPEN_READWRITE;
export const OPEN_CREATE = sqlite3.OPEN_CREATE;
export const OPEN_READONLY = sqlite3.OPEN_READONLY;

/** The SQLite result code name of an error from the sqlite3 package ("SQLITE_BUSY"), or null. */
export function sqliteCode(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}
