import { and, eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../tracker';

/** A table whose rows carry the optimistic-lock `version` (every mutable table). */
type Versioned = SQLiteTable & { version: SQLiteColumn };

/**
 * The version-checked update every repository uses: writes `patch` and bumps the version only if the row
 * whose `key` is `id` is still at `version`; returns whether it was (false = someone saved first, or gone).
 * Run inside the caller's write transaction, so the check and the write see the same row.
 */
export async function updateAtVersion<T extends Versioned>(db: Db, table: T, key: SQLiteColumn, id: string, version: number, patch: Partial<T['$inferInsert']>): Promise<boolean> {
  // The version check is the UPDATE's own WHERE; the row count it reports says whether it matched (one statement).
  const result = (await db
    .update(table)
    .set({ ...patch, version: version + 1 } as never)
    .where(and(eq(key, id), eq(table.version, version)))
    .run()) as { changes?: number };
  if (typeof result.changes === 'number') return result.changes === 1;
  // A driver that does not report the count: look, as before.
  const after = await db.select({ v: table.version }).from(table as SQLiteTable).where(and(eq(key, id), eq(table.version, version + 1))).get();
  return after !== undefined;
}
