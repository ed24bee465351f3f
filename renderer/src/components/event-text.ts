import type { AgreedFollowUp, EventBody, NamedPerson } from '../../../shared/engine/types';
import { describeNamed } from '../../../shared/engine/stage-people';
import { followUpResultLabels, sentHowLabels } from '../../../shared/engine/commands';
import type { Profile } from '../../../shared/profile/schema';
import { formatDate, formatDueDate } from './format';
import { stageLabel as labelOf, stepLabel, stepOutcomeLabels } from '../../../shared/profile/labels';
import { londonDateOf } from '../../../shared/calendar';

/** "Due Mon, 3 Mar 2025", or "No set timescale". */
const due = (date: string | null) => (date ? `Due ${formatDueDate(date)}` : 'No set timescale');
/** " Letter to Cara Jones, Area Manager." when the chair named the person, else nothing. */
const to = (b: { recipient?: NamedPerson }) => (b.recipient ? ` Letter to ${describeNamed(b.recipient)}.` : '');
const how = (h: string | undefined) => (h && h in sentHowLabels ? ` by ${sentHowLabels[h as keyof typeof sentHowLabels].toLowerCase()}` : '');
const outcomes = (p: Profile, keys: string[]) => keys.map((k) => p.outcomes.find((o) => o.key === k)?.label ?? k).join('; ');

/** "Agreed: … (who, by …). Check on …." */
const agreed = (f: AgreedFollowUp) => `Agreed: ${f.what} (${f.who}${f.byWhen ? `, by ${formatDate(f.byWhen)}` : ''}). Check it happened on ${formatDate(f.checkOn)}.`;

/** One line for the timeline, in the chair's words. */
export function describeEvent(body: EventBody, profile: Profile, ladderKey?: string): { title: string; detail: string } {
  // Every stage named as the escalation's own ladder names it (the stepper's label).
  const stageLabel = (p: Profile, key: string) => labelOf(p, key, ladderKey);
  switch (body.kind) {
    case 'raised':
      return { title: `${body.reRaiseOf ? 'Raised again' : 'Raised'} at ${stageLabel(profile, body.clock.stageKey)}`, detail: `${due(body.clock.dueDate)}.${to(body)} ${body.concern.summary}` };
    case 'letter-sent':
      return { title: `Letter sent (${stageLabel(profile, body.stageKey)})`, detail: `To ${body.to} on ${formatDate(body.sentOn)}${how(body.how)}` };
    case 'response-recorded':
      return { title: `Response from ${body.respondent}`, detail: `${body.what} — ${body.who}${body.byWhen ? `, by ${formatDate(body.byWhen)}` : ''} (dated ${formatDate(body.date)})` };
    case 'resolved':
      return { title: 'Resolved', detail: `${formatDate(body.date)}. ${outcomes(profile, body.outcomeKeys)} ${body.note}${body.followUp ? ` ${agreed(body.followUp)}` : ''}`.trim() };
    case 'follow-up-set':
      return { title: 'Follow-up set', detail: agreed(body) };
    case 'follow-up-recorded':
      return {
        title: `Follow-up: ${followUpResultLabels[body.result].toLowerCase()}${body.reRaisedAs ? ', raised again' : ''}`,
        detail: `Checked ${formatDate(body.checkedOn)}.${body.happenedOn ? ` Action ${body.result === 'done' ? 'done' : 'partly done'} on ${formatDate(body.happenedOn)}.` : ''} ${body.note}`.trim(),
      };
    case 'escalated':
      return {
        title: body.noResponse === true ? `No response — escalated to ${stageLabel(profile, body.clock.stageKey)}` : `Escalated to ${stageLabel(profile, body.clock.stageKey)}`,
        detail: `${body.noResponse === true ? `${stageLabel(profile, body.fromStageKey)} had no response by its deadline. ` : ''}${due(body.clock.dueDate)}.${to(body)} Remaining: ${body.concernsRemaining}`,
      };
    case 'bypassed':
      return { title: `Bypassed to ${stageLabel(profile, body.clock.stageKey)}`, detail: `Reason: ${body.reason}${body.agreedWith ? `. Agreed with ${body.agreedWith}` : ''}.${to(body)}` };
    case 'extension-granted':
      return { title: 'Extension granted', detail: `New due date ${formatDueDate(body.clock.dueDate)} (was ${formatDueDate(body.previousDueDate)}). ${body.reason} — asked by ${body.requestedBy}` };
    case 'urgency-changed':
      return { title: `Urgency changed to ${body.to}`, detail: `${due(body.clock.dueDate)}. ${body.reason}` };
    case 'cafcass-referred':
      return { title: 'Referred to Cafcass', detail: `${formatDate(body.referredOn)}${body.concurrent ? ', escalation continues alongside' : ''}. ${body.note}` };
    case 'meeting':
      return { title: `Meeting ${body.status}`, detail: `${formatDate(body.date)}. ${body.attendees} ${body.notes}`.trim() };
    case 'withdrawn':
      return { title: 'Withdrawn', detail: body.reason };
    case 'note':
      return { title: 'Note', detail: body.text };
    case 'step-completed': {
      const step = stepLabel(profile, body.stageKey, body.stepKey);
      const how = body.outcome === 'no-response' ? 'No response by its deadline' : body.outcome === 'done' ? 'Done' : stepOutcomeLabels[body.outcome];
      return { title: `${step}: ${how}`, detail: `${stageLabel(profile, body.stageKey)}, ${formatDate(londonDateOf(body.at))}` };
    }
    default: {
      const never: never = body;
      return { title: 'Event', detail: JSON.stringify(never) };
    }
  }
}

/**
 * Whether an event has a line of its own in History: a step ended by the letter, response or meeting recorded
 * just before it is that line's consequence (the stepper shows the step done), so it is not listed twice.
 */
export function inHistory(body: EventBody): boolean {
  // Likewise the referral made by entering a Cafcass stage: "Escalated to Stage 6: CAFCASS" says it.
  return !(body.kind === 'step-completed' && body.endedBy) && !(body.kind === 'cafcass-referred' && body.byStage);
}
