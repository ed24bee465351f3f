import { asc, eq, sql } from 'drizzle-orm';
import type { SqlRunner } from '../sql-runner';
import type { Db } from '../tracker';
import { updateAtVersion } from './update-at-version';
import { settings } from '../schema';

export type SettingRow = typeof settings.$inferSelect;

/** Reading settings rows with their versions, and writing them: the table's only writer (settings-repo.ts only reads values). */
export const settingsWriteRepo = {
  async row(db: Db, key: string): Promise<SettingRow | undefined> {
    return db.select().from(settings).where(eq(settings.key, key)).get();
  },
  async all(db: Db): Promise<SettingRow[]> {
    return db.select().from(settings).orderBy(asc(settings.key)).all();
  },
  /** A setting's value and version, or undefined when never saved. */
  async value<T>(db: Db, key: string): Promise<{ value: T; version: number } | undefined> {
    const row = await db.select({ value: settings.value, version: settings.version }).from(settings).where(eq(settings.key, key)).get();
    return row ? { value: JSON.parse(row.value) as T, version: row.version } : undefined;
  },
  /**
   * The one writer of the settings table: inserts the first value when `expected` is 0 (the version a
   * setting never saved reads as), or replaces the value still at `expected`; returns whether it was
   * written. The version check is the optimistic lock across desktops.
   */
  async put(db: Db, key: string, value: unknown, expected: number, by: string, at: string): Promise<boolean> {
    const json = JSON.stringify(value);
    if (expected === 0) {
      const existing = await db.select({ v: settings.version }).from(settings).where(eq(settings.key, key)).get();
      if (existing) return false;
      await db.insert(settings).values({ key, value: json, version: 1, createdAt: at, createdBy: by, updatedAt: at, updatedBy: by }).run();
      return true;
    }
    return updateAtVersion(db, settings, settings.key, key, expected, { value: json, updatedAt: at, updatedBy: by });
  },
  /**
   * Last writer wins, for values no person edits: the recorded integrity verdict, the demo seed's roles and profile.
   * Everything a person edits goes through `put` and its version check.
   */
  async upsert(db: Db, key: string, value: unknown, by: string, at: string): Promise<void> {
    const json = JSON.stringify(value);
    await db
      .insert(settings)
      .values({ key, value: json, version: 1, createdAt: at, createdBy: by, updatedAt: at, updatedBy: by })
      .onConflictDoUpdate({ target: settings.key, set: { value: json, version: sql`${settings.version} + 1`, updatedAt: at, updatedBy: by } })
      .run();
  },
  /** `upsert` on a bare connection (the integrity check keeps its verdict before the tracker's queue exists). */
  async upsertOn(raw: SqlRunner, key: string, value: unknown, by: string, at: string): Promise<void> {
    await raw.run(
      `INSERT INTO settings (key, value, version, created_at, created_by, updated_at, updated_by) VALUES (?1, ?2, 1, ?3, ?4, ?3, ?4)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = settings.version + 1, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      [key, JSON.stringify(value), at, by],
    );
  },
};
