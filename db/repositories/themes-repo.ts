import { and, asc, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../tracker';
import { updateAtVersion } from './update-at-version';
import { children, escalations, themeEvents, themeLinks, themes } from '../schema';

export type ThemeRecord = typeof themes.$inferSelect;
export type NewTheme = typeof themes.$inferInsert;
export type ThemeEventRecord = typeof themeEvents.$inferSelect;

/** Columns of a theme list row with its link counts (no duplicate names: rows travel as positional arrays). */
const summaryColumns = {
  id: themes.id,
  title: themes.title,
  description: themes.description,
  owner: themes.owner,
  status: themes.status,
  createdAt: themes.createdAt,
  createdBy: themes.createdBy,
  updatedAt: themes.updatedAt,
  updatedBy: themes.updatedBy,
  version: themes.version,
  // Written out in full: drizzle leaves the table off a lone table's columns, and "id" would then mean l.id.
  linkedEscalations: sql<number>`(SELECT count(*) FROM theme_links l WHERE l.theme_id = "themes"."id" AND l.escalation_id IS NOT NULL)`,
  linkedChildren: sql<number>`(SELECT count(DISTINCT l.child_id) FROM theme_links l WHERE l.theme_id = "themes"."id" AND l.child_id IS NOT NULL)`,
};

export const themesRepo = {
  async get(db: Db, id: string): Promise<ThemeRecord | undefined> {
    return db.select().from(themes).where(eq(themes.id, id)).get();
  },
  async list(db: Db, q: { statuses: string[] | null; search: string; ids?: string[]; excludeIds?: string[] }) {
    const parts: (SQL | undefined)[] = [];
    if (q.statuses) parts.push(inArray(themes.status, q.statuses));
    if (q.ids) parts.push(inArray(themes.id, q.ids.length ? q.ids : ['']));
    if (q.excludeIds?.length) parts.push(sql`${themes.id} NOT IN (${sql.join(q.excludeIds.map((x) => sql`${x}`), sql`, `)})`);
    if (q.search) {
      const pattern = `%${q.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      parts.push(sql`(${themes.title} LIKE ${pattern} ESCAPE '\\' OR ${themes.description} LIKE ${pattern} ESCAPE '\\')`);
    }
    return db.select(summaryColumns).from(themes).where(and(...parts)).orderBy(desc(themes.updatedAt)).limit(500).all();
  },
  async insert(db: Db, row: NewTheme): Promise<void> {
    await db.insert(themes).values(row).run();
  },
  /** Updates only if the row is still at `version`; returns whether it was. */
  async update(db: Db, id: string, version: number, patch: Partial<NewTheme>): Promise<boolean> {
    return updateAtVersion(db, themes, themes.id, id, version, patch);
  },
  async events(db: Db, themeId: string): Promise<ThemeEventRecord[]> {
    return db.select().from(themeEvents).where(eq(themeEvents.themeId, themeId)).orderBy(asc(themeEvents.seq)).all();
  },
  async nextSeq(db: Db, themeId: string): Promise<number> {
    const row = await db.select({ n: sql<number>`coalesce(max(${themeEvents.seq}), 0)` }).from(themeEvents).where(eq(themeEvents.themeId, themeId)).get();
    return Number(row?.n ?? 0) + 1;
  },
  async appendEvent(db: Db, row: typeof themeEvents.$inferInsert): Promise<void> {
    await db.insert(themeEvents).values(row).run();
  },
  /** The theme an operation already wrote to, if that operation committed before (a retry is then a no-op). */
  async themeForOp(db: Db, opId: string): Promise<string | undefined> {
    const row = await db.select({ themeId: themeEvents.themeId }).from(themeEvents).where(eq(themeEvents.opId, opId)).get();
    return row?.themeId;
  },
  async links(db: Db, themeId: string) {
    return db
      .select({
        linkId: themeLinks.id,
        escalationId: themeLinks.escalationId,
        childId: themeLinks.childId,
        childName: children.name,
        caseId: children.caseId,
        stageLabel: escalations.stageLabel,
        status: escalations.status,
        raisedAt: escalations.raisedAt,
        linkedAt: themeLinks.createdAt,
        linkedBy: themeLinks.createdBy,
      })
      .from(themeLinks)
      .leftJoin(escalations, eq(escalations.id, themeLinks.escalationId))
      .leftJoin(children, eq(children.id, themeLinks.childId))
      .where(eq(themeLinks.themeId, themeId))
      .orderBy(asc(themeLinks.id))
      .all();
  },
  async findLink(db: Db, themeId: string, target: { escalationId?: string; childId?: string }) {
    const where = target.escalationId
      ? and(eq(themeLinks.themeId, themeId), eq(themeLinks.escalationId, target.escalationId))
      : and(eq(themeLinks.themeId, themeId), eq(themeLinks.childId, target.childId ?? ''), sql`${themeLinks.escalationId} IS NULL`);
    return db.select().from(themeLinks).where(where).get();
  },
  async linkById(db: Db, themeId: string, linkId: number) {
    return db.select().from(themeLinks).where(and(eq(themeLinks.themeId, themeId), eq(themeLinks.id, linkId))).get();
  },
  async insertLink(db: Db, row: typeof themeLinks.$inferInsert): Promise<void> {
    await db.insert(themeLinks).values(row).run();
  },
  async deleteLink(db: Db, linkId: number): Promise<void> {
    await db.delete(themeLinks).where(eq(themeLinks.id, linkId)).run();
  },
  /** Themes an escalation is linked to. */
  async themeIdsForEscalation(db: Db, escalationId: string): Promise<string[]> {
    const rows = await db.select({ id: themeLinks.themeId }).from(themeLinks).where(and(eq(themeLinks.escalationId, escalationId), isNotNull(themeLinks.themeId))).all();
    return rows.map((r) => r.id);
  },
  activeStatuses: ['open', 'escalated', 'monitoring'] as string[],
};
