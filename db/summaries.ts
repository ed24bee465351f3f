import type { SqlRunner } from './sql-runner';
import type { Tracker } from './tracker';
import { MONTH_COUNTS_BUILT, monthCountsRepo } from './repositories/month-counts-repo';

/**
 * Builds the summary rows of a tracker that has none yet (the migration that adds them makes an empty table, after
 * the backup every migration takes), under the write lock so two desktops opening at once build them once.
 */
export async function ensureSummaries(raw: SqlRunner, begin: () => Promise<void>, now: Date): Promise<void> {
  // One read (on a share each is a lock and a round trip): a schema without the table (opened with an older app's
  // migrations) has nothing to build, and built counts need nothing.
  const [state] = await raw.all(
    "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'month_counts') AS has_table, EXISTS (SELECT 1 FROM settings WHERE key = ?) AS built",
    [MONTH_COUNTS_BUILT],
  );
  if (!state?.has_table || state.built) return;
  // Another desktop may have built them between that read and the lock: look again inside it.
  await inWriteTx(raw, begin, async () => {
    if (!(await monthCountsRepo.isBuilt(raw))) await monthCountsRepo.rebuild(raw, now.toISOString());
  });
}

/** `cli check --rebuild-summaries`: recounts from the rows whatever is there; returns how many months have counts. */
export async function rebuildSummaries(tracker: Tracker, now: Date): Promise<number> {
  return tracker.writeTx((_tx, q) => monthCountsRepo.rebuild(q, now.toISOString()));
}

async function inWriteTx<T>(raw: SqlRunner, begin: () => Promise<void>, work: () => Promise<T>): Promise<T> {
  await begin();
  try {
    const result = await work();
    await raw.exec('COMMIT');
    return result;
  } catch (err) {
    await raw.exec('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** Inside a write transaction (the server's): builds the summary rows unless another desktop already has. */
export async function ensureSummariesIn(q: SqlRunner, now: Date): Promise<void> {
  if (!(await monthCountsRepo.isBuilt(q))) await monthCountsRepo.rebuild(q, now.toISOString());
}
