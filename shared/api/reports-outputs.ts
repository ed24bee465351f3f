import type { Period } from '../reports/periods';

/**
 * What the oversight pages, the exports and `cli report --json` show: one shape, computed by one service
 * function (electron/services/report-service.ts), so the numbers on screen, in Word, in the spreadsheet
 * and on the command line are the same numbers.
 */

export interface CountRow {
  key: string;
  label: string;
  count: number;
}

/** Open escalations in one group on the dashboard. */
export interface OpenGroup {
  key: string;
  label: string;
  open: number;
  overdue: number;
  dueThisWeek: number;
}

export interface Dashboard {
  /** The instant the figures are "as at". */
  asOf: string;
  today: string;
  /** Sunday of the current week: "due this week" = due from today to this date (the tracker's dueWithin=week). */
  weekEnds: string;
  open: number;
  overdue: number;
  dueThisWeek: number;
  byStage: OpenGroup[];
  byUrgency: OpenGroup[];
  byTeam: OpenGroup[];
  byChair: OpenGroup[];
  /** Open escalations by working days since raised; `from`/`to` are the raised dates the bucket covers. */
  ageing: { key: string; label: string; from: string | null; to: string; open: number }[];
  /** The last 12 calendar months: escalations raised in the month and escalations closed in the month. */
  monthly: { month: string; label: string; from: string; to: string; raised: number; closed: number }[];
  themes: { open: number; escalated: number; monitoring: number };
}

export interface StageTimeliness {
  stageKey: string;
  label: string;
  /** Stage clocks that ended in the period, by resolution or by moving up (escalation or bypass). */
  ended: number;
  resolved: number;
  movedUp: number;
  /** Ended stages that had a timescale (the denominator of the percentages). */
  withTimescale: number;
  /** Ended before the stage's original deadline (urgency re-ratings included, extensions not). */
  withinTimescale: number;
  /** Ended before the deadline as extended by any agreed extension. */
  withinExtended: number;
  withinPct: number | null;
  withinExtendedPct: number | null;
}

export interface BypassItem {
  escalationId: string;
  caseId: string;
  date: string;
  fromStage: string;
  toStage: string;
  skipped: string[];
  reason: string;
  agreedWith: string;
}

/** A stage entered without one of its preconditions (profile `requires`), with why it was not possible. */
export interface PreconditionWaiver {
  escalationId: string;
  caseId: string;
  date: string;
  stage: string;
  /** "Discussion with the QARSS Unit Operations Manager". */
  what: string;
  why: string;
}

export interface ExtensionItem {
  escalationId: string;
  caseId: string;
  date: string;
  stage: string;
  previousDueDate: string | null;
  newDueDate: string | null;
  workingDaysAdded: number | null;
  reason: string;
}

export interface ThemeInReport {
  id: string;
  title: string;
  status: string;
  owner: string;
  raisedOn: string;
  /** Linked escalations raised in the period / all linked escalations / linked children. */
  linkedInPeriod: number;
  linkedEscalations: number;
  linkedChildren: number;
}

export interface StepTimeliness {
  stageKey: string;
  stageLabel: string;
  stepKey: string;
  label: string;
  kind: string;
  ended: number;
  met: number;
  missed: number;
  noResponse: number;
  untimed: number;
  /** Met as a share of those with a deadline (met, missed and no response). */
  metPct: number | null;
}

import type { ChairConcernFigures, FollowUpFigures } from './impact-outputs';

export type { ChairConcernFigures, FollowUpFigures } from './impact-outputs';

export interface PeriodFigures {
  period: Period;
  initiated: {
    total: number;
    informal: number;
    formal: number;
    /** Raised straight at a formal stage above the first (e.g. Rutland's "proceed directly to stage 3"). */
    startedAboveFirstStage: number;
    byCohort: { key: string; label: string; informal: number; formal: number; total: number }[];
  };
  /** Of the escalations initiated in the period: the highest stage each had reached by the period's end. */
  highestStage: CountRow[];
  /** Initiated in the period, by category of concern (an escalation may have several). */
  byCategory: CountRow[];
  byTeam: CountRow[];
  byChair: CountRow[];
  /** Initiated in the period, by urgency level (RAG) as it stands now; only for a profile with urgency. */
  byUrgency?: CountRow[];
  stageTimeliness: StageTimeliness[];
  /** All stages together. */
  stageTimelinessTotal: Omit<StageTimeliness, 'stageKey' | 'label'>;
  /**
   * Steps inside stages (DESIGN.md "Steps") that ended in the period, by stage and step: met (ended by their own
   * deadline), missed (ended after it), no response (closed as such), and those without a deadline. Empty when
   * the procedure has no steps.
   */
  stepTimeliness?: StepTimeliness[];
  closed: { resolved: number; withdrawn: number; referredToCafcass: number };
  resolution: {
    resolved: number;
    /** Resolved escalations that had an overall target date (profiles with an overall limit). */
    withTarget: number;
    withinTarget: number;
    /** Resolved in the period after their overall target date (withTarget − withinTarget). */
    resolvedLate?: number;
    withinTargetPct: number | null;
    overallTargetWorkingDays: number | null;
    /** Working days from the day raised to the day resolved (London dates, bank holidays excluded). */
    medianWorkingDays: number | null;
  };
  outcomes: { resolved: number; withOutcome: number; byOutcome: CountRow[] };
  /**
   * Evidence of impact (DESIGN.md "Follow-up"): of the escalations resolved in the period, those with an agreed action
   * to check and what the chair found, as recorded by the day the report was made.
   */
  followUps: FollowUpFigures;
  concernsAboutChairs: ChairConcernFigures;
  bypasses: { count: number; items: BypassItem[] };
  /** Preconditions of the stages entered in the period: recorded as done, and waived (with each waiver). */
  preconditions?: { recorded: number; waived: number; items: PreconditionWaiver[] };
  extensions: { count: number; escalations: number; workingDaysAdded: number; byStage: CountRow[]; items: ExtensionItem[] };
  cafcass: { referrals: number; concurrent: number; closing: number };
  /** Stages escalated after no response by the deadline, by stage and by the recipient's role (QA meetings ask). */
  noResponse?: { count: number; byStage: CountRow[]; byRecipientRole: CountRow[] };
  meetings: { total: number; scheduled: number; held: number; outcome: number };
  /** Open at the end of the period (or, for a period still running, as of `asOf`); past the overall target then. */
  openAtEnd: { total: number; overdue: number; pastOverallTarget?: number; byStage: CountRow[] };
  /** The London date a period still running was counted to ("so far, as of …"); absent for a period that has ended. */
  asOf?: string;
  themes: { raised: number; active: ThemeInReport[] };
}

export interface PeriodReport {
  authority: string;
  /** Settings → Letters' protective marking: on every page of the Word report. */
  protectiveMarking?: string;
  /** The QA manager's commentary for the period, printed in the Word report. */
  commentary?: string;
  profileName: string;
  generatedAt: string;
  current: PeriodFigures;
  previous: PeriodFigures;
  /** How each figure is counted, printed with the report. */
  definitions: string[];
}

export interface AnnualReport {
  authority: string;
  protectiveMarking?: string;
  profileName: string;
  generatedAt: string;
  year: PeriodFigures;
  previousYear: PeriodFigures;
  quarters: PeriodFigures[];
  definitions: string[];
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  /** The file's bytes, base64 (so the same answer works over IPC and HTTP). */
  base64: string;
}

export type ThemeStatus = 'open' | 'escalated' | 'monitoring' | 'closed';

export interface ThemeSummary {
  id: string;
  title: string;
  description: string;
  owner: string;
  status: ThemeStatus;
  linkedEscalations: number;
  linkedChildren: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  version: number;
}

export interface ThemeLinkView {
  linkId: number;
  escalationId: string | null;
  childId: string | null;
  childName: string;
  caseId: string;
  /** For escalation links: its current stage and status. */
  stageLabel: string | null;
  status: string | null;
  raisedAt: string | null;
  linkedAt: string;
  linkedBy: string;
}

export interface ThemeEventView {
  seq: number;
  kind: string;
  at: string;
  actor: string;
  /** A sentence describing what happened. */
  text: string;
}

export interface ThemeDetail extends ThemeSummary {
  evidence: string;
  links: ThemeLinkView[];
  history: ThemeEventView[];
}

export interface EscalationThemes {
  linked: ThemeSummary[];
  /** Themes not closed and not yet linked, to link to. */
  available: ThemeSummary[];
}

/** The commentary of a period as stored: empty with version 0 until someone writes it. */
export interface ReportCommentary {
  from: string;
  to: string;
  text: string;
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}
