import type { z } from 'zod';
import type { childCohortSchema } from './inputs';
import type { EscalationEvent, EscalationState, Status, Timeliness } from '../engine/types';
import type { AllowedCommands } from '../engine/allowed';
import type { Ladder, Profile } from '../profile/schema';

export type ChildCohort = z.infer<typeof childCohortSchema>;

export interface ChildSummary {
  id: string;
  name: string;
  caseId: string;
  dateOfBirth: string | null;
  cohort: ChildCohort;
  socialWorker: string;
  teamManager: string;
  team: string;
  chair: string;
  /** Last and next review or conference, London dates. */
  lastMeetingDate: string | null;
  nextMeetingDate: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** One row of the tracker list. */
export interface EscalationRow {
  id: string;
  childId: string;
  childName: string;
  caseId: string;
  cohort: string;
  chair: string;
  team: string;
  status: Status;
  stageKey: string;
  stageLabel: string;
  recipientRole: string;
  urgency: string | null;
  raisedAt: string;
  nextDueDate: string | null;
  nextDueAt: string | null;
  /** The open step the due is for, when the stage has steps of its own ("Dispute Resolution Meeting", meeting); null otherwise. */
  nextStepLabel?: string | null;
  nextStepKind?: string | null;
  timeliness: Timeliness;
  workingDaysRemaining: number | null;
  /** "by 20:20 on Wednesday 2 July 2025" (hour clock) or "Monday 10 March 2025"; null when closed or no timescale. */
  dueText?: string | null;
  /** Time left in the clock's own unit ("5 hours left", "8 calendar days left"); null when closed or no timescale. */
  timeLeft?: string | null;
  version: number;
}

export interface ChildDetail extends ChildSummary {
  escalations: EscalationRow[];
}

export interface EscalationDetail {
  row: EscalationRow;
  child: ChildSummary;
  state: EscalationState;
  /** What may be done next, as the engine decides it: the page offers exactly these commands. */
  allowed: AllowedCommands;
  events: EscalationEvent[];
  ladder: Ladder;
  profileId: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface EscalationList {
  rows: EscalationRow[];
  total: number;
}

export interface AppInfo {
  appVersion: string;
  user: { name: string; osUser: string };
  trackerFile: string;
  schemaVersion: number;
  readOnlyReason: string | null;
  profile: { id: string; name: string; authority: string };
  /** "Today" as the server sees it (London date), so the UI and the due dates agree. */
  today: string;
}

export type { Profile };
