import type { Calendar } from '../../shared/calendar/types';
import { londonDateOf } from '../../shared/calendar';
import { allowedCommands, decide, project, stepsOf } from '../../shared/engine';
import type { Command, Concern, EscalationEvent } from '../../shared/engine/types';
import type { EscalationDetail } from '../../shared/api/outputs';
import type { LetterDocument } from '../../shared/api/letters-contract';
import type { Cohort, Ladder, Profile } from '../../shared/profile/schema';
import { chairTitleFor } from './wording';

/**
 * Letters for a made-up child, to review templates: every stage of every ladder "as sent" (the manager's
 * response blank), one form with the response filled in, the informal letter, meeting statements, the Cafcass
 * summary and the resolution record. The history is made by the real engine, so the dates are real ones.
 */

export interface SampleLetter {
  detail: EscalationDetail;
  document: LetterDocument;
  stageKey: string;
  /** Part of the output file name: "<ladder> <stage> <document>". */
  name: string;
}

const DAY = 86_400_000;
export const SAMPLE_CHILD = {
  id: 'sample-child',
  name: 'Alex Sample',
  caseId: 'SAMPLE-0001',
  dateOfBirth: '2012-09-14',
  socialWorker: 'Priya Shah',
  teamManager: 'Tom Barker',
  team: 'Children in Care 2',
  chair: 'Sam Patel',
};

function concernFor(profile: Profile, cohort: Cohort): Concern {
  const categories = profile.categories.filter((c) => c.cohorts.length === 0 || c.cohorts.includes(cohort));
  const chosen = [categories[1] ?? categories[0]!, categories[3] ?? categories[0]!].map((c) => c.key).filter((k, i, a) => a.indexOf(k) === i);
  const outcomes = profile.outcomes.filter((o) => o.categories.some((c) => chosen.includes(c))).map((o) => o.key);
  return {
    categoryKeys: chosen,
    summary: 'The care plan agreed at the review on 10 February has not been progressed: no permanence planning meeting has been held and the placement plan is out of date.\nThe social worker has changed twice since the last review.',
    impactOnChild: 'Alex does not know where they will live in the long term and has told the IRO they are worried about moving again.',
    requestedAction: { what: 'Hold a permanence planning meeting and update the placement plan', who: 'Team Manager', byWhen: null },
    expectedOutcomeKeys: outcomes.slice(0, 2),
  };
}

class Log {
  events: EscalationEvent[] = [];
  at: number;
  constructor(
    private readonly profile: Profile,
    private readonly calendar: Calendar,
    start: Date,
  ) {
    this.at = start.getTime();
  }
  /** Runs a command through the engine; false when the procedure refuses it (e.g. Cafcass for a CP plan). */
  run(command: Command, advanceDays = 0): boolean {
    this.advance(advanceDays);
    const now = new Date(this.at);
    const result = decide(this.events.length ? this.events : null, command, { profile: this.profile, calendar: this.calendar, now });
    if (!result.ok) return false;
    for (const body of result.events) this.events.push({ seq: this.events.length + 1, at: now.toISOString(), actor: SAMPLE_CHILD.chair, opId: `sample-${this.events.length + 1}`, body });
    return true;
  }
  /** Moves on `days` days, then to Monday if that lands on a weekend (chairs write letters on working days). */
  advance(days: number): void {
    this.at += days * DAY;
    while ([0, 6].includes(new Date(this.at).getUTCDay())) this.at += DAY;
  }
  /** A copy to try a different ending on (resolve here, refer to Cafcass here). */
  branch(): Log {
    const copy = new Log(this.profile, this.calendar, new Date(this.at));
    copy.events = [...this.events];
    return copy;
  }
  today(): string {
    return londonDateOf(new Date(this.at));
  }
  snapshot(): EscalationEvent[] {
    return [...this.events];
  }
}

function detailOf(events: EscalationEvent[], profile: Profile, calendar: Calendar, ladder: Ladder, cohort: Cohort): EscalationDetail {
  const state = project(events, profile, calendar);
  // Young people moving to adult services are looked after: the child record has no 'transition' cohort.
  const child = { ...SAMPLE_CHILD, cohort: cohort === 'transition' ? ('looked-after' as const) : cohort, version: 1, updatedAt: state.raisedAt, updatedBy: SAMPLE_CHILD.chair };
  return {
    row: {
      id: `sample-${ladder.key}`,
      childId: child.id,
      childName: child.name,
      caseId: child.caseId,
      cohort,
      chair: child.chair,
      team: child.team,
      status: state.status,
      stageKey: state.currentStageKey,
      stageLabel: state.currentStageLabel,
      recipientRole: state.currentRecipientRole,
      urgency: state.urgency,
      raisedAt: state.raisedAt,
      nextDueDate: state.currentClock?.dueDate ?? null,
      nextDueAt: state.currentClock?.dueAt ?? null,
      timeliness: 'none',
      workingDaysRemaining: null,
      version: 1,
    },
    child: { ...child, lastMeetingDate: null, nextMeetingDate: null },
    state,
    allowed: allowedCommands(state, profile, new Date(state.closedAt ?? state.raisedAt)),
    events,
    ladder,
    profileId: profile.id,
    version: 1,
    updatedAt: state.raisedAt,
    updatedBy: child.chair,
  };
}

const RESOLUTION_NOTE = 'Permanence planning meeting held; placement plan updated and shared.';
const CAFCASS_NOTE = 'The plan for permanence has drifted for six months despite escalation to every stage.';

/** Walks a ladder with one cohort, collecting a letter at each point the chair would write one. */
function ladderSamples(profile: Profile, calendar: Calendar, ladder: Ladder, cohort: Cohort, start: Date): SampleLetter[] {
  const steps = stepsOf(ladder);
  const concern = concernFor(profile, cohort);
  const log = new Log(profile, calendar, start);
  const urgency = profile.urgency?.defaultLevel ?? null;
  if (!log.run({ kind: 'raise', ladderKey: ladder.key, cohort, startAt: steps[0]!.key, urgency, concern })) return [];
  const out: SampleLetter[] = [];
  const add = (events: EscalationEvent[], document: LetterDocument, name: string) =>
    out.push({ detail: detailOf(events, profile, calendar, ladder, cohort), document, stageKey: project(events, profile, calendar).currentStageKey, name: `${ladder.key} ${name}` });
  let formal = 0;
  let firstFormal: { key: string; name: string } | null = null;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const n = String(step.position).padStart(2, '0');
    if (step.kind === 'external-referral') break;
    // "As sent": the letter written the day the stage opened, the manager's response still blank.
    add(log.snapshot(), step.kind === 'informal' ? 'informal' : 'stage-form', step.kind === 'informal' ? `${n} informal` : `${n} ${step.key} form`);
    if (step.kind === 'meeting') add(log.snapshot(), 'meeting-statement', `${n} ${step.key} meeting statement`);
    if (step.kind !== 'informal' && !firstFormal) {
      // The first formal form after extra time was granted (at the most urgent level, where there is one):
      // the letter must say the time was extended and give the new deadline.
      const extended = log.branch();
      const urgent = profile.urgency?.levels.find((l) => l.responseTime && 'hours' in l.responseTime);
      if (urgent) extended.run({ kind: 'change-urgency', to: urgent.key, reason: 'Risk to the child has increased.' });
      extended.advance(1);
      if (extended.run({ kind: 'grant-extension', addWorkingDays: 3, reason: 'The team manager is on leave until Thursday', requestedBy: step.recipientRole })) {
        add(extended.snapshot(), 'stage-form', `${n} ${step.key} form extended`);
      }
    }
    if (step.kind !== 'informal') {
      formal += 1;
      firstFormal ??= { key: step.key, name: `${n} ${step.key} form completed` };
    }
    log.run({ kind: 'record-letter-sent', sentOn: log.today(), to: step.recipientRole });
    if (step.kind === 'meeting') {
      log.advance(2);
      log.run({ kind: 'record-meeting', status: 'held', date: log.today(), attendees: 'Social worker, team manager, service manager', notes: 'Plan agreed in part.' });
    }
    log.advance(3);
    log.run({
      kind: 'record-response',
      respondent: step.recipientRole,
      what: 'Meeting booked for next week; placement plan being updated by the social worker.',
      who: SAMPLE_CHILD.socialWorker,
      byWhen: londonDateOf(new Date(log.at + 10 * DAY)),
      expectedOutcomeKeys: concern.expectedOutcomeKeys,
      date: log.today(),
    });
    const next = steps[i + 1];
    // The resolution record: resolved at the second formal stage (or the last one there is).
    if (formal === 2 || (!next && formal > 0) || next?.kind === 'external-referral') {
      if (!out.some((o) => o.document === 'resolution')) {
        const resolved = log.branch();
        resolved.advance(1);
        if (resolved.run({ kind: 'resolve', outcomeKeys: concern.expectedOutcomeKeys, date: resolved.today(), note: RESOLUTION_NOTE })) add(resolved.snapshot(), 'resolution', 'resolution record');
      }
    }
    if (!next) break;
    const escalated = log.run(
      {
        kind: 'escalate',
        concernsRemaining: `The meeting offered by the ${step.recipientRole} is after the child’s next review; the placement plan is still out of date.`,
        actionsTaken: `${step.label}: letter sent and response received; the ${chairTitleFor(cohort)} discussed it with the ${step.recipientRole}.`,
        // What the next stage requires first (Devon Stage 4: a discussion with the Operations Manager), done by phone.
        preconditions: (ladder.stages.find((x) => x.key === next.key)?.requires ?? []).map((r) => ({ key: r.key, with: { name: 'Sam Ward', role: r.role, email: '' }, how: 'phone' as const })),
      },
      1,
    );
    if (!escalated) break;
  }
  if (firstFormal) {
    // The first formal form again, at the end: the response and "progressed to Stage 2" filled in.
    const full = log.snapshot();
    const d = detailOf(full, profile, calendar, ladder, cohort);
    out.push({ detail: d, document: 'stage-form', stageKey: firstFormal.key, name: `${ladder.key} ${firstFormal.name}` });
  }
  const referred = log.branch();
  referred.advance(1);
  // A ladder whose last stage is Cafcass has made the referral by reaching it; otherwise refer from where it stands.
  const reached = project(log.snapshot(), profile, calendar).cafcassReferred;
  if (reached || referred.run({ kind: 'refer-cafcass', concurrent: true, referredOn: referred.today(), note: CAFCASS_NOTE })) add(reached ? log.snapshot() : referred.snapshot(), 'cafcass', 'cafcass summary');
  return out;
}

export function sampleLetters(profile: Profile, calendar: Calendar, start = new Date('2025-03-03T09:30:00Z')): SampleLetter[] {
  return profile.ladders.flatMap((ladder) => {
    const letters = ladderSamples(profile, calendar, ladder, ladder.cohorts[0]!, start);
    // A ladder shared with looked-after children still gets a Cafcass summary when its first cohort cannot be referred.
    const other = ladder.cohorts.find((c) => c !== ladder.cohorts[0] && profile.rules.cafcass.allowed && profile.rules.cafcass.cohorts.includes(c));
    if (!letters.some((l) => l.document === 'cafcass') && other) letters.push(...ladderSamples(profile, calendar, ladder, other, start).filter((l) => l.document === 'cafcass'));
    return letters;
  });
}
