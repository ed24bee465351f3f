import { sql } from 'drizzle-orm';
import type { Db } from '../tracker';

export const actorRepo = {
  /** The signed-in person's team from the people directory (null until they are in it). */
  async teamOf(db: Db, osUser: string, name: string): Promise<string | null> {
    const rows = await db.all<[string | null]>(sql`SELECT team FROM people WHERE (os_user = ${osUser} OR name = ${name}) AND active = 1 LIMIT 1`);
    return rows[0]?.[0] ?? null;
  },
};
