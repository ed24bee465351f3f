import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTracker } from '../../db/connection';
import { readMigrations } from '../../db/migrate';
import { INTEGRITY_KEY } from '../../db/integrity';
import { settingsWriteRepo } from '../../db/repositories/settings-write-repo';
import { MIGRATIONS, newerMigrations, tempDir } from '../support/tracker-fixture';
import { AppError } from '../../shared/api/result';

async function pragma(file: string, name: string): Promise<unknown> {
  const t = await openTracker({ file, migrationsDir: MIGRATIONS });
  const rows = await t.readTx((_tx, raw) => raw.all(`PRAGMA ${name}`));
  await t.close();
  return Object.values(rows[0] ?? {})[0];
}

describe('the tracker file', () => {
  it('creates and migrates a new file to the newest schema, with every table the app needs', async () => {
    const file = join(tempDir(), 'new.sqlite');
    const t = await openTracker({ file, migrationsDir: MIGRATIONS, create: true });
    expect(t.schemaVersion).toBe(readMigrations(MIGRATIONS).length);
    expect(t.readOnlyReason).toBeNull();
    const tables = await t.readTx((_tx, raw) => raw.all("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    expect(tables.map((r) => r.name)).toEqual(expect.arrayContaining(['children', 'escalations', 'escalation_events', 'people', 'settings', 'change_log']));
    await t.close();
  });

  it('uses a rollback journal (never WAL) with full sync and foreign keys, as a network share needs', async () => {
    const file = join(tempDir(), 'pragmas.sqlite');
    await (await openTracker({ file, migrationsDir: MIGRATIONS, create: true })).close();
    expect(await pragma(file, 'journal_mode')).toBe('delete');
    expect(await pragma(file, 'synchronous')).toBe(2); // FULL
    expect(await pragma(file, 'foreign_keys')).toBe(1);
  });

  it('opens a tracker upgraded by a newer app read-only and refuses writes with a sentence saying to update', async () => {
    const file = join(tempDir(), 'newer.sqlite');
    const t = await openTracker({ file, migrationsDir: MIGRATIONS, create: true });
    await t.writeTx((_tx, raw) => raw.exec('PRAGMA user_version = 99'));
    await t.close();
    const again = await openTracker({ file, migrationsDir: MIGRATIONS });
    expect(again.readOnlyReason).toMatch(/upgraded by a newer version.*please update/);
    await expect(again.writeTx(async () => 1)).rejects.toMatchObject({ code: 'READ_ONLY' });
    await again.close();
  });

  it('does not create a missing tracker unless asked, and says what to do', async () => {
    const dir = tempDir();
    await expect(openTracker({ file: join(dir, 'absent.sqlite'), migrationsDir: MIGRATIONS })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(existsSync(join(dir, 'absent.sqlite'))).toBe(false);
  });

  it('reports a folder that cannot be reached as OFFLINE', async () => {
    const err = await openTracker({ file: join(tempDir(), 'gone', 'share', 't.sqlite'), migrationsDir: MIGRATIONS, create: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('OFFLINE');
    expect((err as AppError).message).toMatch(/cannot be reached/);
  });

  it('reports a file that is not a tracker as CORRUPT, without changing it', async () => {
    const file = join(tempDir(), 'notes.sqlite');
    writeFileSync(file, 'These are my meeting notes, not a database. '.repeat(200));
    await expect(openTracker({ file, migrationsDir: MIGRATIONS })).rejects.toMatchObject({ code: 'CORRUPT' });
  });

  it('refuses to create a tracker in a read-only folder with a READ_ONLY sentence', async () => {
    if (process.getuid?.() === 0) {
      // root ignores permission bits; exercise the read-only file path instead
      const dir = tempDir();
      const file = join(dir, 't.sqlite');
      await (await openTracker({ file, migrationsDir: MIGRATIONS, create: true })).close();
      const t = await openTracker({ file, migrationsDir: MIGRATIONS });
      await t.readTx((_tx, raw) => raw.exec('PRAGMA query_only = 1'));
      const err = await t.writeTx((_tx, raw) => raw.run("INSERT INTO settings VALUES ('k','1',1,'a','b','c','d')")).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'READ_ONLY' });
      await t.close();
      return;
    }
    const dir = join(tempDir(), 'ro');
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    await expect(openTracker({ file: join(dir, 't.sqlite'), migrationsDir: MIGRATIONS, create: true })).rejects.toMatchObject({ code: 'READ_ONLY' });
  });

  it('backs up the file before migrating an older schema', async () => {
    const dir = tempDir();
    const file = join(dir, 'old.sqlite');
    const t = await openTracker({ file, migrationsDir: MIGRATIONS, create: true });
    await t.close();
    // Pretend a newer app adds a migration: copy the migrations folder with one more entry.
    const extra = join(dir, 'migrations');
    mkdirSync(join(extra, 'meta'), { recursive: true });
    const current = readMigrations(MIGRATIONS);
    const journal = { entries: [...current.map((m) => ({ idx: m.idx, tag: m.tag })), { idx: current.length, tag: '9999_extra' }] };
    for (const m of readMigrations(MIGRATIONS)) writeFileSync(join(extra, `${m.tag}.sql`), m.statements.join('\n--> statement-breakpoint\n'));
    writeFileSync(join(extra, '9999_extra.sql'), 'ALTER TABLE children ADD `nickname` text;');
    writeFileSync(join(extra, 'meta', '_journal.json'), JSON.stringify(journal));
    const upgraded = await openTracker({ file, migrationsDir: extra });
    expect(upgraded.schemaVersion).toBe(current.length + 1);
    const columns = await upgraded.readTx((_tx, raw) => raw.all('PRAGMA table_info(children)'));
    expect(columns.map((c) => c.name)).toContain('nickname');
    await upgraded.close();
    expect(readdirSync(dir).some((f) => f.startsWith(`old.sqlite.before-schema-${current.length + 1}`))).toBe(true);
  });

  it('says why an older file it may not upgrade stays at its schema, and what then may not open', async () => {
    const dir = tempDir();
    const file = join(dir, 'old.sqlite');
    const t = await openTracker({ file, migrationsDir: MIGRATIONS, create: true });
    // A failed check recorded in the file: this desktop opens it read-only, so it must not upgrade it either.
    await t.writeTx((tx) => settingsWriteRepo.upsert(tx, INTEGRITY_KEY, { verdict: 'row 7 missing from index', at: '2026-12-01T10:00:00.000Z', by: 'check' }, 'check', '2026-12-01T10:00:00.000Z'));
    await t.close();
    const current = readMigrations(MIGRATIONS);
    const old = await openTracker({ file, migrationsDir: newerMigrations(dir) });
    expect(old.schemaVersion).toBe(current.length);
    expect(old.readOnlyReason).toMatch(new RegExp(`older version \\(schema ${current.length}; this app upgrades it to ${current.length + 1} .*some lists, searches and reports may not open`));
    await old.close();
  });
});
