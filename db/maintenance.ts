import type { Tracker } from './tracker';

/**
 * The few whole-file statements the app, the command line and the benchmarks run outside any repository: SQL is
 * written only under db/ (a lint rule keeps it so).
 */

/** The rollback journal mode the connection uses (always "delete" for a writable tracker; see docs/SHARED-TRACKER.md). */
export async function journalModeOf(tracker: Tracker): Promise<string> {
  if (tracker.dialect === 'postgres') return 'none (a PostgreSQL server keeps its own write-ahead log)';
  const rows = await tracker.withConnection((raw) => raw.all('PRAGMA journal_mode'));
  return String(rows[0]?.journal_mode ?? '');
}

/** Refreshes the query planner's statistics after a bulk load (the demo seed, the benchmark's tracker). */
export async function analyze(tracker: Tracker): Promise<void> {
  await tracker.writeTx((_tx, raw) => raw.exec('ANALYZE'));
}

/** The full integrity check on this connection, every line of its verdict ("ok" when sound). */
export async function integrityLines(tracker: Tracker): Promise<string[]> {
  // The server checks its own pages (docs/SERVER.md); its answer to a query is the app's check.
  if (tracker.dialect === 'postgres') return [await tracker.checkIntegrity({ by: 'integrity check', now: new Date(), record: false })];
  const rows = await tracker.withConnection((raw) => raw.all('PRAGMA integrity_check'));
  return rows.map((r) => String(Object.values(r)[0] ?? ''));
}

/** How big the tracker is: rows per table, for the benchmark's and the seed's summaries. */
export async function trackerCounts(tracker: Tracker): Promise<{ escalations: number; children: number; events: number; newestRaisedAt: string | null }> {
  return tracker.readTx(async (_tx, raw) => {
    const [r] = await raw.all(
      'SELECT (SELECT count(*) FROM escalations) AS escalations, (SELECT count(*) FROM children) AS children, (SELECT count(*) FROM escalation_events) AS events, (SELECT max(raised_at) FROM escalations) AS newest',
    );
    return { escalations: Number(r?.escalations ?? 0), children: Number(r?.children ?? 0), events: Number(r?.events ?? 0), newestRaisedAt: r?.newest == null ? null : String(r.newest) };
  });
}

/** For the share benchmark only: measures another rollback journal mode on this connection (never WAL; the app opens with delete). */
export async function setJournalModeForBenchmark(tracker: Tracker, mode: 'delete' | 'truncate' | 'persist'): Promise<string> {
  const rows = await tracker.withConnection((raw) => raw.all(`PRAGMA journal_mode = ${mode.toUpperCase()}`));
  return String(rows[0]?.journal_mode ?? '');
}
