import { call } from '../../api';
import type { ChangeBatch, TrackerStatus } from '../../../../shared/api/tracker-file-outputs';

/**
 * One poll loop per window: every 2 seconds asks the host what changed in the tracker since last time
 * (`feed.changes`), which also carries the tracker's status (open, offline, busy). Pages subscribe
 * through useChanges/useLoad and reload; the banner and forms subscribe to the status.
 */
const POLL_MS = 2000;

type ChangeListener = (batch: ChangeBatch) => void;
type StatusListener = (status: TrackerStatus | null) => void;

const changeListeners = new Set<ChangeListener>();
const statusListeners = new Set<StatusListener>();
let status: TrackerStatus | null = null;
let since: number | undefined;
let session: string | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let running = false;
let inFlight: Promise<void> | null = null;

function setStatus(next: TrackerStatus | null): void {
  status = next;
  for (const l of statusListeners) l(next);
}

async function tick(): Promise<void> {
  try {
    const batch = await call('feed.changes', { session, since });
    const sameSession = session === undefined || batch.session === session;
    session = batch.session;
    since = batch.seq;
    setStatus(batch.status);
    if (sameSession && (batch.changes.length > 0 || batch.reset)) for (const l of changeListeners) l(batch);
  } catch {
    // The host itself is unreachable (web host stopped): keep the last status; the next poll tries again.
  }
}

function schedule(): void {
  if (!running) return;
  timer = setTimeout(() => {
    inFlight = tick().finally(() => {
      inFlight = null;
      schedule();
    });
  }, POLL_MS);
}

function ensureRunning(): void {
  if (running) return;
  running = true;
  inFlight = tick().finally(() => {
    inFlight = null;
    schedule();
  });
}

function stopIfIdle(): void {
  if (changeListeners.size || statusListeners.size) return;
  running = false;
  if (timer) clearTimeout(timer);
}

export function subscribeChanges(listener: ChangeListener): () => void {
  changeListeners.add(listener);
  ensureRunning();
  return () => {
    changeListeners.delete(listener);
    stopIfIdle();
  };
}

export function subscribeStatus(listener: StatusListener): () => void {
  statusListeners.add(listener);
  ensureRunning();
  listener(status);
  return () => {
    statusListeners.delete(listener);
    stopIfIdle();
  };
}

/** Ask now (after switching tracker, or when a form wants to know if the share is back). */
export async function pollNow(): Promise<TrackerStatus | null> {
  if (inFlight) await inFlight;
  await tick();
  return status;
}

/** A status the renderer learned from a call (trackerFile.open …) without waiting for the next poll. */
export function announceStatus(next: TrackerStatus): void {
  setStatus(next);
}
