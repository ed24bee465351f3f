import type { IsoDate } from '../../shared/calendar/types';
import type { ResponseTime, StageKind, emailContents } from '../../shared/profile/schema';

type EmailContent = (typeof emailContents)[number];
import type { LetterDocument } from '../../shared/api/letters-contract';

export type { LetterDocument };

/** Letterhead and footer of every generated letter (Settings → Letters). */
export interface Letterhead {
  authorityName: string;
  /** The logo's bytes and its kind, already read from disk (generation never touches the file system). */
  logo: { data: Uint8Array; type: 'png' | 'jpg'; width: number; height: number } | null;
  protectiveMarking: string;
}

export interface Tick {
  label: string;
  checked: boolean;
}

/** A person a letter is addressed to or copied to: the name when known, and the address when the directory has one. */
export interface Addressee {
  role: string;
  name: string;
  email: string | null;
}

/** One stage as a letter speaks of it. */
export interface LetterStage {
  key: string;
  /** "Stage 1", "Stage 4: Dispute Resolution Meeting", "Informal". */
  title: string;
  label: string;
  /** 0 informal, 1 first formal stage … */
  number: number;
  kind: StageKind | 'informal';
  recipientRole: string;
  /** London date the stage was opened (the "Date of Alert"). */
  openedOn: IsoDate | null;
  responseTime: ResponseTime;
  dueDate: IsoDate | null;
  dueAt: string | null;
  /** "Response expected within 5 working days – by Monday 10 March 2025". */
  responseLine: string;
  letterSentOn: IsoDate | null;
  /** How the escalation came to this stage (stage ≥ 2). */
  entry: { concernsRemaining: string; actionsTaken: string; bypassReason: string; agreedWith: string; fromTitle: string } | null;
  response: {
    respondent: string;
    what: string;
    who: string;
    byWhen: IsoDate | null;
    outcomes: string[];
    date: IsoDate;
  } | null;
  resolution: { date: IsoDate; outcomes: string[]; note: string } | null;
  /** When the escalation moved on from this stage without resolution. */
  progressed: { toTitle: string; on: IsoDate } | null;
  meetings: { status: 'scheduled' | 'held' | 'outcome'; date: IsoDate; attendees: string; notes: string }[];
  /** The latest extension of this stage's deadline: the letter says the time was extended, from what, and why. */
  extension: { grantedOn: IsoDate; previousDueDate: IsoDate | null; reason: string; requestedBy: string } | null;
  /** The title of the next stage ("If not resolved IRO to progress to Stage 2"), or null at the top of the ladder. */
  nextTitle: string | null;
}

/** Everything a template needs, computed once; built-in and custom templates read only this. */
export interface LetterData {
  document: LetterDocument;
  /** Human name of the document, used in file names and subjects ("Escalation form"). */
  documentTitle: string;
  letterhead: Letterhead;
  /** The date written on the letter. */
  date: IsoDate;
  profile: { id: string; name: string; authority: string };
  ladderLabel: string;
  /** "IRO" for looked-after children, "CP Chair" for a child protection plan. */
  chairTitle: string;
  cohortLabel: string;
  child: {
    name: string;
    caseId: string;
    dateOfBirth: IsoDate | null;
    socialWorker: string;
    teamManager: string;
    team: string;
    chair: string;
  };
  urgency: string | null;
  status: string;
  stage: LetterStage;
  /** Every stage the escalation has been through, in order (history in the resolution record and the Cafcass summary). */
  history: LetterStage[];
  categories: Tick[];
  otherCategory: string;
  concern: {
    summary: string;
    impactOnChild: string;
    requestedAction: { what: string; who: string; byWhen: IsoDate | null };
  };
  outcomes: Tick[];
  otherOutcome: string;
  /** Roles copied in by the profile at this stage (e.g. the Safeguarding Business Manager). */
  copyTo: string[];
  from: Addressee;
  to: Addressee;
  cc: Addressee[];
  cafcass: { referredOn: IsoDate | null; concurrent: boolean; note: string };
  resolvedOn: IsoDate | null;
  /** How the escalation ended, if it has: resolved, withdrawn (with the reason) or referred to Cafcass. */
  closure: { status: 'resolved' | 'withdrawn' | 'referred'; on: IsoDate | null; note: string } | null;
  /**
   * Sentences the procedure wants on the form at this stage: the overall time limit (Devon's "resolution
   * within 20 working days") and notices such as "notify … the same day as the escalation is raised".
   */
  notices: string[];
  /** The email subject (profile.letterSubject filled in). */
  subject: string;
  /** What the email carrying a stage letter sets out (the profile's `email.includes`, in that order). */
  emailIncludes: EmailContent[];
  /** What the returnable form carries to be read back: whose it is, and the profile's outcomes with their keys. */
  form: { escalationId: string; letterId: string; outcomes: { key: string; label: string }[] };
}
