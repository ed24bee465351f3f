import { eq } from 'drizzle-orm';
import type { Db } from '../tracker';
import { settings } from '../schema';

export const settingsRepo = {
  async get<T>(db: Db, key: string): Promise<T | undefined> {
    const row = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
    return row ? (JSON.parse(row.value) as T) : undefined;
  },
};
