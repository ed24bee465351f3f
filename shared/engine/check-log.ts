import type { EventKind } from './types';

/** Every kind the engine writes; anything else in the log was not written by the app. */
const KINDS: readonly EventKind[] = ['raised', 'letter-sent', 'response-recorded', 'resolved', 'escalated', 'bypassed', 'extension-granted', 'urgency-changed', 'cafcass-referred', 'meeting', 'withdrawn', 'note', 'step-completed', 'follow-up-set', 'follow-up-recorded'];
const WITH_CLOCK: readonly EventKind[] = ['raised', 'escalated', 'bypassed', 'extension-granted', 'urgency-changed'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isClock = (v: unknown): boolean =>
  isObject(v) && typeof v.stageKey === 'string' && typeof v.openedAt === 'string' && !Number.isNaN(Date.parse(v.openedAt)) && (v.dueDate === null || typeof v.dueDate === 'string') && (v.dueAt === null || typeof v.dueAt === 'string');

/**
 * What is wrong with an escalation's stored log, in words, or null when the engine can read it. The log
 * lives in the shared file, where anything can be written: a kind the app never writes, a stage opened
 * without its clock, a log that does not start with "raised". Checked before projecting, so a damaged
 * escalation is reported as such, never as "something went wrong".
 */
export function logProblem(events: readonly { seq: number; body: unknown }[]): string | null {
  if (events.length === 0) return 'it has no history at all';
  const first = [...events].sort((a, b) => a.seq - b.seq)[0]!;
  for (const e of events) {
    const body = e.body;
    if (!isObject(body) || typeof body.kind !== 'string') return `entry ${e.seq} of its history is not an event`;
    const kind = body.kind as EventKind;
    if (!KINDS.includes(kind)) return `entry ${e.seq} of its history is of a kind the app never writes ("${String(body.kind).slice(0, 40)}")`;
    if (WITH_CLOCK.includes(kind) && !isClock(body.clock)) return `entry ${e.seq} of its history ("${kind}") has no valid deadline clock`;
    if (kind === 'raised' && (!isObject(body.concern) || typeof body.ladderKey !== 'string')) return `entry ${e.seq} of its history ("raised") has no concern`;
    if (kind === 'bypassed' && !Array.isArray(body.skippedStageKeys)) return `entry ${e.seq} of its history ("bypassed") does not say which stages were skipped`;
  }
  if (!isObject(first.body) || first.body.kind !== 'raised') return 'its history does not start with the concern being raised';
  return null;
}

