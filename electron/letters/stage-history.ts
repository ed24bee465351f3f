import { londonDateOf } from '../../shared/calendar';
import type { IsoDate } from '../../shared/calendar/types';
import type { EscalationEvent, EventOf } from '../../shared/engine/types';

/** What happened while one stage was current, read from the append-only log. */
export interface StageEvents {
  /** The event that opened the stage (raised, escalated or bypassed). */
  entry: EventOf<'raised'> | EventOf<'escalated'> | EventOf<'bypassed'> | null;
  entryFrom: string | null;
  response: EventOf<'response-recorded'> | null;
  resolved: EventOf<'resolved'> | null;
  /** The stage the escalation moved to from here, and when. */
  progressed: { to: string; on: IsoDate } | null;
  meetings: EventOf<'meeting'>[];
  /** Extra time granted while this stage was current, and when (the letter says so). */
  extensions: { body: EventOf<'extension-granted'>; on: IsoDate }[];
  cafcass: EventOf<'cafcass-referred'> | null;
}

const empty = (): StageEvents => ({ entry: null, entryFrom: null, response: null, resolved: null, progressed: null, meetings: [], extensions: [], cafcass: null });

/**
 * Attributes each event to the stage that was current when it happened. Events such as meetings and
 * Cafcass referrals carry no stage key, so the log is walked in order, following escalations and bypasses.
 */
export function eventsByStage(events: readonly EscalationEvent[]): Map<string, StageEvents> {
  const byStage = new Map<string, StageEvents>();
  const at = (key: string): StageEvents => {
    let s = byStage.get(key);
    if (!s) byStage.set(key, (s = empty()));
    return s;
  };
  let current: string | null = null;
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    const body = event.body;
    switch (body.kind) {
      case 'raised':
        current = body.clock.stageKey;
        at(current).entry = body;
        break;
      case 'escalated':
      case 'bypassed': {
        const from = body.fromStageKey;
        at(from).progressed = { to: body.clock.stageKey, on: londonDateOf(event.at) };
        current = body.clock.stageKey;
        const s = at(current);
        s.entry = body;
        s.entryFrom = from;
        // A stage re-entered later starts afresh: its earlier response belongs to the earlier visit.
        s.response = null;
        s.progressed = null;
        s.extensions = [];
        break;
      }
      case 'response-recorded':
        at(body.stageKey).response = body;
        break;
      case 'resolved':
        at(body.stageKey).resolved = body;
        break;
      case 'meeting':
        if (current) at(current).meetings.push(body);
        break;
      case 'cafcass-referred':
        if (current) at(current).cafcass = body;
        break;
      case 'extension-granted':
        at(body.stageKey).extensions.push({ body, on: londonDateOf(event.at) });
        break;
      case 'letter-sent':
      case 'urgency-changed':
      case 'withdrawn':
      case 'note':
      case 'step-completed':
      case 'follow-up-set':
      case 'follow-up-recorded':
        break;
      default: {
        const unreachable: never = body;
        throw new Error(`Unknown event ${JSON.stringify(unreachable)}`);
      }
    }
  }
  return byStage;
}

/** The first Cafcass referral in the log, wherever it happened. */
export function cafcassReferral(events: readonly EscalationEvent[]): EventOf<'cafcass-referred'> | null {
  for (const e of events) if (e.body.kind === 'cafcass-referred') return e.body;
  return null;
}
