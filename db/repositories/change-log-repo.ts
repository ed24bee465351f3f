import { and, eq } from 'drizzle-orm';
import type { Db } from '../tracker';
import { changeLog } from '../schema';

export type NewChange = typeof changeLog.$inferInsert;

export const changeLogRepo = {
  async record(db: Db, row: NewChange): Promise<void> {
    await db.insert(changeLog).values(row).run();
  },
  /** The entity id an operation already created or changed, if it committed before. */
  async entityForOp(db: Db, opId: string, entity: string): Promise<string | undefined> {
    const row = await db
      .select({ id: changeLog.entityId })
      .from(changeLog)
      .where(and(eq(changeLog.opId, opId), eq(changeLog.entity, entity)))
      .get();
    return row?.id;
  },
};
