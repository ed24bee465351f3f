import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { TrackerOptions } from '../../db/connection';
import type { Tracker } from '../../db/tracker';
import { isServerAddress, openTrackerAt, shownLocation, trackerLocation } from '../../db/open';
import { serverParts } from '../../db/postgres/address';
import { rememberedServer, rememberServerPassword } from './server-password';
import { fileGone } from './file-gone';
import type { SecretStore } from '../desktop-state/secrets';
import { listBackups } from '../../db/backups';
import { feedRepo } from '../../db/repositories/feed-repo';
import { AppError } from '../../shared/api/result';
import type { Profile } from '../../shared/profile/schema';
import { createActiveProfile, defaultProfile, type ActiveProfile } from '../services/active-profile';
import { createActorLookup, type ActorLookup } from '../services/actor-lookup';
import type { TrackerStatus } from '../../shared/api/tracker-file-outputs';
import { ChangeFeed } from './change-feed';
import { defaultTrackerFile } from '../paths';
import { prefsFile, type PrefsFile } from '../desktop-state/prefs';
import { draftsFile, type DraftsFile } from '../desktop-state/drafts';

export interface SessionOptions {
  migrationsDir: string;
  /** The user's app-data folder: remembered choice, drafts, the embedded default tracker. None in tests/CLI. */
  dataDir?: string;
  now: () => Date;
  osUser: string;
  /** A fixed person (tests, `--user`); otherwise the OS account mapped to a person in the tracker. */
  user?: { name: string; osUser: string };
  machine: string;
  /** Use this profile instead of the one stored in the tracker (demonstrations, tests). */
  profileId?: string;
  canBrowse?: boolean;
  /** How often to try the file again while offline. */
  reconnectMs?: number;
  busyTotalMs?: number;
  /** Tests inject a connection that fails like a dropped share. */
  openRaw?: TrackerOptions['openRaw'];
  /** Where a server's password may be kept (the system's protected storage); none in the web host, CLI and tests. */
  secrets?: SecretStore;
  log?: (message: string, err?: unknown) => void;
}

export type SessionState = TrackerStatus['state'];

/**
 * Holds the one open tracker and lets the host switch it at run time: opening another file, going
 * offline when the share drops, reconnecting, reopening after a restore. Services see it through
 * `trackerProxy`, so they never hold on to a closed connection.
 */
export class TrackerSession {
  state: SessionState = 'none';
  tracker: Tracker | null = null;
  file: string | null = null;
  isDefault = false;
  id = randomUUID();
  /** Written only by `profiles` and `identity`; read through them. */
  profile: Profile = defaultProfile();
  actor: { name: string; osUser: string };
  /** The tracker's active profile, loaded on every open and checked now and then for other desktops' changes. */
  readonly profiles: ActiveProfile;
  /** Who is acting: the OS account mapped to a person in the tracker, or the --user given. */
  readonly identity: ActorLookup;
  error: AppError | null = null;
  offlineSince: Date | null = null;
  readonly feed = new ChangeFeed();
  /** Told after a tracker is opened, switched or reconnected (e.g. to reload the active profile from it). */
  readonly onOpen = new Set<(tracker: Tracker) => void | Promise<void>>();
  readonly prefs: PrefsFile;
  readonly drafts: DraftsFile;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private backupCache: { file: string | null; at: string | null; checkedAt: number } | null = null;
  private closed = false;

  constructor(readonly opts: SessionOptions) {
    this.actor = opts.user ?? { name: opts.osUser, osUser: opts.osUser };
    this.prefs = prefsFile(opts.dataDir);
    this.drafts = draftsFile(opts.dataDir);
    this.profiles = createActiveProfile(this, opts.log);
    this.identity = createActorLookup(this);
  }

  defaultFile(): string {
    return defaultTrackerFile(this.opts.dataDir ?? '.');
  }

  private async connect(file: string, create: boolean): Promise<Tracker> {
    // The callback may only fire once openTracker has returned; a holder avoids referring to `tracker` early.
    const opened: { tracker?: Tracker } = {};
    const tracker = await openTrackerAt(file, {
      migrationsDir: this.opts.migrationsDir,
      create,
      busyTotalMs: this.opts.busyTotalMs,
      openRaw: this.opts.openRaw,
      onOffline: (err) => opened.tracker && this.goOffline(err, opened.tracker),
    });
    opened.tracker = tracker;
    try {
      // A damaged tracker opens read-only: carry on without the change feed rather than refusing to show it.
      await (tracker.readOnlyReason ? this.feed.start(tracker).catch(() => undefined) : this.feed.start(tracker));
    } catch (err) {
      await tracker.close().catch(() => undefined);
      throw err;
    }
    return tracker;
  }

  /**
   * Opens `file` and makes it the session's tracker. The previous tracker stays open until the new one
   * has opened, so a bad path leaves the person where they were (the error says why).
   */
  async open(file: string, opts: { create?: boolean; isDefault?: boolean; remember?: boolean; keepPassword?: boolean } = {}): Promise<void> {
    const abs = trackerLocation(file);
    const tracker = await this.connect(abs, opts.create ?? false);
    const previous = this.tracker;
    this.stopReconnecting();
    this.tracker = tracker;
    this.file = abs;
    this.isDefault = opts.isDefault ?? false;
    this.state = 'open';
    this.error = null;
    this.offlineSince = null;
    this.id = randomUUID();
    // A server's address is remembered without its password; the password only in the system's protected storage.
    if (opts.remember) this.prefs.remember(shownLocation(abs), this.isDefault, this.opts.now());
    if (opts.remember && isServerAddress(abs)) rememberServerPassword(this.opts.secrets, abs, opts.keepPassword !== false);
    if (previous && previous !== tracker) await previous.close().catch((e: unknown) => this.opts.log?.('closing the previous tracker failed', e));
    await this.opened(tracker);
  }

  private async opened(tracker: Tracker): Promise<void> {
    // The active profile and who is acting come from the tracker just opened; a damaged one that cannot
    // say falls back to the default procedure and the OS account rather than refusing to show it.
    await this.profiles.refresh().catch((e: unknown) => {
      this.opts.log?.('loading the active profile failed; using the default', e);
      this.profile = defaultProfile();
    });
    await this.identity.refresh().catch((e: unknown) => {
      this.opts.log?.('looking up who is acting failed', e);
      this.actor = this.opts.user ?? { name: this.opts.osUser, osUser: this.opts.osUser };
    });
    for (const listener of this.onOpen) await Promise.resolve(listener(tracker)).catch((e: unknown) => this.opts.log?.('a tracker-opened listener failed', e));
  }

  /** Opens what the person chose last time; with no choice yet the state stays 'none' (first-run screen). */
  async openRemembered(): Promise<void> {
    const { current } = this.prefs.load();
    if (!current) return;
    if (isServerAddress(current)) {
      // The server's password comes from the system's protected storage; without it, Settings asks for it.
      const address = rememberedServer(this.opts.secrets, current);
      if (typeof address === 'string') return this.openOrFail(address);
      this.state = 'failed';
      this.file = current;
      this.error = address;
      return;
    }
    await this.openOrFail(current === 'default' ? this.defaultFile() : current, { create: current === 'default', isDefault: current === 'default' });
  }

  /** Like open, but a failure becomes the 'failed' state with its sentence, for the host's start-up. */
  async openOrFail(file: string, opts: { create?: boolean; isDefault?: boolean; remember?: boolean } = {}): Promise<void> {
    try {
      await this.open(file, opts);
    } catch (err) {
      this.state = 'failed';
      this.file = trackerLocation(file);
      this.isDefault = opts.isDefault ?? false;
      this.error = err instanceof AppError ? err : new AppError('INTERNAL', String(err));
      // A share that is not connected yet (laptop just woke up) is worth retrying; a wrong file is not.
      if (this.error.code === 'OFFLINE' || this.error.code === 'BUSY') this.startReconnecting();
    }
  }

  /** The tracker file was deleted or moved away from a folder that is still there (see fileGone). */
  get fileDeleted(): boolean {
    return this.state !== 'open' && this.error?.details?.reason === 'deleted';
  }

  /** The file cannot be reached: refuse work with OFFLINE, keep drafts in the renderer, and keep trying. */
  goOffline(err: AppError, from?: Tracker): void {
    if (this.closed || (from && from !== this.tracker) || this.state !== 'open') return;
    const broken = this.tracker;
    this.state = 'offline';
    this.error = err;
    this.offlineSince = this.opts.now();
    this.tracker = null;
    this.opts.log?.(`Tracker offline: ${err.message}`);
    void broken?.close().catch(() => undefined);
    this.startReconnecting();
  }

  private startReconnecting(): void {
    if (this.reconnectTimer || this.closed) return;
    this.reconnectTimer = setInterval(() => void this.reconnect(), this.opts.reconnectMs ?? 5000);
    this.reconnectTimer.unref();
  }

  private stopReconnecting(): void {
    if (this.reconnectTimer) clearInterval(this.reconnectTimer);
    this.reconnectTimer = null;
  }

  /** One attempt to reopen the same file after it went offline. */
  async reconnect(): Promise<boolean> {
    if (this.closed || !this.file || (this.state !== 'offline' && this.state !== 'failed')) return this.state === 'open';
    try {
      const tracker = await this.connect(this.file, this.isDefault);
      if (this.closed) {
        await tracker.close();
        return false;
      }
      this.tracker = tracker;
      this.state = 'open';
      this.error = null;
      this.offlineSince = null;
      this.stopReconnecting();
      this.opts.log?.(`Tracker reconnected: ${this.file}`);
      await this.opened(tracker);
      return true;
    } catch (err) {
      // The file was open a moment ago: "not found" with its folder gone means the share is away; with its
      // folder there, the file itself was deleted or moved, and waiting will not bring it back.
      if (err instanceof AppError && err.code === 'NOT_FOUND' && this.state === 'offline')
        this.error = fileGone(this.file) ?? new AppError('OFFLINE', `The tracker at ${this.file} cannot be reached (the network share may be disconnected). The app keeps trying.`, { reason: 'unreachable' });
      else if (err instanceof AppError) this.error = err;
      return false;
    }
  }

  /** After sleep/resume or on a poll: is the file still there and still the one we opened? */
  async checkNow(): Promise<void> {
    const t = this.tracker;
    if (this.state !== 'open' || !t) return void (await this.reconnect());
    try {
      if (await t.fileMoved()) {
        this.goOffline(fileGone(t.file) ?? new AppError('OFFLINE', `The tracker file ${t.file} was moved, renamed or its folder disappeared. The app will reopen it when it is back.`, { reason: 'moved' }), t);
        return;
      }
      await this.feed.poll(t, true);
    } catch (err) {
      if (err instanceof AppError && err.code === 'OFFLINE') this.goOffline(err, t);
    }
  }

  /** The open tracker, or the sentence saying why there is none. */
  require(): Tracker {
    if (this.tracker && this.state === 'open') return this.tracker;
    if (this.error) throw this.error;
    throw new AppError('NOT_FOUND', 'No tracker is open yet. Choose one in Settings → Tracker file.');
  }

  status(canBrowse = this.opts.canBrowse ?? false): TrackerStatus {
    const t = this.tracker;
    return {
      state: this.state,
      // A server's address is shown without its password.
      file: this.file && shownLocation(this.file),
      isDefault: this.isDefault,
      defaultFile: this.defaultFile(),
      readOnlyReason: t?.readOnlyReason ?? null,
      schemaVersion: t?.schemaVersion ?? null,
      appSchemaVersion: t?.appSchemaVersion ?? 0,
      message: this.state === 'open' ? null : (this.error?.message ?? null),
      errorCode: this.state === 'open' ? null : (this.error?.code ?? null),
      offlineSince: this.offlineSince?.toISOString() ?? null,
      busy: (t?.stats.waiting ?? 0) > 0,
      session: this.id,
      canBrowse,
      canKeepPasswords: this.opts.secrets?.available ?? false,
      server: this.file ? serverParts(this.file) : null,
      lastBackupAt: this.lastBackupAt(),
      profileProblem: this.tracker && this.state === 'open' ? this.profiles.problem() : null,
    };
  }

  /** The newest backup's time, looked up at most once a minute (the status is polled every 2 seconds). */
  private lastBackupAt(): string | null {
    const now = Date.now();
    if (this.backupCache && this.backupCache.file === this.file && now - this.backupCache.checkedAt < 60_000) return this.backupCache.at;
    let at: string | null;
    try {
      at = this.file && existsSync(this.file) ? (listBackups(this.file)[0]?.at ?? null) : null;
    } catch {
      at = null;
    }
    this.backupCache = { file: this.file, at, checkedAt: now };
    return at;
  }

  /** Forget the cached backup time (a backup was just taken). */
  backupTaken(): void {
    this.backupCache = null;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopReconnecting();
    const t = this.tracker;
    this.tracker = null;
    if (t && !t.readOnlyReason) await t.writeTx((tx) => feedRepo.leave(tx, this.actor.name, this.opts.machine)).catch(() => undefined);
    await t?.close();
  }
}
