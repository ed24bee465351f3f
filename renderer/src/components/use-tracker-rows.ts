import { useCallback, useEffect, useRef, useState } from 'react';
import type { EscalationRow } from '../../../shared/api/outputs';
import type { TrackerFilter } from '../../../shared/api/inputs';
import { call } from '../api';
import { useChanges } from './use-changes';
import { isOwnChange } from '../own-operations';

export const PAGE_SIZE = 100;

/**
 * Rows of the tracker fetched a page at a time as the user scrolls: filtering, sorting and counting
 * happen in SQL, so the renderer never holds more than the pages it has shown.
 */
export function useTrackerRows(filter: TrackerFilter) {
  const key = JSON.stringify(filter);
  const [state, setState] = useState<{ key: string; total: number | null; pages: Map<number, EscalationRow[]>; error?: string }>({ key: '', total: null, pages: new Map() });
  const inflight = useRef(new Set<string>());
  // Answers to an older filter that arrive late are dropped, so typing fast never shows stale rows.
  const latest = useRef(key);
  useEffect(() => {
    latest.current = key;
  }, [key]);
  const [tick, setTick] = useState(0);
  // Another desktop raised, moved or closed an escalation (or a child's name changed): the rows shown may be stale,
  // so load them again, keeping the current rows on screen meanwhile. Not for this window's own saves.
  useChanges((batch) => {
    if (batch.reset || batch.changes.some((c) => !isOwnChange(c) && (c.entity === 'escalation' || c.entity === 'child'))) setTick((t) => t + 1);
  });

  const loadPage = useCallback(
    (page: number) => {
      const id = `${key}#${tick}#${page}`;
      if (inflight.current.has(id)) return;
      inflight.current.add(id);
      call('escalations.list', { ...filter, limit: PAGE_SIZE, offset: page * PAGE_SIZE }).then(
        (res) =>
          latest.current === key &&
          setState((s) => {
            const pages = s.key === key ? new Map(s.pages) : new Map<number, EscalationRow[]>();
            pages.set(page, res.rows);
            return { key, total: res.total, pages };
          }),
        (err: unknown) => latest.current === key && setState((s) => ({ ...s, key, error: err instanceof Error ? err.message : String(err) })),
      );
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, tick],
  );

  useEffect(() => {
    inflight.current.clear();
    loadPage(0);
  }, [loadPage]);

  const current = state.key === key;
  return {
    total: current ? state.total : null,
    error: current ? state.error : undefined,
    rowAt: (i: number): EscalationRow | undefined => (current ? state.pages.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE] : undefined),
    ensure: (from: number, to: number) => {
      for (let p = Math.floor(from / PAGE_SIZE); p <= Math.floor(Math.max(from, to) / PAGE_SIZE); p++) if (!current || !state.pages.has(p)) loadPage(p);
    },
    reload: () => setTick((t) => t + 1),
  };
}
