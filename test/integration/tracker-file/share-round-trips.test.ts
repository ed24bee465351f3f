import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openTracker } from '../../../db/connection';
import { applyMigrations, readMigrations } from '../../../db/migrate';
import { PAGE_SIZE } from '../../../db/page-size';
import { INTEGRITY_KEY } from '../../../db/integrity';
import { openRaw, OPEN_CREATE, OPEN_READWRITE, type RawConnection } from '../../../db/sqlite';
import { MIGRATIONS, tempDir } from '../../support/tracker-fixture';

/** Issue 14: "opening the tracker must not read the whole file … a page size chosen by measurement … existing trackers converted under the exclusive lock, backup first". */
describe('the tracker on a file share: few round trips', () => {
  it('creates new trackers with 64 KB pages and the rollback journal', async () => {
    const t = await openTracker({ file: join(tempDir(), 'new.sqlite'), migrationsDir: MIGRATIONS, create: true });
    const [ps] = await t.withConnection((raw) => raw.all('PRAGMA page_size'));
    const [jm] = await t.withConnection((raw) => raw.all('PRAGMA journal_mode'));
    expect(ps?.page_size).toBe(PAGE_SIZE);
    expect(jm?.journal_mode).toBe('delete');
    await t.close();
  });

  it('converts a tracker made by the previous release (4 KB pages) once, after a backup, keeping every row', async () => {
    const dir = tempDir();
    const file = join(dir, 'old.sqlite');
    const previous = readMigrations(MIGRATIONS).slice(0, 4);
    const raw = await openRaw(file, OPEN_READWRITE | OPEN_CREATE);
    await raw.exec('PRAGMA page_size = 4096');
    await applyMigrations(raw, previous);
    await raw.exec('BEGIN');
    for (let i = 0; i < 300; i++)
      await raw.run(`INSERT INTO settings (key, value, created_at, created_by, updated_at, updated_by) VALUES (?, '"x"', 't', 'p', 't', 'p')`, [`k${i}`]);
    await raw.exec('COMMIT');
    await raw.close();

    const t = await openTracker({ file, migrationsDir: MIGRATIONS });
    const [ps] = await t.withConnection((r) => r.all('PRAGMA page_size'));
    const [n] = await t.withConnection((r) => r.all("SELECT count(*) AS n FROM settings WHERE key LIKE 'k%'"));
    const [check] = await t.withConnection((r) => r.all('PRAGMA integrity_check'));
    const [jm] = await t.withConnection((r) => r.all('PRAGMA journal_mode'));
    expect({ pageSize: ps?.page_size, rows: n?.n, integrity: check?.integrity_check, journal: jm?.journal_mode, schema: t.schemaVersion }).toEqual({
      pageSize: PAGE_SIZE,
      rows: 300,
      integrity: 'ok',
      journal: 'delete',
      schema: readMigrations(MIGRATIONS).length,
    });
    await t.close();
    const backups = readdirSync(dir).filter((f) => f.startsWith('old.sqlite.before-'));
    expect(backups).toHaveLength(1);
    // Opened again: already converted, so no second backup and no second rewrite.
    await (await openTracker({ file, migrationsDir: MIGRATIONS })).close();
    expect(readdirSync(dir).filter((f) => f.startsWith('old.sqlite.before-'))).toHaveLength(1);
  });

  it('opens without the whole-file integrity check, which runs on demand and leaves its verdict in the file', async () => {
    const file = join(tempDir(), 't.sqlite');
    await (await openTracker({ file, migrationsDir: MIGRATIONS, create: true })).close();
    const statements: string[] = [];
    const recording = async (f: string, mode: number): Promise<RawConnection> => {
      const real = await openRaw(f, mode);
      return { ...real, all: (sql, p) => (statements.push(sql), real.all(sql, p)), exec: (sql) => (statements.push(sql), real.exec(sql)), run: (sql, p) => (statements.push(sql), real.run(sql, p)) };
    };
    const t = await openTracker({ file, migrationsDir: MIGRATIONS, openRaw: recording });
    expect(statements.filter((s) => /quick_check|integrity_check/.test(s))).toEqual([]);
    expect(await t.checkIntegrity({ by: 'Sam Patel', now: new Date('2025-03-03T10:00:00Z') })).toBe('ok');
    const [row] = await t.withConnection((raw) => raw.all('SELECT value, updated_by FROM settings WHERE key = ?', [INTEGRITY_KEY]));
    expect(JSON.parse(String(row?.value))).toEqual({ verdict: 'ok', at: '2025-03-03T10:00:00.000Z', by: 'Sam Patel' });
    expect(t.readOnlyReason).toBeNull();
    await t.close();
  });

  it('notices another desktop’s save from the header’s change counter, and sees no change when nobody saved', async () => {
    const file = join(tempDir(), 't.sqlite');
    const mine = await openTracker({ file, migrationsDir: MIGRATIONS, create: true });
    const theirs = await openTracker({ file, migrationsDir: MIGRATIONS });
    const before = await mine.dataVersion();
    expect(await mine.dataVersion()).toBe(before);
    await theirs.writeTx((_tx, raw) => raw.run(`INSERT INTO settings (key, value, created_at, created_by, updated_at, updated_by) VALUES ('x', '1', 't', 'p', 't', 'p')`));
    expect(await mine.dataVersion()).not.toBe(before);
    await theirs.close();
    await mine.close();
  });
});
