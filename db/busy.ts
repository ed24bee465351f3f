import { AppError } from '../shared/api/result';
import { BUSY_MESSAGE } from './errors';
import { sqliteCode } from './sqlite';

export interface BusyPolicy {
  /** Longest total wait before giving up with a BUSY error. */
  totalMs: number;
  /** Random source for the jitter (tests pass a fixed one). */
  random: () => number;
  /** Called before each wait, for counters and the "busy, retrying…" banner. */
  onRetry?: (attempt: number, waitMs: number) => void;
}

export const isBusy = (err: unknown): boolean => {
  const code = sqliteCode(err);
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || (err instanceof AppError && err.code === 'BUSY');
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The wait before retry number `attempt`: exponential from 10 ms, capped at 500 ms, times 0.5–1.5 jitter so desktops do not retry in step. */
export function backoffMs(attempt: number, random: () => number): number {
  return Math.round(Math.min(500, 10 * 2 ** attempt) * (0.5 + random()));
}

/** Runs `op` until it does not fail with SQLITE_BUSY/LOCKED, waiting with backoff and jitter, for at most `totalMs`. */
export async function withBusyRetry<T>(op: () => Promise<T>, policy: BusyPolicy): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await op();
    } catch (err) {
      if (!isBusy(err)) throw err;
      const wait = backoffMs(attempt, policy.random);
      if (Date.now() - started + wait > policy.totalMs) throw new AppError('BUSY', BUSY_MESSAGE, { waitedMs: Date.now() - started, attempts: attempt + 1 });
      policy.onRetry?.(attempt, wait);
      await sleep(wait);
    }
  }
}

/**
 * Runs one transaction attempt (`attempt`, given the retry policy for its own inner waits) until it is not BUSY,
 * counting the retries and, while it waits, one more in `stats.waiting` (the "busy, retrying…" banner). Both backends'
 * transactions go through it; `fail` turns what finally escapes into the sentence people see.
 */
export async function countedRetry<T>(
  busy: BusyPolicy,
  stats: { busyRetries: number; waiting: number },
  attempt: (policy: BusyPolicy) => Promise<T>,
  fail: (err: unknown) => Error,
): Promise<T> {
  let waited = false;
  const policy: BusyPolicy = {
    ...busy,
    onRetry: () => {
      stats.busyRetries++;
      if (!waited) stats.waiting++;
      waited = true;
    },
  };
  try {
    return await withBusyRetry(() => attempt(policy), policy);
  } catch (err) {
    throw fail(err);
  } finally {
    if (waited) stats.waiting--;
  }
}
