import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../tracker';
import { letters, people, themeLinks, themes } from '../schema';

export type LetterRecord = typeof letters.$inferSelect;
export type NewLetter = typeof letters.$inferInsert;

/** The letters area's reads and writes: generated letters, its own settings keys, and read-only lookups. */
export const lettersRepo = {
  async insert(db: Db, row: NewLetter): Promise<void> {
    await db.insert(letters).values(row).run();
  },
  async get(db: Db, id: string): Promise<LetterRecord | undefined> {
    return db.select().from(letters).where(eq(letters.id, id)).get();
  },
  async forOp(db: Db, opId: string): Promise<LetterRecord | undefined> {
    return db.select().from(letters).where(eq(letters.opId, opId)).get();
  },
  async forEscalation(db: Db, escalationId: string): Promise<LetterRecord[]> {
    return db.select().from(letters).where(eq(letters.escalationId, escalationId)).orderBy(desc(letters.createdAt), desc(letters.id)).all();
  },


  /** Active people with their job role, for addressing letters. */
  async directory(db: Db): Promise<{ name: string; role: string; email: string | null; team: string | null }[]> {
    return db.select({ name: people.name, role: people.role, email: people.email, team: people.team }).from(people).where(eq(people.active, true)).orderBy(asc(people.name)).all();
  },

  /** Themes with the escalations linked to them (batch letters for a themed concern). */
  async themesWithEscalations(db: Db): Promise<{ id: string; title: string; status: string; escalationIds: string[] }[]> {
    const list = await db.select({ id: themes.id, title: themes.title, status: themes.status }).from(themes).orderBy(asc(themes.title)).all();
    if (list.length === 0) return [];
    const links = await db
      .select({ themeId: themeLinks.themeId, escalationId: themeLinks.escalationId })
      .from(themeLinks)
      .where(inArray(themeLinks.themeId, list.map((t) => t.id)))
      .all();
    return list.map((t) => ({
      ...t,
      escalationIds: [...new Set(links.filter((l) => l.themeId === t.id && l.escalationId).map((l) => l.escalationId!))],
    }));
  },
};
