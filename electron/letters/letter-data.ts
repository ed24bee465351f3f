import { formatLongDate, londonDateOf } from '../../shared/calendar';
import type { IsoDate } from '../../shared/calendar/types';
import { cohortPhrase, stepsOf, type Step } from '../../shared/engine';
import { INFORMAL, type NamedPerson } from '../../shared/engine/types';
import type { EscalationDetail } from '../../shared/api/outputs';
import { letterDocumentTitles, type LetterDocument } from '../../shared/api/letters-contract';
import type { Profile } from '../../shared/profile/schema';
import { cafcassReferral, eventsByStage, type StageEvents } from './stage-history';
import { copyToPeople, namedPerson, recipientFor, roleMatches, uniqueAddressees, type DirectoryPerson } from './recipients';
import type { Addressee, LetterData, Letterhead, LetterStage, Tick } from './types';
import { chairTitleFor, fillSubject, responseLine, stageTitle, stepLine } from './wording';
import { nextOpenStep } from '../../shared/engine/step-states';

export interface LetterDataInput {
  detail: EscalationDetail;
  profile: Profile;
  document: LetterDocument;
  /** The stage the letter is about; absent = the current stage. */
  stageKey?: string;
  /** A team template's own name, for custom documents. */
  documentTitle?: string;
  letterhead: Letterhead;
  directory: readonly DirectoryPerson[];
  today: IsoDate;
  /** Who is generating the letter: the sender when the child record names no chair. */
  actorName: string;
  /** The letters row the file will be listed under, written into the returnable form ("" when not listed). */
  letterId?: string;
}

/** Thrown when the letter asked for does not fit the escalation (e.g. a form for a stage it never reached). */
export class LetterRequestError extends Error {}

const labelsOf = (keys: readonly string[], list: readonly { key: string; label: string }[]): string[] =>
  keys.map((k) => list.find((x) => x.key === k)?.label ?? k);

function stageView(step: Step, steps: readonly Step[], detail: EscalationDetail, profile: Profile, ev: StageEvents | undefined): LetterStage {
  const state = detail.state.stages.find((s) => s.key === step.key);
  const clock = state?.clock ?? null;
  const index = steps.findIndex((s) => s.key === step.key);
  // The next stage this child can go to: never "progress to CAFCASS" for a cohort the Cafcass rule excludes.
  const next = steps.slice(index + 1).find((s) => s.key === 'informal' || detail.state.stages.some((st) => st.key === s.key));
  const title = stageTitle(step.label, step.position, step.kind);
  const from = ev?.entryFrom ? steps.find((s) => s.key === ev.entryFrom) : undefined;
  const entry = ev?.entry;
  const meetingOn = ev?.meetings.filter((m) => m.status === 'scheduled' || m.status === 'held').at(-1)?.date ?? null;
  const dueDate = clock?.dueDate ?? state?.projectedDueDate ?? null;
  const responseTime = clock ? clock.responseTime : step.responseTime;
  const ext = ev?.extensions.at(-1);
  // A response step reads as the stage's response line (its clock carries the urgency's time); a meeting, letter or decision as itself.
  const waitingOn = state?.state === 'current' && detail.state.status === 'open' ? nextOpenStep(state.steps ?? []) : null;
  const openStep = waitingOn?.kind === 'response' ? null : waitingOn;
  const extension = ext ? { grantedOn: ext.on, previousDueDate: ext.body.previousDueDate, reason: ext.body.reason, requestedBy: ext.body.requestedBy } : null;
  return {
    key: step.key,
    title,
    label: step.label,
    number: step.position,
    kind: step.kind,
    recipientRole: step.recipientRole,
    openedOn: clock ? londonDateOf(clock.openedAt) : null,
    responseTime,
    dueDate,
    dueAt: clock?.dueAt ?? null,
    // A current stage waiting on a step of its own (a meeting, a decision) says that step and its deadline; an extension still reads as one.
    responseLine: openStep && !extension ? stepLine(openStep, meetingOn) : responseLine(responseTime, step.kind, dueDate, clock?.dueAt ?? null, meetingOn, extension),
    extension,
    letterSentOn: state?.letterSentOn ?? null,
    entry:
      entry && entry.kind !== 'raised'
        ? {
            concernsRemaining: entry.kind === 'escalated' ? entry.concernsRemaining : '',
            actionsTaken: entry.kind === 'escalated' ? entry.actionsTaken : '',
            bypassReason: entry.kind === 'bypassed' ? entry.reason : '',
            agreedWith: entry.kind === 'bypassed' ? entry.agreedWith : '',
            fromTitle: from ? stageTitle(from.label, from.position, from.kind) : '',
          }
        : null,
    response: ev?.response
      ? {
          respondent: ev.response.respondent,
          what: ev.response.what,
          who: ev.response.who,
          byWhen: ev.response.byWhen,
          outcomes: labelsOf(ev.response.expectedOutcomeKeys, profile.outcomes),
          date: ev.response.date,
        }
      : null,
    resolution: ev?.resolved ? { date: ev.resolved.date, outcomes: labelsOf(ev.resolved.outcomeKeys, profile.outcomes), note: ev.resolved.note } : null,
    progressed: ev?.progressed
      ? { toTitle: (() => { const to = steps.find((s) => s.key === ev.progressed!.to); return to ? stageTitle(to.label, to.position, to.kind) : ev.progressed!.to; })(), on: ev.progressed.on }
      : null,
    meetings: (ev?.meetings ?? []).map((m) => ({ status: m.status, date: m.date, attendees: m.attendees, notes: m.notes })),
    nextTitle: next ? stageTitle(next.label, next.position, next.kind) : null,
  };
}

function ticks(list: readonly { key: string; label: string }[], checked: readonly string[], otherText: string | undefined): Tick[] {
  return list.map((x) => {
    const on = checked.includes(x.key);
    const label = on && x.key === 'other' && otherText ? `${x.label}: ${otherText}` : x.label;
    return { label, checked: on };
  });
}

function subjectFor(document: LetterDocument, profile: Profile, stage: LetterStage, caseId: string): string {
  switch (document) {
    case 'informal':
      return `Informal Escalation of Concern – ${caseId}`;
    case 'resolution':
      return `Resolution of Escalation of Concern – ${caseId}`;
    case 'cafcass':
      return `Referral to Cafcass – ${caseId}`;
    case 'meeting-statement':
      return `Written statement for the ${stage.title} meeting – ${caseId}`;
    case 'stage-form':
    case 'custom':
      return fillSubject(profile.letterSubject, { stage: stage.title, caseId, stageNumber: stage.number });
    default: {
      const unreachable: never = document;
      return String(unreachable);
    }
  }
}

function closureOf(detail: EscalationDetail): LetterData['closure'] {
  const status = detail.state.status;
  if (status === 'open') return null;
  const on = detail.state.closedAt ? londonDateOf(detail.state.closedAt) : null;
  const last = detail.events.findLast((e) => e.body.kind === 'resolved' || e.body.kind === 'withdrawn' || e.body.kind === 'cafcass-referred')?.body;
  const note = last?.kind === 'withdrawn' ? last.reason : last?.kind === 'resolved' ? last.note : last?.kind === 'cafcass-referred' ? last.note : '';
  return { status, on: last?.kind === 'resolved' ? last.date : last?.kind === 'cafcass-referred' ? last.referredOn : on, note };
}

/**
 * The overall time limit (seeds/003: "In all escalations, a resolution should be achieved within 20 working
 * days") with its date, and the stage's notes that are notices to act on the day (seeds/003: "notify … by
 * phone and email the same day as the escalation is raised").
 */
function noticesFor(profile: Profile, detail: EscalationDetail, stageNotes: readonly string[]): string[] {
  const out: string[] = [];
  const target = profile.overallTarget;
  if (target) {
    const from = target.from === 'raised' ? 'the day the concern was raised' : 'the first formal stage';
    const due = detail.state.overallDueDate;
    out.push(`A resolution should be achieved within ${target.workingDays} working days of ${from}${due ? ` – by ${formatLongDate(due)}` : ''}, or in a timescale that protects the child from harm if that is sooner.`);
  }
  for (const note of stageNotes) if (/same day/i.test(note)) out.push(note);
  return out;
}

/** Which stage a document speaks of, checked against what the escalation has been through. */
function pickStage(input: LetterDataInput, steps: readonly Step[]): Step {
  const { detail, document } = input;
  const reached = (key: string) => detail.state.stages.some((s) => s.key === key && s.clock);
  let key = input.stageKey ?? detail.state.currentStageKey;
  if (document === 'informal' && !input.stageKey) key = INFORMAL;
  if (document === 'resolution' && !input.stageKey) {
    const resolved = detail.events.findLast((e) => e.body.kind === 'resolved')?.body;
    if (resolved?.kind === 'resolved') key = resolved.stageKey;
  }
  const step = steps.find((s) => s.key === key);
  if (!step) throw new LetterRequestError(`The ${detail.ladder.label} ladder has no stage "${key}".`);
  if (!reached(key)) throw new LetterRequestError(`This escalation has not reached ${step.label}, so there is no letter for it yet.`);
  if (document === 'resolution' && detail.state.status === 'open')
    throw new LetterRequestError('This escalation is still open: the resolution record is written once it is resolved or otherwise concluded.');
  if (document === 'informal' && step.kind !== 'informal') throw new LetterRequestError('The informal escalation email is only for the informal stage; this escalation was raised formally.');
  if (document === 'meeting-statement' && step.kind !== 'meeting') throw new LetterRequestError(`${step.label} is not a meeting, so there is no meeting statement for it.`);
  return step;
}

/** A person named on the escalation, with the address People has for them when none was typed. */
function addresseeOf(directory: readonly DirectoryPerson[], p: NamedPerson): Addressee {
  const known = namedPerson(directory, p.name, p.role);
  return { role: p.role, name: p.name, email: p.email ?? known.email };
}

/** Everything a letter says, from the escalation as it stands. Pure: no clock, no files, no database. */
export function buildLetterData(input: LetterDataInput): LetterData {
  const { detail, profile, document } = input;
  const steps = stepsOf(detail.ladder);
  const byStage = eventsByStage(detail.events);
  const step = pickStage(input, steps);
  const stage = stageView(step, steps, detail, profile, byStage.get(step.key));
  const history = steps.filter((s) => detail.state.stages.some((x) => x.key === s.key && x.clock)).map((s) => stageView(s, steps, detail, profile, byStage.get(s.key)));
  const cohort = detail.state.cohort;
  const chairTitle = chairTitleFor(cohort);
  const child = detail.child;
  const chairName = detail.row.chair || child.chair || input.actorName;
  const directory = input.directory;
  const ladderStage = detail.ladder.stages.find((s) => s.key === step.key);
  const copyRoles = (ladderStage?.copyTo ?? []).filter((r) => !roleMatches('social-worker', r));
  const roleCopies = copyToPeople(directory, copyRoles, child.team);
  const from = namedPerson(directory, chairName, chairTitle);
  const socialWorker: Addressee = namedPerson(directory, child.socialWorker, 'Social Worker');
  const referral = cafcassReferral(detail.events);
  const referralStage = history.find((h) => h.kind === 'external-referral');
  const stageState = detail.state.stages.find((s) => s.key === step.key);
  // The person the chair named when the stage opened; escalations recorded before names were asked fall back to the role.
  const named = stageState?.recipient ? addresseeOf(directory, stageState.recipient) : null;
  // Copies the chair named replace the directory's guess for their role; roles nobody was named for stay listed.
  const namedCopies = (stageState?.copies ?? []).map((c) => addresseeOf(directory, c));
  const copies = [...namedCopies, ...roleCopies.filter((r) => !namedCopies.some((n) => n.role === r.role))];
  let to: Addressee;
  if (document === 'resolution' && copies.length > 0) to = copies[0]!;
  else if (document === 'resolution') to = named ?? recipientFor(directory, stage.recipientRole, child);
  else if (document === 'cafcass') to = recipientFor(directory, referralStage?.recipientRole ?? 'Cafcass', child);
  else to = named ?? recipientFor(directory, stage.recipientRole, child);
  const teamManager = namedPerson(directory, child.teamManager, 'Team Manager');
  // Copy-to roles stay listed even when nobody in the directory holds them, so the chair sees the gap.
  const ccList = [from, ...(profile.email.ccSocialWorker ? [socialWorker] : []), ...(document === 'resolution' ? [teamManager] : []), ...copies].filter((a) => a !== to && (a.name || a.email || copies.includes(a)));
  const cc = uniqueAddressees(ccList, [to]);
  const resolved = detail.events.findLast((e) => e.body.kind === 'resolved');
  const otherOutcome = detail.state.concern.otherOutcome ?? '';
  const cohortCategories = profile.categories.filter((c) => c.cohorts.length === 0 || c.cohorts.includes(cohort) || detail.state.concern.categoryKeys.includes(c.key));
  return {
    document,
    documentTitle: input.documentTitle ?? letterDocumentTitles[document],
    letterhead: input.letterhead,
    date: input.today,
    profile: { id: profile.id, name: profile.name, authority: profile.authority },
    ladderLabel: detail.ladder.label,
    chairTitle,
    cohortLabel: cohortPhrase(cohort),
    child: {
      name: child.name,
      caseId: child.caseId,
      dateOfBirth: child.dateOfBirth,
      socialWorker: child.socialWorker,
      teamManager: child.teamManager,
      team: child.team,
      chair: chairName,
    },
    urgency: detail.state.urgency ? (profile.urgency?.levels.find((l) => l.key === detail.state.urgency)?.label ?? detail.state.urgency) : null,
    status: detail.state.status,
    stage,
    history,
    categories: ticks(cohortCategories, detail.state.concern.categoryKeys, detail.state.concern.otherCategory),
    otherCategory: detail.state.concern.otherCategory ?? '',
    concern: {
      summary: detail.state.concern.summary,
      impactOnChild: detail.state.concern.impactOnChild,
      // What was asked of this stage's recipient: restated at each move up the ladder.
      requestedAction: { ...(stageState?.requestedAction ?? detail.state.concern.requestedAction) },
    },
    outcomes: ticks(profile.outcomes, detail.state.concern.expectedOutcomeKeys, otherOutcome),
    otherOutcome,
    copyTo: copyRoles,
    from,
    to,
    cc,
    cafcass: {
      referredOn: referral?.referredOn ?? referralStage?.openedOn ?? null,
      concurrent: referral?.concurrent ?? false,
      note: referral?.note ?? '',
    },
    resolvedOn: resolved && resolved.body.kind === 'resolved' ? resolved.body.date : null,
    closure: closureOf(detail),
    notices: noticesFor(profile, detail, ladderStage?.notes ?? []),
    subject: subjectFor(document, profile, stage, child.caseId),
    emailIncludes: [...profile.email.includes],
    form: { escalationId: detail.row.id, letterId: input.letterId ?? '', outcomes: profile.outcomes.map((o) => ({ key: o.key, label: o.label })) },
  };
}
