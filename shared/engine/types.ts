import type { Cohort, ResponseTime, StepKind, StepOutcome } from '../profile/schema';
import type { IsoDate } from '../calendar/types';
import type { RecordedPrecondition } from './entry-rules';

/** Key of the informal stage in events and state; formal stages use the profile's stage keys. */
export const INFORMAL = 'informal';

export interface Concern {
  categoryKeys: string[];
  /** Free text when the "other" category is chosen. */
  otherCategory?: string;
  summary: string;
  impactOnChild: string;
  requestedAction: { what: string; who: string; byWhen: IsoDate | null };
  expectedOutcomeKeys: string[];
  otherOutcome?: string;
}

/** A person named on an event: who the stage's letter went to, or was copied to. */
export interface NamedPerson {
  name: string;
  role: string;
  email: string | null;
  /** Their People record, when chosen from (or saved to) People. */
  personId?: string;
}

/** Who a stage's letter goes to, who is copied, and what is asked of the recipient: stored on the event that opens the stage. */
export interface StagePeople {
  recipient?: NamedPerson;
  copies?: NamedPerson[];
  /** Restated when escalating or bypassing; the raise's is the concern's own. */
  requestedAction?: { what: string; who: string; byWhen: IsoDate | null };
}

/** Snapshot of the timescale rule a stage was opened under: later profile edits never change it. */
export interface StageClock {
  stageKey: string;
  openedAt: string; // ISO instant
  responseTime: ResponseTime;
  dueDate: IsoDate | null;
  dueAt: string | null;
  /** The due date is the review date the chair set for an informal stage (not the procedure's timescale). */
  reviewSetByChair?: true;
  /**
   * The stage's own steps as the profile had them when it opened (DESIGN.md "Steps"); absent = one implicit
   * step, this clock. Snapshotted like the response time, so a later profile edit never moves a running clock.
   */
  steps?: StepRule[];
}

/** A step's rule, as snapshotted on the clock of the stage that has it. */
export interface StepRule {
  key: string;
  label: string;
  kind: StepKind;
  time: ResponseTime;
  when?: { step: string; outcome: StepOutcome };
  alongside?: boolean;
  by?: string;
}

/** How a step ended: done (with the outcome a decision or judged response records) or no response by its deadline. */
export type StepEnd = StepOutcome | 'done' | 'no-response';

/** One step of a reached stage, as the log leaves it. */
export interface StepState {
  key: string;
  label: string;
  kind: StepKind;
  /** waiting: the step it counts from is not done; skipped: its condition did not hold. */
  state: 'waiting' | 'open' | 'done' | 'skipped' | 'no-response';
  when?: { step: string; outcome: StepOutcome };
  alongside?: boolean;
  /** When its clock started (open and done steps), and its deadline (projected, for waiting ones). */
  openedAt: string | null;
  time: ResponseTime;
  dueDate: IsoDate | null;
  dueAt: string | null;
  doneAt: string | null;
  outcome: StepEnd | null;
}

/** What a resolution agreed would be done (what, by whom, by when) and the date the chair checks it happened. */
export interface AgreedFollowUp {
  what: string;
  who: string;
  byWhen: IsoDate | null;
  checkOn: IsoDate;
}

/** What the chair found when checking: the agreed action done, partly done, or not done. */
export type FollowUpResult = 'done' | 'partly' | 'not-done';

/** A resolved escalation's follow-up as the log leaves it (DESIGN.md "Follow-up"). */
export interface FollowUpState extends AgreedFollowUp {
  /** null = not checked yet. */
  result: FollowUpResult | null;
  /** The date the agreed action happened (done, or partly), as the chair recorded it. */
  happenedOn: IsoDate | null;
  /** The London date the chair recorded the result. */
  checkedOn: IsoDate | null;
  note: string;
  /** The escalation raised again because it was not done. */
  reRaisedAs: string | null;
}

/** The payload of each event kind. The event log is append-only; state is derived from it. */
export type EventBody =
  | ({
      kind: 'raised';
      ladderKey: string;
      cohort: Cohort;
      urgency: string | null;
      concern: Concern;
      clock: StageClock;
      /** Raised above the first formal stage: a bypass from the start, with its reason and who agreed. */
      bypass?: { skippedStageKeys: string[]; reason: string; agreedWith: string; agreedWithPerson?: NamedPerson };
      preconditions?: RecordedPrecondition[];
      /** Raised again because the action agreed when another escalation was resolved did not happen: that escalation. */
      reRaiseOf?: { escalationId: string; resolvedOn: IsoDate | null };
    } & Omit<StagePeople, 'requestedAction'>)
  | { kind: 'letter-sent'; stageKey: string; sentOn: IsoDate; to: string; how?: 'email' | 'post' | 'by-hand' | 'teams' }
  | {
      kind: 'response-recorded';
      stageKey: string;
      respondent: string;
      what: string;
      who: string;
      byWhen: IsoDate | null;
      expectedOutcomeKeys: string[];
      date: IsoDate;
    }
  | { kind: 'resolved'; stageKey: string; outcomeKeys: string[]; date: IsoDate; note: string; followUp?: AgreedFollowUp }
  /** The agreed action and check date set (or changed) after the resolution. */
  | ({ kind: 'follow-up-set' } & AgreedFollowUp)
  /** The chair checked whether the agreed action happened; not done may raise the concern again (`reRaisedAs`). */
  | { kind: 'follow-up-recorded'; result: FollowUpResult; happenedOn: IsoDate | null; note: string; checkedOn: IsoDate; reRaisedAs?: string }
  | ({
      kind: 'escalated';
      fromStageKey: string;
      clock: StageClock;
      concernsRemaining: string;
      actionsTaken: string;
      /** The stage closed without a response by its deadline ("No response — escalated"). */
      noResponse?: true;
      /** The new stage's preconditions as recorded (profile `requires`). */
      preconditions?: RecordedPrecondition[];
    } & StagePeople)
  | ({
      kind: 'bypassed';
      fromStageKey: string;
      skippedStageKeys: string[];
      reason: string;
      /** Who agreed, as words ("Ann Okafor, Reviewing Service Manager"); the person too where one was chosen. */
      agreedWith: string;
      agreedWithPerson?: NamedPerson;
      clock: StageClock;
      preconditions?: RecordedPrecondition[];
    } & StagePeople)
  | { kind: 'extension-granted'; stageKey: string; reason: string; requestedBy: string; previousDueDate: IsoDate | null; clock: StageClock }
  | { kind: 'urgency-changed'; from: string | null; to: string; reason: string; clock: StageClock }
  | {
      kind: 'cafcass-referred';
      concurrent: boolean;
      referredOn: IsoDate;
      note: string;
      /** Made by entering a stage that is the referral (profile `cafcassReferral`, Rutland Stage 6): that stage's key. */
      byStage?: string;
      /** Who it was agreed with, where the procedure names them (rules.cafcass.agreedWithRoles). */
      agreedWith?: NamedPerson[];
    }
  | { kind: 'meeting'; status: 'scheduled' | 'held' | 'outcome'; date: IsoDate; attendees: string; notes: string }
  | { kind: 'withdrawn'; reason: string }
  | { kind: 'note'; text: string }
  /** A step of the current stage completed (a decision's outcome, a judged response) or closed as no response. */
  | {
      kind: 'step-completed';
      stageKey: string;
      stepKey: string;
      outcome: StepEnd;
      at: string;
      /** London date it ended, and the step's kind (reports count meetings held from it). */
      on?: IsoDate;
      stepKind?: StepKind;
      /** The step's deadline when it ended, so reports count it met or missed without replaying the log. */
      dueDate?: IsoDate | null;
      dueAt?: string | null;
      /** Ended by the letter, response or meeting recorded just before it on the log (not by "Record a step"). */
      endedBy?: 'letter' | 'response' | 'meeting';
    };

export type EventKind = EventBody['kind'];

export interface EscalationEvent {
  /** Position in the escalation's log, starting at 1. */
  seq: number;
  at: string; // ISO instant the event happened (or was recorded)
  actor: string;
  opId: string;
  body: EventBody;
}

export type Status = 'open' | 'resolved' | 'withdrawn' | 'referred';
export type Timeliness = 'on-track' | 'due-soon' | 'overdue' | 'none';

export interface StageState {
  key: string;
  label: string;
  recipientRole: string;
  /** done = passed through; bypassed = skipped; current; future = not reached. */
  state: 'done' | 'current' | 'bypassed' | 'future';
  /** How a done stage ended: answered, or escalated after no response by the deadline. */
  outcome: 'responded' | 'no-response' | null;
  clock: StageClock | null;
  /** For future stages: the due date if opened when the current stage falls due (projection). */
  projectedDueDate: IsoDate | null;
  /**
   * A future stage projected from now, because chained from the stage before it would fall due in the past (the
   * current stage is overdue): "would be due … if it opened today". Absent when chained as usual.
   */
  projectedFromNow?: true;
  /** A future stage's own timescale in words ("5 working days"), shown when no date can be projected for it. */
  timescale?: string | null;
  /** The due date in words, in the clock's own unit ("by 20:20 on Wednesday 2 July 2025"); null without one. */
  dueText?: string | null;
  letterSentOn: IsoDate | null;
  responseRecordedOn: IsoDate | null;
  /** Who the stage's letter goes to and is copied to, as the chair named them (absent: only the role is known). */
  recipient?: NamedPerson | null;
  copies?: NamedPerson[];
  /** What was asked of this stage's recipient (the concern's own for the stage it was raised at). */
  requestedAction?: { what: string; who: string; byWhen: IsoDate | null };
  /** A reached stage with steps of its own: each step's state and clock (absent for a stage without steps). */
  steps?: StepState[];
}

export interface EscalationState {
  ladderKey: string;
  cohort: Cohort;
  status: Status;
  currentStageKey: string; // INFORMAL or a stage key
  currentStageLabel: string;
  currentRecipientRole: string;
  urgency: string | null;
  raisedAt: string;
  concern: Concern;
  stages: StageState[]; // informal first (if the ladder has one and it was used), then formal in order
  currentClock: StageClock | null;
  /**
   * The open step the current stage waits on next, when the stage has steps of its own (DESIGN.md "Steps"):
   * what the due date is for ("Dispute Resolution Meeting", a meeting). Null for a stage without steps, or closed.
   */
  nextStep?: { key: string; label: string; kind: StepKind } | null;
  overallDueDate: IsoDate | null;
  /**
   * The overall target with its rule (IRO Handbook 6.2: "timescales in total of no more than 20 working
   * days"): "20 working days from Stage 1"; met or missed once resolved (null while open or without one).
   */
  overallTarget?: { rule: string; dueDate: IsoDate | null; met: boolean | null } | null;
  highestStageIndex: number; // 0 = informal, 1 = first formal stage …
  cafcassReferred: boolean;
  closedAt: string | null;
  /** London date it closed on, as the chair gave it (resolution date, referral date, withdrawal). */
  closedOn: IsoDate | null;
  outcomeKeys: string[];
  /** The resolution's follow-up; null = none set (no agreed action, or resolved before follow-ups were kept). */
  followUp: FollowUpState | null;
  /** The escalation this one raises again (its agreed action did not happen); null for a first raise. */
  reRaiseOf: string | null;
}

export interface DerivedTimeliness {
  timeliness: Timeliness;
  /** Working days from today to the due date (negative when overdue); null without a due date. */
  workingDaysRemaining: number | null;
}

export type { Command, CommandKind, CommandOf, NextCommand, NextCommandKind, RaiseCommand } from './commands';
/** The event body of one kind, e.g. EventOf<'raised'>. */
export type EventOf<K extends EventKind> = Extract<EventBody, { kind: K }>;

export type EngineErrorCode =
  | 'NOT_OPEN'
  | 'NO_NEXT_STAGE'
  | 'BYPASS_NOT_ALLOWED'
  | 'BYPASS_BACKWARDS'
  | 'REASON_REQUIRED'
  | 'AGREED_WITH_REQUIRED'
  | 'EXTENSION_NOT_ALLOWED'
  | 'EXTENSION_IN_PAST'
  | 'CAFCASS_NOT_ALLOWED'
  | 'UNKNOWN_LADDER'
  | 'UNKNOWN_STAGE'
  | 'UNKNOWN_URGENCY'
  | 'UNKNOWN_CATEGORY'
  | 'UNKNOWN_OUTCOME'
  | 'COHORT_MISMATCH'
  | 'NO_TIMESCALE'
  | 'INVALID_DATE'
  /** A required piece of text (the concern's summary, a note) is empty. */
  | 'DETAIL_REQUIRED'
  /** A command other than raise was given for an escalation with no events. */
  | 'NOT_RAISED'
  /** raise was given for an escalation that already has events. */
  | 'ALREADY_RAISED'
  /** "No response" was given for a stage whose deadline has not passed. */
  | 'NOT_OVERDUE'
  /** "No response" was given for a stage that has a response. */
  | 'RESPONSE_RECORDED'
  /** A step command named a step that is not open at the current stage, or gave the wrong outcome for it. */
  | 'STEP_NOT_OPEN'
  | 'STEP_OUTCOME'
  /** The stage, category or outcome is closed to the child's cohort. */
  | 'COHORT_EXCLUDED'
  /** The procedure lets only some app roles move an escalation into this stage (profile `enteredBy`). */
  | 'NOT_PERMITTED'
  /** A precondition of the stage (profile `requires`) is not recorded, or not with the role it names. */
  | 'PRECONDITION_REQUIRED'
  | 'PRECONDITION_ROLE'
  /** A follow-up command on an escalation that has no follow-up to record, or whose follow-up is already recorded. */
  | 'FOLLOW_UP';

export interface EngineError {
  code: EngineErrorCode;
  /** A sentence a chair understands, e.g. "This escalation was resolved on 3 March 2025; it cannot be escalated." */
  message: string;
}

export type EngineResult = { ok: true; events: EventBody[] } | { ok: false; error: EngineError };
