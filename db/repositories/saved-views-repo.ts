import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../tracker';
import { savedViews } from '../schema';

export type SavedViewRecord = typeof savedViews.$inferSelect;

export const savedViewsRepo = {
  async list(db: Db, owner: string): Promise<SavedViewRecord[]> {
    return db.select().from(savedViews).where(eq(savedViews.owner, owner)).orderBy(asc(savedViews.name)).all();
  },
  async byName(db: Db, owner: string, name: string): Promise<SavedViewRecord | undefined> {
    return db.select().from(savedViews).where(and(eq(savedViews.owner, owner), eq(savedViews.name, name))).get();
  },
  async get(db: Db, id: string): Promise<SavedViewRecord | undefined> {
    return db.select().from(savedViews).where(eq(savedViews.id, id)).get();
  },
  async insert(db: Db, row: typeof savedViews.$inferInsert): Promise<void> {
    await db.insert(savedViews).values(row).run();
  },
  async replaceQuery(db: Db, id: string, query: string, at: string, by: string, version: number): Promise<void> {
    await db.update(savedViews).set({ query, updatedAt: at, updatedBy: by, version: version + 1 }).where(eq(savedViews.id, id)).run();
  },
  /** Saved views are personal preferences, not records: removing one is allowed (the change log keeps it). */
  async remove(db: Db, id: string): Promise<void> {
    await db.delete(savedViews).where(eq(savedViews.id, id)).run();
  },
};
