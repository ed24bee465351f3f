import { asc, eq } from 'drizzle-orm';
import { containsText } from './text-search';
import type { Db } from '../tracker';
import { updateAtVersion } from './update-at-version';
import { children } from '../schema';
import type { ChildSummary } from '../../shared/api/outputs';

export type ChildRecord = typeof children.$inferSelect;
export type NewChild = typeof children.$inferInsert;

export function toChildSummary(r: ChildRecord): ChildSummary {
  return {
    id: r.id,
    name: r.name,
    caseId: r.caseId,
    dateOfBirth: r.dateOfBirth,
    cohort: r.cohort as ChildSummary['cohort'],
    socialWorker: r.socialWorker,
    teamManager: r.teamManager,
    team: r.team,
    chair: r.chair,
    lastMeetingDate: r.lastMeetingDate ?? null,
    nextMeetingDate: r.nextMeetingDate ?? null,
    version: r.version,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy,
  };
}

export const childrenRepo = {
  async get(db: Db, id: string): Promise<ChildRecord | undefined> {
    return db.select().from(children).where(eq(children.id, id)).get();
  },
  async byCaseId(db: Db, caseId: string): Promise<ChildRecord | undefined> {
    return db.select().from(children).where(eq(children.caseId, caseId)).get();
  },
  async list(db: Db, search: string, limit = 500): Promise<ChildRecord[]> {
    const where = search ? containsText(db, search, 'children_search', [children.name, children.caseId]) : undefined;
    return db.select().from(children).where(where).orderBy(asc(children.name)).limit(limit).all();
  },
  async insert(db: Db, row: NewChild): Promise<void> {
    await db.insert(children).values(row).run();
  },
  /** Updates only if the row is still at `version`; returns whether it was. */
  async update(db: Db, id: string, version: number, patch: Partial<NewChild>): Promise<boolean> {
    return updateAtVersion(db, children, children.id, id, version, patch);
  },
};
