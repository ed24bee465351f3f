import { or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

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

export function containsText(text: string, index: SearchIndex, columns: SQLiteColumn[]): SQL {
  if ([...text].length >= TRIGRAM) {
    const table = index === 'escalations_search' ? sql.raw('"escalations"') : sql.raw('"children"');
    return sql`${table}.rowid IN (SELECT rowid FROM ${sql.raw(index)} WHERE ${sql.raw(index)} MATCH ${phrase(text)})`;
  }
  const pattern = `%${escapeLike(text)}%`;
  return or(...columns.map((c) => sql`${c} LIKE ${pattern} ESCAPE '\\'`))!;
}
