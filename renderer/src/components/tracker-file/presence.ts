import { useEffect, useState } from 'react';
import { call } from '../../api';
import type { PresenceEntry } from '../../../../shared/api/tracker-file-outputs';

/**
 * The heartbeat "this desktop has escalation X open" (every 15 seconds, and on every page change), and
 * who else has the same escalation open. Beats come from one place (the shell), the hint reads here.
 */
const BEAT_MS = 15_000;
let current: { escalationId: string | null; others: PresenceEntry[] } = { escalationId: null, others: [] };
const listeners = new Set<() => void>();

export async function beat(escalationId: string | null): Promise<void> {
  try {
    const { others } = await call('presence.beat', { escalationId });
    current = { escalationId, others };
  } catch {
    current = { escalationId, others: [] };
  }
  for (const l of listeners) l();
}

/** Beats for the page on screen while mounted; says "nothing open" when it unmounts. */
export function usePresenceBeat(escalationId: string | null, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    void beat(escalationId);
    const timer = setInterval(() => void beat(escalationId), BEAT_MS);
    return () => clearInterval(timer);
  }, [escalationId, active]);
}

/** Others with this escalation open now (heartbeat within 2 minutes). */
export function useOthersHere(escalationId: string): PresenceEntry[] {
  const [, setTick] = useState(0);
  useEffect(() => {
    const l = () => setTick((t) => t + 1);
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  return current.escalationId === escalationId ? current.others : [];
}
