import { useEffect, useRef, useState } from 'react';
import type { ChangeBatch, TrackerStatus } from '../../../shared/api/tracker-file-outputs';
import { subscribeChanges, subscribeStatus } from './tracker-file/feed-poller';

/**
 * Calls `onChange` whenever someone (another desktop, or this one) commits a change to the tracker, so
 * what is on screen is refreshed within a few seconds. useLoad uses it, so every page reloads by itself.
 */
export function useChanges(onChange: (batch: ChangeBatch) => void): void {
  const ref = useRef(onChange);
  useEffect(() => {
    ref.current = onChange;
  });
  useEffect(() => subscribeChanges((b) => ref.current(b)), []);
}

/** The tracker's status (open, offline, busy, read-only), or null before the first answer. */
export function useTrackerStatus(): TrackerStatus | null {
  const [status, setStatus] = useState<TrackerStatus | null>(null);
  useEffect(() => subscribeStatus(setStatus), []);
  return status;
}
