import { useEffect, useRef, useState } from 'react';
import { useChanges } from './use-changes';

export interface Loaded<T> {
  data?: T;
  error?: string;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data for a page and loads again when `deps` change (compared by value) or the tracker changes. While reloading the same
 * thing, the previous data stays on screen so tables do not flicker; data for other deps is never shown.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
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
  // Another desktop saved (or this one did): load again; the previous data stays on screen meanwhile.
  useChanges(() => setTick((t) => t + 1));
  const sameKey = state.key === key;
  return {
    data: sameKey ? state.data : undefined,
    error: sameKey ? state.error : undefined,
    loading: state.run !== `${key}#${tick}`,
    reload: () => setTick((t) => t + 1),
  };
}
