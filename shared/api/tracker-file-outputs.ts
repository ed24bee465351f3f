import type { ErrorCode } from './result';

/** The open tracker file as the app sees it: drives the first-run screen, the banners and Settings. */
export interface TrackerStatus {
  /**
   * none: no tracker chosen yet (first run). open: working. offline: the file cannot be reached right
   * now; the app keeps trying. failed: the chosen tracker could not be opened (message says why).
   */
  state: 'none' | 'open' | 'offline' | 'failed';
  file: string | null;
  /** Whether `file` is the embedded default tracker in this user's app-data folder. */
  isDefault: boolean;
  defaultFile: string;
  readOnlyReason: string | null;
  schemaVersion: number | null;
  appSchemaVersion: number;
  /** Why the tracker is offline or could not be opened, as a sentence. */
  message: string | null;
  errorCode: ErrorCode | null;
  /** When the tracker went offline (ISO), so the banner can say for how long. */
  offlineSince: string | null;
  /** Writes are waiting for other desktops to finish saving right now. */
  busy: boolean;
  /** Changes whenever another tracker is opened: the renderer starts afresh. */
  session: string;
  /** The host can show a native file dialog (Electron); the web host cannot. */
  canBrowse: boolean;
  /** This computer can keep a server's password in its protected storage (the desktop app; not the web host). */
  canKeepPasswords: boolean;
  /** When the tracker is (or was to be) on a PostgreSQL server: its address in parts, never the password. */
  server: { host: string; port: number; database: string; user: string; tls: boolean } | null;
  /** Time of the newest backup beside the tracker (ISO), or null. */
  lastBackupAt: string | null;
  /** Why the tracker's procedure could not be loaded and how to fix it (no escalation is changed meanwhile), or null. */
  profileProblem: string | null;
}

export interface RecentTracker {
  file: string;
  lastOpenedAt: string;
  /** Whether the file could be seen just now (a share that is not connected shows as missing). */
  reachable: boolean;
}

/** A change someone committed, for the renderer to refresh what is on screen. */
export interface TrackerChange {
  entity: string;
  entityId: string;
  action: string;
  actor: string;
  machine: string;
  at: string;
  /** The operation that wrote it (a window's own operations are not news to it). */
  opId?: string;
}

export interface ChangeBatch {
  session: string;
  /** Pass back as `since` next time. */
  seq: number;
  changes: TrackerChange[];
  /** The caller missed changes (reconnected, or too far behind): reload everything on screen. */
  reset: boolean;
  status: TrackerStatus;
}

export interface PresenceEntry {
  actor: string;
  machine: string;
  seenAt: string;
}

export interface BackupEntry {
  name: string;
  file: string;
  kind: 'daily' | 'manual' | 'before-restore';
  at: string;
  bytes: number;
}

export interface BackupList {
  folder: string;
  backups: BackupEntry[];
}

export interface RestoreResult {
  /** The tracker now open (a new file for 'new-file'). */
  file: string;
  /** What happened and what the team must do, as sentences. */
  message: string;
  /** The copy of the tracker taken just before an in-place restore. */
  savedCopy: string | null;
}

export interface CheckResult {
  ok: boolean;
  /** SQLite's verdict: "ok" or the problems found. */
  verdict: string;
  schemaVersion: number;
  journalMode: string;
  /** Other desktops with the tracker open now (presence heartbeats within 2 minutes). */
  liveDesktops: PresenceEntry[];
}

export interface Draft {
  value: unknown;
  savedAt: string;
}
