import { randomUUID } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import { openTracker, type Tracker } from '../db/connection';
import { settingsRepo } from '../db/repositories/settings-repo';
import { createCalendar, type Calendar } from '../shared/calendar';
import { builtinProfiles, getBuiltinProfile, DEFAULT_PROFILE_ID } from '../shared/profile/builtin';
import type { Profile } from '../shared/profile/schema';
import type { Handlers } from '../shared/api/contract';
import { createHandlers } from './handlers';
import type { ServiceContext } from './services/context';

export interface AppServicesOptions {
  trackerFile: string;
  migrationsDir: string;
  appVersion: string;
  /** Create the tracker when it is missing (the embedded default in app-data). */
  create?: boolean;
  now?: () => Date;
  /** The signed-in person; defaults to the OS account. */
  user?: { name: string; osUser: string };
  machine?: string;
  /** Use this profile instead of the one stored in the tracker (demonstrations, tests). */
  profileId?: string;
}

export interface AppServices {
  tracker: Tracker;
  handlers: Handlers<void>;
  context: ServiceContext;
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

/** Opens the tracker and wires the services: shared by Electron's main process, the web host and the CLI. */
export async function createAppServices(opts: AppServicesOptions): Promise<AppServices> {
  const tracker = await openTracker({ file: opts.trackerFile, migrationsDir: opts.migrationsDir, create: opts.create });
  const profileId = opts.profileId ?? (await settingsRepo.get<string>(tracker.db, 'profileId')) ?? DEFAULT_PROFILE_ID;
  const profile = getBuiltinProfile(profileId) ?? builtinProfiles[0]!;
  const osUser = userInfo().username;
  const context: ServiceContext = {
    tracker,
    now: opts.now ?? (() => new Date()),
    actor: opts.user ?? { name: osUser, osUser },
    machine: opts.machine ?? hostname(),
    profile: () => profile,
    calendar: calendarCache(),
    newId: randomUUID,
  };
  return { tracker, context, handlers: createHandlers(context, { appVersion: opts.appVersion }), close: () => tracker.close() };
}
