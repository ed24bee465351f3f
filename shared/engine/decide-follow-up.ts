import { addWorkingDays, formatLongDate, londonDateOf } from '../calendar';
import type { Calendar, IsoDate } from '../calendar/types';
import type { Profile } from '../profile/schema';
import { checkDate, checkPastDate, fail, isBlank, ok, type EngineContext } from './context';
import { followUpResultLabels } from './commands';
import { stageCohorts } from './cohorts';
import { findLadder, positionOf } from './ladder';
import { INFORMAL, type AgreedFollowUp, type CommandOf, type EngineError, type EngineResult, type EscalationEvent, type EscalationState, type EventOf, type NamedPerson } from './types';

/**
 * The follow-up of a resolution (DESIGN.md "Follow-up"): a resolution is a promise ("what will be done, by whom,
 * by when"); the chair sets a date to check it happened, records whether it did, and "not done" raises the concern
 * again, linked to the first. The evidence of impact inspectors ask for.
 */

/**
 * The date to check: the one the chair gives, else the agreed "by when" (when it is not before the resolution), else
 * the procedure's number of working days after the resolution (rules.followUp.checkAfterWorkingDays).
 */
export function followUpCheckDate(resolvedOn: IsoDate, byWhen: IsoDate | null, profile: Profile, calendar: Calendar, given?: IsoDate): IsoDate {
  if (given) return given;
  if (byWhen !== null && byWhen >= resolvedOn) return byWhen;
  return addWorkingDays(calendar, resolvedOn, profile.rules.followUp.checkAfterWorkingDays);
}

/** The agreed action and check date, checked; null when nothing was agreed (blank "what"). */
export function agreedFollowUp(input: { what: string; who: string; byWhen: IsoDate | null; checkOn?: IsoDate | undefined }, resolvedOn: IsoDate, ctx: EngineContext): AgreedFollowUp | null | EngineError {
  if (isBlank(input.what)) {
    return input.checkOn ? { code: 'DETAIL_REQUIRED', message: 'Say what was agreed would be done before setting a date to check it happened.' } : null;
  }
  if (isBlank(input.who)) return { code: 'DETAIL_REQUIRED', message: 'Say who agreed to do it (a name or a role), so the follow-up says whose action it was.' };
  for (const d of [input.byWhen, input.checkOn]) {
    if (d) {
      const bad = checkDate(d);
      if (bad) return bad;
    }
  }
  if (input.checkOn && input.checkOn < resolvedOn) {
    return { code: 'INVALID_DATE', message: `The date to check cannot be ${formatLongDate(input.checkOn)}, because that is before the concern was resolved (${formatLongDate(resolvedOn)}).` };
  }
  return { what: input.what.trim(), who: input.who.trim(), byWhen: input.byWhen, checkOn: followUpCheckDate(resolvedOn, input.byWhen, ctx.profile, ctx.calendar, input.checkOn) };
}

export function decideSetFollowUp(state: EscalationState, cmd: CommandOf<'set-follow-up'>, ctx: EngineContext): EngineResult {
  const agreed = agreedFollowUp(cmd, state.closedOn ?? londonDateOf(ctx.now), ctx);
  if (agreed === null) return fail('DETAIL_REQUIRED', 'Say what was agreed would be done.');
  if ('code' in agreed) return { ok: false, error: agreed };
  return ok({ kind: 'follow-up-set', ...agreed });
}

export function decideRecordFollowUp(state: EscalationState, cmd: CommandOf<'record-follow-up'>, ctx: EngineContext): EngineResult {
  const today = londonDateOf(ctx.now);
  if (cmd.result === 'done' && !cmd.happenedOn) return fail('DETAIL_REQUIRED', 'Give the date the agreed action was done.');
  if (cmd.result === 'not-done' && cmd.happenedOn) return fail('INVALID_DATE', 'An action not done has no date it happened: leave the date blank, or choose "Partly done".');
  if (cmd.result !== 'done' && isBlank(cmd.note)) {
    return fail('DETAIL_REQUIRED', `Say what happened instead (a note is needed when the agreed action is ${followUpResultLabels[cmd.result].toLowerCase()}).`);
  }
  if (cmd.happenedOn) {
    const bad = checkPastDate(cmd.happenedOn, ctx.now, 'the action happened');
    if (bad) return { ok: false, error: bad };
    const raisedOn = londonDateOf(state.raisedAt);
    if (cmd.happenedOn < raisedOn) return fail('INVALID_DATE', `The date the action happened cannot be ${formatLongDate(cmd.happenedOn)}, because that is before the concern was raised (${formatLongDate(raisedOn)}).`);
  }
  return ok({ kind: 'follow-up-recorded', result: cmd.result, happenedOn: cmd.happenedOn ?? null, note: cmd.note, checkedOn: today });
}

/** Why a follow-up command cannot be given now, or null. */
export function followUpRefusal(kind: 'set-follow-up' | 'record-follow-up', state: EscalationState): EngineError | null {
  if (state.status !== 'resolved') {
    const why = state.status === 'open' ? 'it is still open: record the agreed action when resolving it' : `it was not resolved (${state.status})`;
    return { code: 'FOLLOW_UP', message: `A follow-up is kept for a resolved escalation, and ${why}.` };
  }
  const f = state.followUp;
  if (f?.result) {
    return { code: 'FOLLOW_UP', message: `The follow-up was recorded on ${formatLongDate(f.checkedOn ?? f.checkOn)}: ${followUpResultLabels[f.result].toLowerCase()}. It cannot be changed; add a note instead.` };
  }
  if (kind === 'record-follow-up' && !f) return { code: 'FOLLOW_UP', message: 'No agreed action was recorded when this was resolved, so there is nothing to check: set the follow-up first.' };
  return null;
}

/**
 * Where "not done" raises the concern again (rules.followUp.reRaiseAt): the stage it was resolved at, the ladder's
 * first formal stage open to the child, or the one above the stage it was resolved at (the last stays the last).
 */
export function reRaiseStage(state: EscalationState, profile: Profile): { key: string; label: string; recipientRole: string } | null {
  const ladder = findLadder(profile, state.ladderKey);
  if (!ladder) return null;
  const open = ladder.stages.filter((s) => stageCohorts(profile, ladder, s).includes(state.cohort));
  const choice = (s: (typeof open)[number] | undefined) => (s ? { key: s.key, label: s.label, recipientRole: s.recipientRole } : null);
  const resolvedAt = state.currentStageKey;
  switch (profile.rules.followUp.reRaiseAt) {
    case 'first-formal-stage':
      return choice(open[0]);
    case 'next-stage': {
      if (resolvedAt === INFORMAL) return choice(open[0]);
      const i = open.findIndex((s) => s.key === resolvedAt);
      return i < 0 ? null : choice(open[Math.min(i + 1, open.length - 1)]);
    }
    case 'resolved-stage': {
      if (resolvedAt === INFORMAL) return ladder.informal ? { key: INFORMAL, label: ladder.informal.label, recipientRole: ladder.informal.recipientRole } : choice(open[0]);
      return positionOf(ladder, resolvedAt) === undefined ? null : choice(open.find((s) => s.key === resolvedAt));
    }
  }
}

/** The events that opened each stage, newest last: where a re-raise finds the stage's people and preconditions. */
function openingOf(events: readonly EscalationEvent[], stageKey: string) {
  const opened = events.filter((e) => (e.body.kind === 'raised' || e.body.kind === 'escalated' || e.body.kind === 'bypassed') && e.body.clock.stageKey === stageKey);
  return opened[opened.length - 1]?.body as EventOf<'raised' | 'escalated' | 'bypassed'> | undefined;
}

const addressee = (p: NamedPerson) => ({ name: p.name, role: p.role, email: p.email ?? '', ...(p.personId ? { personId: p.personId } : {}) });

/**
 * The raise that brings a concern back when its agreed action was not done: the same ladder, cohort, urgency and
 * categories, at `stage`; the summary says why it is back and keeps the concern as first raised; what is asked is the
 * action agreed; the stage's recipient, copies and preconditions as recorded when the first escalation reached it.
 */
export function raiseAgainCommand(first: EscalationState, events: readonly EscalationEvent[], firstId: string, stage: { key: string }, note: string, today: IsoDate): CommandOf<'raise'> {
  const f = first.followUp!;
  const resolvedOn = first.closedOn;
  const by = f.byWhen ? `, by ${formatLongDate(f.byWhen)}` : '';
  const why = `Raised again: the action agreed when this concern was resolved${resolvedOn ? ` on ${formatLongDate(resolvedOn)}` : ''} was not done. Agreed: ${f.what} (${f.who}${by}). Found at the follow-up on ${formatLongDate(today)}: ${note.trim()}`;
  const summary = `${why}\n\nThe concern as first raised: ${first.concern.summary}`.slice(0, 4000);
  const opening = openingOf(events, stage.key);
  const people = opening && (opening.kind === 'raised' || opening.kind === 'escalated' || opening.kind === 'bypassed') ? opening : undefined;
  const preconditions = (people?.preconditions ?? []).map((p) => ({ key: p.key, ...(p.with ? { with: addressee(p.with) } : {}), ...(p.on ? { on: p.on } : {}), ...(p.how ? { how: p.how } : {}), ...(p.waived ? { waived: p.waived } : {}) }));
  return {
    kind: 'raise',
    ladderKey: first.ladderKey,
    cohort: first.cohort,
    startAt: stage.key,
    urgency: first.urgency,
    concern: { ...first.concern, summary, requestedAction: { what: f.what, who: f.who, byWhen: null } },
    ...(people?.recipient ? { recipient: addressee(people.recipient) } : {}),
    ...(people?.copies?.length ? { copies: people.copies.map(addressee) } : {}),
    ...(preconditions.length ? { preconditions } : {}),
    reRaiseOf: { escalationId: firstId, resolvedOn },
  };
}
