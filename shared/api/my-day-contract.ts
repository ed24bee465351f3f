import { z } from 'zod';
import type { ChildSummary, EscalationRow } from './outputs';
import type { EscalationEvent, FollowUpState } from '../engine/types';
import { noInput, out } from './out';

/** An escalation on "My day", with the action it needs next (the escalation page opens at that form). */
export interface MyDayItem {
  row: EscalationRow;
  /** A command kind of the escalation page, e.g. 'record-letter-sent'; null = just open it. */
  action: string | null;
  /** The stage runs on an hour clock (RED: 24 hours): show the time it falls due, not only the day. */
  hourClock: boolean;
}

export interface MyDayMeeting {
  row: EscalationRow;
  date: string;
}

/** A resolution's agreed action to check (DESIGN.md "Follow-up"): due on or before today, not yet recorded. */
export interface MyDayFollowUp {
  row: EscalationRow;
  checkOn: string;
  /** What was agreed (the escalation page has who and by when). */
  what: string;
}

export interface MyDayReview {
  childId: string;
  childName: string;
  caseId: string;
  date: string;
  openEscalations: number;
}

/** A returned stage form waiting to be confirmed (filled once returned forms are read back). */
export interface ReturnedFormWaiting {
  escalationId: string;
  childName: string;
  stageLabel: string;
  receivedAt: string;
}

export interface MyDay {
  today: string;
  tomorrow: string;
  overdue: MyDayItem[];
  dueToday: MyDayItem[];
  dueTomorrow: MyDayItem[];
  lettersNotSent: MyDayItem[];
  meetings: MyDayMeeting[];
  reviews: MyDayReview[];
  /** Resolutions whose agreed action is due to be checked (check date today or past), earliest first. */
  followUps: MyDayFollowUp[];
}

export interface DuePreview {
  /** The timescale that applies, in words ("5 working days", "24 hours"). */
  timescale: string;
  /** Set when the urgency level's time replaces the stage's own. */
  urgencyOverrides: { urgencyLabel: string; stageTimescale: string } | null;
  dueDate: string | null;
  dueAt: string | null;
  /** Whether the time of day matters (hour clocks): show "by 20:20 tomorrow". */
  hourClock: boolean;
}

/** What the chair tells the conference: escalations raised or moved since the child's last review or conference. */
export interface ConferenceSummary {
  child: ChildSummary;
  /** The last review or conference; null = none recorded, so everything is listed. */
  since: string | null;
  /** `followUp`: for an escalation resolved since the last meeting, whether the agreed action happened (null = none set). */
  items: { row: EscalationRow; changes: EscalationEvent[]; followUp?: FollowUpState | null }[];
  /** Open escalations with nothing new since the last meeting (still worth a line). */
  unchanged: EscalationRow[];
}

import { realIsoDate, timeField } from '../field-rules';

const key = z.string().min(1).max(100);

/** The chair's opening page and the raise form's due-date preview. */
export const myDayContract = {
  'myday.get': { input: noInput, output: out<MyDay>() },
  /** Returned forms waiting to be confirmed; [] until returned forms are read back (manager's loop). */
  'myday.returnedForms': { input: noInput, output: out<ReturnedFormWaiting[]>() },
  'escalations.previewDue': {
    input: z.object({
      ladderKey: key,
      stageKey: key,
      urgency: key.nullable().default(null),
      /** As the raise form has them: the date (and time) raised, and the informal stage's review date. */
      happenedOn: realIsoDate.optional(),
      happenedTime: timeField.optional(),
      reviewBy: realIsoDate.optional(),
    }),
    output: out<DuePreview>(),
  },
  'children.conferenceSummary': { input: z.object({ id: key }), output: out<ConferenceSummary>() },
} as const;
