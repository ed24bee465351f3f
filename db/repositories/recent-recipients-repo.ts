import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../tracker';
import { recentRecipients } from '../schema';

export type RecentRecipient = typeof recentRecipients.$inferSelect;

/** The person last named for a role in a team (one row each), for the person picker's first choice. */
export const recentRecipientsRepo = {
  async lastFor(db: Db, roleKey: string, team: string): Promise<RecentRecipient | undefined> {
    return db.select().from(recentRecipients).where(and(eq(recentRecipients.roleKey, roleKey), eq(recentRecipients.team, team))).get();
  },
  async remember(db: Db, row: RecentRecipient): Promise<void> {
    await db
      .insert(recentRecipients)
      .values(row)
      .onConflictDoUpdate({
        target: [recentRecipients.roleKey, recentRecipients.team],
        set: { name: sql`excluded.name`, role: sql`excluded.role`, email: sql`excluded.email`, personId: sql`excluded.person_id`, namedAt: sql`excluded.named_at`, namedBy: sql`excluded.named_by` },
      })
      .run();
  },
};
