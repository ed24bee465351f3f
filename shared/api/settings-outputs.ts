import type { RecipientCandidate } from '../people/recipient-order';
import type { AppRole, JobRole } from '../people/roles';
import type { ImportField, ImportMapping } from '../import/fields';
import type { ProfileProblem } from '../profile/validate';
import type { Profile } from '../profile/schema';

export interface PersonSummary {
  id: string;
  name: string;
  email: string;
  jobRole: JobRole;
  appRole: AppRole;
  team: string;
  osUser: string;
  /** Leavers are deactivated, never deleted: their name stays on everything they did. */
  active: boolean;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** Who is using the app, and whether the first-run setup should be shown. */
export interface Me {
  osUser: string;
  /** The name events are recorded under. */
  actorName: string;
  person: PersonSummary | null;
  appRole: AppRole;
  isAdministrator: boolean;
  /** True when the OS account has no person record (and the identity was not given on the command line). */
  setupNeeded: boolean;
  /** True while the tracker has no administrator (a new tracker): the person setting up becomes it and picks the profile. */
  firstPerson: boolean;
  /** Person records an administrator added without a Windows account, which this person may claim. */
  claimable: PersonSummary[];
  profile: { id: string; name: string };
}

export interface Recipients {
  /** Who the stage's letter may go to, in the picker's order (shared/people/recipient-order.ts). */
  to: RecipientCandidate[];
  /** People matching the stage's copy-to roles (e.g. the Safeguarding Business Manager), same team first. */
  cc: RecipientCandidate[];
}

export interface ProfileListItem {
  id: string;
  name: string;
  authority: string;
  builtin: boolean;
  active: boolean;
  basedOn: string | null;
  /** Stored version of a custom profile (null for built-ins). */
  version: number | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface ProfileRecord extends ProfileListItem {
  profile: Profile;
}

export interface SettingRecord {
  key: string;
  value: unknown;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface SheetPreview {
  name: string;
  rowCount: number;
}

export interface ImportInspection {
  fileName: string;
  sheets: SheetPreview[];
  sheet: string;
  /** 1-based spreadsheet row holding the column names (detected; can be changed). */
  headerRow: number;
  headers: string[];
  /** The first rows under the header, as text, for the preview table. */
  sample: string[][];
  fields: ImportField[];
  /** The remembered mapping where its columns exist in this file, otherwise a guess from the headers. */
  mapping: ImportMapping;
  mappingSource: 'remembered' | 'guessed';
  defaults: { cohort: 'looked-after' | 'child-protection' | 'transition' | null; categoryKey: string | null };
  categories: { key: string; label: string }[];
}

export type ImportRowStatus = 'accepted' | 'rejected' | 'duplicate' | 'already-imported' | 'blank';

export interface ImportRowReport {
  /** Row number in the spreadsheet (1-based, as Excel shows it). */
  row: number;
  status: ImportRowStatus;
  /** Why a row was rejected or skipped; empty for accepted rows. */
  reasons: string[];
  /** Accepted, but something was assumed (e.g. an unknown category recorded as Other). */
  warnings: string[];
  caseId: string;
  childName: string;
  raisedOn: string | null;
  stage: string;
  /** What the import does with the child: an existing record, or a new one. */
  child: 'existing' | 'new' | null;
  escalationId?: string;
}

export interface ImportReport {
  fileName: string;
  sheet: string;
  dryRun: boolean;
  counts: Record<ImportRowStatus, number> & { total: number; newChildren: number };
  rows: ImportRowReport[];
}

export interface ImportJob {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  processed: number;
  total: number;
  report: ImportReport | null;
  error: string | null;
}

export interface AuditRow {
  /** "change" rows come from change_log, "event" rows from escalation histories. */
  source: 'change' | 'event';
  at: string;
  actor: string;
  machine: string;
  entity: string;
  entityId: string;
  action: string;
  childId: string | null;
  childName: string | null;
  escalationId: string | null;
  /** A one-line description for people. */
  summary: string;
  detail: string;
}

export interface AuditPage {
  rows: AuditRow[];
  total: number;
  actors: string[];
}

export interface CsvFile {
  fileName: string;
  csv: string;
  rows: number;
}

export interface ExportResult {
  fileName: string;
  /** The workbook's bytes (when no path was given, for the renderer to download). */
  base64: string | null;
  path: string | null;
  sheets: { name: string; rows: number }[];
}

export type { ProfileProblem };
