import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../tracker';
import { chairConcernEvents, chairConcerns } from '../schema';
import { updateAtVersion } from './update-at-version';

export type ChairConcernRecord = typeof chairConcerns.$inferSelect;
export type NewChairConcern = typeof chairConcerns.$inferInsert;
export type ChairConcernEventRecord = typeof chairConcernEvents.$inferSelect;

/** Concerns about a chair: one table for what the list and the report count, one append-only log (DESIGN.md). */
export const chairConcernsRepo = {
  async get(db: Db, id: string): Promise<ChairConcernRecord | undefined> {
    return db.select().from(chairConcerns).where(eq(chairConcerns.id, id)).get();
  },
  async insert(db: Db, row: NewChairConcern): Promise<void> {
    await db.insert(chairConcerns).values(row).run();
  },
  async update(db: Db, id: string, version: number, patch: Partial<NewChairConcern>): Promise<boolean> {
    return updateAtVersion(db, chairConcerns, chairConcerns.id, id, version, patch);
  },
  async events(db: Db, id: string): Promise<ChairConcernEventRecord[]> {
    return db.select().from(chairConcernEvents).where(eq(chairConcernEvents.concernId, id)).orderBy(asc(chairConcernEvents.seq)).all();
  },
  async append(db: Db, row: typeof chairConcernEvents.$inferInsert): Promise<void> {
    await db.insert(chairConcernEvents).values(row).run();
  },
  async forOp(db: Db, opId: string): Promise<string | undefined> {
    return (await db.select({ id: chairConcernEvents.concernId }).from(chairConcernEvents).where(eq(chairConcernEvents.opId, opId)).get())?.id;
  },
  /**
   * The list a manager sees, newest first, leaving out any concern about the person looking (by their People record or
   * their name): the chair concerned never sees one about themselves, even with a manager's role.
   */
  async list(db: Db, viewer: { name: string; personId: string | null }, status: 'open' | 'closed' | 'any', limit = 200): Promise<ChairConcernRecord[]> {
    const notMine = viewer.personId
      ? sql`(${chairConcerns.aboutPersonId} IS NULL OR ${chairConcerns.aboutPersonId} <> ${viewer.personId}) AND lower(${chairConcerns.aboutChair}) <> lower(${viewer.name})`
      : sql`lower(${chairConcerns.aboutChair}) <> lower(${viewer.name})`;
    const which = status === 'open' ? eq(chairConcerns.status, 'open') : status === 'closed' ? ne(chairConcerns.status, 'open') : undefined;
    return db
      .select()
      .from(chairConcerns)
      .where(and(notMine, which))
      .orderBy(desc(chairConcerns.raisedOn), desc(chairConcerns.createdAt))
      .limit(limit)
      .all();
  },
};
