import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../tracker';
import { updateAtVersion } from './update-at-version';
import { people } from '../schema';

export type PersonRecord = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;

/** Windows user names are case-insensitive: they are stored and compared in lower case. */
export const normaliseOsUser = (osUser: string): string => osUser.trim().toLowerCase();

export const peopleRepo = {
  async get(db: Db, id: string): Promise<PersonRecord | undefined> {
    return db.select().from(people).where(eq(people.id, id)).get();
  },
  async byOsUser(db: Db, osUser: string): Promise<PersonRecord | undefined> {
    const key = normaliseOsUser(osUser);
    if (!key) return undefined;
    return db.select().from(people).where(sql`lower(${people.osUser}) = ${key}`).get();
  },
  async list(db: Db, opts: { includeInactive: boolean; role?: string; team?: string }): Promise<PersonRecord[]> {
    const where = and(
      opts.includeInactive ? undefined : eq(people.active, true),
      opts.role ? eq(people.role, opts.role) : undefined,
      opts.team ? eq(people.team, opts.team) : undefined,
    );
    return db.select().from(people).where(where).orderBy(asc(people.name)).all();
  },
  async count(db: Db): Promise<number> {
    const row = await db.select({ n: sql<number>`count(*)` }).from(people).get();
    return Number(row?.n ?? 0);
  },
  async insert(db: Db, row: NewPerson): Promise<void> {
    await db.insert(people).values(row).run();
  },
  /** Updates only if the row is still at `version`; returns whether it was. */
  async update(db: Db, id: string, version: number, patch: Partial<NewPerson>): Promise<boolean> {
    return updateAtVersion(db, people, people.id, id, version, patch);
  },
};
