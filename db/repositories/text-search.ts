import { or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../tracker';
import { dialectOf } from '../sql-dialect';

/**
 * "Name or case ID contains …" for the tracker and the children list. From three characters on, the FTS5 trigram
 * index (migration 0009) answers it from a few pages: on a share every page is a round trip, and a scan of 50,000
 * escalations was about 340 of them. Shorter text has no trigram to look up, so it scans with LIKE as before.
 * Both match the same rows: any substring, letters compared without regard to case.
 */
const TRIGRAM = 3;

/** The FTS5 tables kept in step with their content tables by the migration's triggers. */
export type SearchIndex = 'escalations_search' | 'children_search';

export const escapeLike = (text: string): string => text.replace(/[%_\\]/g, (c) => `\\${c}`);

/** The text as one FTS5 phrase: inside double quotes every character is literal (a quote is doubled). */
const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`;

export function containsText(db: Db, text: string, index: SearchIndex, columns: SQLiteColumn[]): SQL {
  const pattern = `%${escapeLike(text)}%`;
  // The server: ILIKE, which its trigram indexes of the same names answer from three characters on (migrations-postgres 0001).
  if (dialectOf(db).name === 'postgres') return or(...columns.map((c) => sql`${c} ILIKE ${pattern} ESCAPE '\\'`))!;
  if ([...text].length >= TRIGRAM) {
    const table = index === 'escalations_search' ? sql.raw('"escalations"') : sql.raw('"children"');
    return sql`${table}.rowid IN (SELECT rowid FROM ${sql.raw(index)} WHERE ${sql.raw(index)} MATCH ${phrase(text)})`;
  }
  return or(...columns.map((c) => sql`${c} LIKE ${pattern} ESCAPE '\\'`))!;
}
