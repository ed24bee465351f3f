import type { RawConnection } from './sqlite';

/**
 * 64 KB pages, chosen by measurement (docs/BENCHMARKS.md, "On a file share"): on a share every page read
 * is a round trip, and at 50,000 escalations 64 KB pages cut the cold quarterly report from 23,269 reads
 * (4 KB) and 7,960 (16 KB) to about 2,100, the dashboard from 3,970 to about 400. The price is bytes per
 * save: each changed page is written to the journal and the file in full.
 */
export const PAGE_SIZE = 65536;

export async function pageSizeOf(raw: RawConnection): Promise<number> {
  const rows = await raw.all('PRAGMA page_size');
  return Number(rows[0]?.page_size ?? 0);
}

/** A file with no tables yet takes the page size before its first page is written. */
export async function setPageSizeOfNewFile(raw: RawConnection): Promise<void> {
  await raw.exec(`PRAGMA page_size = ${PAGE_SIZE}`);
}

/**
 * Rewrites an existing tracker with PAGE_SIZE pages. VACUUM holds the exclusive lock for the whole
 * rewrite (other desktops wait, as for a schema upgrade) and commits through the rollback journal, so a
 * crash half-way leaves the old file intact; journal_mode stays DELETE (WAL could not change page size).
 * The caller takes a backup first.
 */
export async function convertPageSize(raw: RawConnection): Promise<void> {
  await raw.exec(`PRAGMA page_size = ${PAGE_SIZE}`);
  await raw.exec('VACUUM');
  // VACUUM kept every rowid when tried, but sqlite.org lets it renumber tables without an INTEGER PRIMARY KEY, and
  // the search indexes (migration 0009) are joined to their tables by rowid: rebuild them from the tables.
  const indexes = await raw.all("SELECT name FROM sqlite_schema WHERE name IN ('escalations_search', 'children_search')");
  for (const { name } of indexes) await raw.exec(`INSERT INTO "${String(name)}" ("${String(name)}") VALUES ('rebuild')`);
}
