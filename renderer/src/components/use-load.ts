import { useEffect, useRef, useState } from 'react';
import { useChanges } from './use-changes';
import { isOwnChange } from '../own-operations';
import type { TrackerChange } from '../../../shared/api/tracker-file-outputs';

export interface Loaded<T> {
  data?: T;
  error?: string;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data for a page and loads again when `deps` change (compared by value) or someone else changes what it shows. While reloading the same
 * thing, the previous data stays on screen so tables do not flicker; data for other deps is never shown.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[], watch?: (change: TrackerChange) => boolean): Loaded<T> {
  const key = JSON.stringify(deps);
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{ key: string; run: string; data?: T; error?: string }>({ key: '', run: '' });
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    let live = true;
    const run = `${key}#${tick}`;
    loadRef.current().then(
      (data) => live && setState({ key, run, data }),
      (err: unknown) => live && setState({ key, run, error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [key, tick]);
  // Someone else saved something this view shows (`watch`; any change when not given): load again, keeping the
  // previous data on screen meanwhile. Never for this window's own operations: it already has their result.
  useChanges((batch) => {
    if (batch.reset || batch.changes.some((c) => !isOwnChange(c) && (watch ? watch(c) : true))) setTick((t) => t + 1);
  });
  const sameKey = state.key === key;
  return {
    data: sameKey ? state.data : undefined,
    error: sameKey ? state.error : undefined,
    loading: state.run !== `${key}#${tick}`,
    reload: () => setTick((t) => t + 1),
  };
}
