import { asc, eq } from 'drizzle-orm';
import type { Db } from '../connection';
import { settings } from '../schema';

export type SettingRow = typeof settings.$inferSelect;

/** Reading settings rows with their versions, and writing them (settings-repo.ts only reads values). */
export const settingsWriteRepo = {
  async row(db: Db, key: string): Promise<SettingRow | undefined> {
    return db.select().from(settings).where(eq(settings.key, key)).get();
  },
  async all(db: Db): Promise<SettingRow[]> {
    return db.select().from(settings).orderBy(asc(settings.key)).all();
  },
  /** Inserts the first value or replaces the value at `version`; returns whether it was written. */
  async put(db: Db, key: string, value: unknown, version: number | null, by: string, at: string): Promise<boolean> {
    const json = JSON.stringify(value);
    if (version === null) {
      const existing = await db.select({ v: settings.version }).from(settings).where(eq(settings.key, key)).get();
      if (existing) return false;
      await db.insert(settings).values({ key, value: json, version: 1, createdAt: at, createdBy: by, updatedAt: at, updatedBy: by }).run();
      return true;
    }
    const existing = await db.select({ v: settings.version }).from(settings).where(eq(settings.key, key)).get();
    if (!existing || existing.v !== version) return false;
    await db
      .update(settings)
      .set({ value: json, version: version + 1, updatedAt: at, updatedBy: by })
      .where(eq(settings.key, key))
      .run();
    return true;
  },
};
