import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../tracker';
import { updateAtVersion } from './update-at-version';
import { escalations, profiles } from '../schema';

export type ProfileRow = typeof profiles.$inferSelect;
export type NewProfileRow = typeof profiles.$inferInsert;

/** Custom protocol profiles (built-ins live in code). */
export const profilesRepo = {
  async get(db: Db, id: string): Promise<ProfileRow | undefined> {
    return db.select().from(profiles).where(eq(profiles.id, id)).get();
  },
  async list(db: Db): Promise<ProfileRow[]> {
    return db.select().from(profiles).orderBy(asc(profiles.name)).all();
  },
  /** Just the version, to see cheaply whether another desktop changed the profile. */
  async versionOf(db: Db, id: string): Promise<number | undefined> {
    const row = await db.select({ v: profiles.version }).from(profiles).where(eq(profiles.id, id)).get();
    return row?.v;
  },
  async insert(db: Db, row: NewProfileRow): Promise<void> {
    await db.insert(profiles).values(row).run();
  },
  async update(db: Db, id: string, version: number, patch: Partial<NewProfileRow>): Promise<boolean> {
    return updateAtVersion(db, profiles, profiles.id, id, version, patch);
  },
  async remove(db: Db, id: string): Promise<void> {
    await db.delete(profiles).where(eq(profiles.id, id)).run();
  },
  /** Ladders in use by escalations recorded under any profile, with how many escalations use each. */
  async laddersInUse(db: Db): Promise<{ ladderKey: string; n: number }[]> {
    const rows = await db
      .select({ ladderKey: escalations.ladderKey, n: sql<number>`count(*)` })
      .from(escalations)
      .groupBy(escalations.ladderKey)
      .all();
    return rows.map((r) => ({ ladderKey: r.ladderKey, n: Number(r.n) }));
  },
  async escalationsUsing(db: Db, profileId: string): Promise<number> {
    const row = await db.select({ n: sql<number>`count(*)` }).from(escalations).where(eq(escalations.profileId, profileId)).get();
    return Number(row?.n ?? 0);
  },
};
