import { randomUUID } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import type { Tracker } from '../db/tracker';
import type { TrackerOptions } from '../db/connection';
import { createCalendar, type Calendar } from '../shared/calendar';
import type { Profile } from '../shared/profile/schema';
import type { Handlers } from '../shared/api/contract';
import { createHandlers } from './handlers';
import type { TrackerFileMeta } from './tracker-file-handlers';
import type { SecretStore } from './desktop-state/secrets';
import type { LettersMeta } from './letters-handlers';
import type { ServiceContext } from './services/context';
import { TrackerSession } from './tracker-file/session';
import { trackerProxy } from './tracker-file/tracker-proxy';
import { startBackground } from './tracker-file/background';

interface CommonOptions {
  migrationsDir: string;
  appVersion: string;
  now?: () => Date;
  /** The signed-in person; defaults to the OS account, mapped to a person in the tracker's people list. */
  user?: { name: string; osUser: string };
  machine?: string;
  /** Use this profile instead of the one stored in the tracker (demonstrations, tests). */
  profileId?: string;
  /** Longest wait for the write lock before a save fails with BUSY. */
  busyTotalMs?: number;
  /** Tests inject a connection that fails like a dropped share. */
  openRaw?: TrackerOptions['openRaw'];
  /** How often to try again while the share is unreachable. */
  reconnectMs?: number;
  log?: (message: string, err?: unknown) => void;
}

export interface AppServicesOptions extends CommonOptions {
  trackerFile: string;
  /** Create the tracker when it is missing (the embedded default in app-data). */
  create?: boolean;
  /** The user's app-data folder (remembered tracker choice, drafts); none for the CLI and tests. */
  dataDir?: string;
}

export interface AppHostOptions extends CommonOptions {
  /** The user's app-data folder: remembered tracker choice, drafts, the embedded default tracker. */
  dataDir: string;
  /** A tracker given on the command line (web host `--db`): it counts as the person's choice. */
  initialFile?: string;
  /** A native file dialog (Electron). */
  pickPath?: TrackerFileMeta['pickPath'];
  /** The system's protected storage for a server's password (Electron's safeStorage); none in the web host. */
  secrets?: SecretStore;
  /** Open letters and email drafts with their programs, show them in their folder (Electron's shell). */
  desktop?: LettersMeta['desktop'];
  /** Automatic backups and the sleep/resume check (desktop hosts; not the CLI or tests). */
  background?: boolean;
}

export interface AppServices {
  /** Always the session's current tracker (it may be switched, or reconnected, while the app runs). */
  tracker: Tracker;
  handlers: Handlers<void>;
  context: ServiceContext;
  session: TrackerSession;
  close(): Promise<void>;
}

function calendarCache(): (profile: Profile) => Calendar {
  const cache = new Map<string, Calendar>();
  return (profile) => {
    const key = `${profile.region}|${profile.closureDays.join(',')}`;
    let cal = cache.get(key);
    if (!cal) cache.set(key, (cal = createCalendar({ region: profile.region, closureDays: profile.closureDays })));
    return cal;
  };
}

function newSession(opts: CommonOptions & { dataDir?: string; canBrowse?: boolean; secrets?: SecretStore }): TrackerSession {
  const session = new TrackerSession({
    migrationsDir: opts.migrationsDir,
    dataDir: opts.dataDir,
    now: opts.now ?? (() => new Date()),
    osUser: opts.user?.osUser ?? userInfo().username,
    user: opts.user,
    machine: opts.machine ?? hostname(),
    profileId: opts.profileId,
    canBrowse: opts.canBrowse,
    busyTotalMs: opts.busyTotalMs,
    openRaw: opts.openRaw,
    reconnectMs: opts.reconnectMs,
    log: opts.log,
    secrets: opts.secrets,
  });
  return session;
}

/** Wires the services to a session: the context reads the session's tracker, person and profile at each call. */
function wire(session: TrackerSession, opts: CommonOptions, meta: Omit<TrackerFileMeta, 'session'> & LettersMeta, stop: () => void = () => undefined): AppServices {
  const tracker = trackerProxy(session);
  const context: ServiceContext = {
    tracker,
    now: session.opts.now,
    get actor() {
      return session.actor;
    },
    machine: session.opts.machine,
    profile: () => session.profiles.current(),
    profiles: session.profiles,
    identity: session.identity,
    calendar: calendarCache(),
    newId: randomUUID,
  };
  const handlers = createHandlers(context, { appVersion: opts.appVersion, session, ...meta });
  return {
    tracker,
    context,
    session,
    handlers,
    close: async () => {
      stop();
      await session.close();
    },
  };
}

/** Opens one tracker and wires the services (CLI, tests, the stress workers). Throws the sentence if it cannot open. */
export async function createAppServices(opts: AppServicesOptions): Promise<AppServices> {
  const session = newSession(opts);
  await session.open(opts.trackerFile, { create: opts.create });
  return wire(session, opts, {});
}

/**
 * The desktop hosts (Electron, the web host): start with the person's remembered tracker, the one given
 * on the command line, or none (the renderer then shows the first-run screen). Never throws for a
 * tracker that cannot be opened: the session's status carries the sentence instead.
 */
export async function createAppHost(opts: AppHostOptions): Promise<AppServices> {
  const session = newSession({ ...opts, canBrowse: Boolean(opts.pickPath) });
  if (opts.initialFile) await session.openOrFail(opts.initialFile, { create: true });
  else await session.openRemembered();
  const stop = opts.background ? startBackground(session, { log: opts.log }) : undefined;
  return wire(session, opts, { pickPath: opts.pickPath, desktop: opts.desktop }, stop);
}
