import type { CountRow } from './reports-outputs';

/** The report's figures for issues 33 and 34: what became of agreed actions, and concerns about chairs. */

/** Concerns about a chair or the reviewing service raised in the period (DESIGN.md), counted apart from escalations. */
export interface ChairConcernFigures {
  raised: number;
  /** By the highest stage of the route each reached. */
  byStageReached: CountRow[];
  /** By the latest formal response's outcome (upheld, partly upheld, not upheld, no response yet). */
  byOutcome: CountRow[];
  resolved: number;
  withdrawn: number;
  stillOpen: number;
  /** Working days from the day raised to the first formal response, for those answered. */
  medianWorkingDaysToResponse: number | null;
}


export interface FollowUpFigures {
  /** Resolved in the period with an agreed action and a date to check it. */
  resolvedWithAction: number;
  /** Resolved in the period with no follow-up: nothing agreed, or resolved before follow-ups were kept ("not set"). */
  notSet: number;
  /** Check date on or before the day the report was made. */
  due: number;
  /** A result recorded (done, partly or not done). */
  recorded: number;
  done: number;
  partly: number;
  notDone: number;
  /** Not done and raised again (a new escalation linked to the first). */
  raisedAgain: number;
  /** Not recorded yet (resolvedWithAction − recorded). */
  notYetChecked: number;
  /** Not recorded and its check date already past. */
  overdueUnchecked: number;
  /** Median working days from the day raised to the day the agreed action was done (done only). */
  medianWorkingDaysToAction: number | null;
}

