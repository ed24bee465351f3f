import { decide, project } from '../../shared/engine';
import { INFORMAL, type Command, type EscalationEvent, type EscalationState } from '../../shared/engine/types';
import type { Calendar } from '../../shared/calendar';
import { formatLongDate, londonDateOf, startOfLondonDay } from '../../shared/calendar';
import type { Profile } from '../../shared/profile/schema';
import type { Candidate } from './interpret-row';

export interface BuildContext {
  profile: Profile;
  calendar: Calendar;
  /** The real clock: no imported event is placed after it. */
  now: Date;
  actor: string;
  fileName: string;
  sheet: string;
}

export type Built = { ok: true; events: EscalationEvent[]; state: EscalationState } | { ok: false; reason: string };

/** Midday (London) on the day something happened: spreadsheets record days, not times. */
function instantOn(date: string, now: Date): Date {
  const midday = new Date(Date.parse(startOfLondonDay(date)) + 12 * 3600 * 1000);
  return midday > now ? now : midday;
}

export function importNote(c: Candidate, bc: BuildContext): string {
  const values = c.original.map(([h, v]) => `${h}: ${v}`).join('; ');
  return `Imported from ${bc.fileName} (sheet “${bc.sheet}”, row ${c.row}) on ${formatLongDate(londonDateOf(bc.now))} by ${bc.actor}. Spreadsheet values: ${values}`;
}

/**
 * The escalation's history as the engine would have written it at the time: raised on the date raised
 * (at the first stage, then escalated on the date the stage started, when that date is known), the import
 * note, the response, and the closure on the date closed. Each command runs through the engine with
 * "now" set to its own date, so due dates come from the original dates and every rule is checked.
 */
export function buildEvents(c: Candidate, bc: BuildContext): Built {
  const ladder = bc.profile.ladders.find((l) => l.key === c.ladderKey)!;
  const target = c.stageKey === INFORMAL ? -1 : ladder.stages.findIndex((s) => s.key === c.stageKey);
  const climb = c.stageStartedOn !== null && target > 0;
  const events: EscalationEvent[] = [];
  const step = (command: Command, date: string): string | null => {
    const at = instantOn(date, bc.now);
    const result = decide(events.length ? events : null, command, { profile: bc.profile, calendar: bc.calendar, now: at });
    if (!result.ok) return result.error.message;
    for (const body of result.events) {
      const n = events.length;
      events.push({ seq: n + 1, at: at.toISOString(), actor: bc.actor, opId: n === 0 ? `import:${c.key}` : `import:${c.key}#${n}`, body });
    }
    return null;
  };
  const concern = {
    categoryKeys: c.categoryKeys,
    ...(c.otherCategory ? { otherCategory: c.otherCategory } : {}),
    summary: c.summary,
    impactOnChild: 'Not recorded in the imported spreadsheet.',
    requestedAction: { what: 'Not recorded in the imported spreadsheet.', who: c.teamManager || 'Not recorded', byWhen: null },
    expectedOutcomeKeys: [],
  };
  // What the spreadsheet never recorded is said so, never invented: a stage's preconditions (Devon Stage 4's
  // discussion) as not recorded, and a start above the first stage as a bypass whose reason was not recorded.
  const preconditions = ladder.stages.flatMap((st) => st.requires ?? []).map((r) => ({ key: r.key, waived: 'Not recorded in the imported spreadsheet.' }));
  const raiseAt = (startAt: string): Command => ({
    kind: 'raise',
    ladderKey: c.ladderKey,
    cohort: c.cohort,
    startAt,
    urgency: c.urgency,
    concern,
    bypass: { reason: 'Recorded at this stage in the imported spreadsheet; the reason for starting here was not recorded.' },
    preconditions,
  });
  // A start the bypass rules do not allow as a bypass (Rutland Stage 5) is read as climbed on the day raised.
  const direct = !climb && target > 0 ? decide(null, raiseAt(c.stageKey), { profile: bc.profile, calendar: bc.calendar, now: instantOn(c.raisedOn, bc.now) }) : null;
  const climbing = climb || (direct !== null && !direct.ok);
  const steps: [Command, string][] = [
    [raiseAt(climbing ? ladder.stages[0]!.key : c.stageKey), c.raisedOn],
    [{ kind: 'add-note', text: importNote(c, bc) }, c.raisedOn],
  ];
  if (climbing) {
    for (let i = 1; i <= target; i++)
      steps.push([{ kind: 'escalate', concernsRemaining: 'Escalated as recorded in the imported spreadsheet (the dates of stages in between were not recorded).', actionsTaken: '', preconditions }, c.stageStartedOn ?? c.raisedOn]);
  }
  if (c.responseOn)
    steps.push([{ kind: 'record-response', respondent: c.teamManager || 'Not recorded', what: 'Response recorded in the imported spreadsheet.', who: c.teamManager || 'Not recorded', byWhen: null, expectedOutcomeKeys: [], date: c.responseOn }, c.responseOn]);
  if (c.closedOn && c.status === 'resolved') steps.push([{ kind: 'resolve', outcomeKeys: [], date: c.closedOn, note: c.outcome }, c.closedOn]);
  if (c.closedOn && c.status === 'withdrawn') steps.push([{ kind: 'withdraw', reason: c.outcome || 'Withdrawn, as recorded in the imported spreadsheet.' }, c.closedOn]);
  if (c.closedOn && c.status === 'referred') steps.push([{ kind: 'refer-cafcass', concurrent: false, referredOn: c.closedOn, note: c.outcome }, c.closedOn]);
  for (const [command, date] of steps) {
    const refused = step(command, date);
    if (refused) return { ok: false, reason: `the procedure refuses it: ${refused}` };
  }
  return { ok: true, events, state: project(events, bc.profile, bc.calendar) };
}
