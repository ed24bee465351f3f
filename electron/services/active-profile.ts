import type { Db, Tracker } from '../../db/tracker';
import { profilesRepo } from '../../db/repositories/profiles-repo';
import { settingsWriteRepo } from '../../db/repositories/settings-write-repo';
import { builtinProfiles, DEFAULT_PROFILE_ID, getBuiltinProfile } from '../../shared/profile/builtin';
import type { Profile } from '../../shared/profile/schema';
import { formatProblems, validateProfile } from '../../shared/profile/validate';

/**
 * The tracker's active protocol profile, kept on the session so `ctx.profile()` stays synchronous. The id
 * lives in settings ('profileId'); a custom profile's JSON lives in the profiles table. It loads it
 * whenever a tracker is opened, at once after this desktop changes it, and otherwise checks now and then
 * (cheaply, by row versions) whether another desktop changed either.
 */
export interface ActiveProfile {
  current(): Profile;
  activeId(): string;
  /** Re-reads the active id and, for a custom profile, its row. */
  refresh(): Promise<void>;
  /** Drops the command-line override (--profile) once someone chooses a profile in the app. */
  unpin(): void;
  /**
   * Why the tracker's active procedure could not be loaded (planted or damaged in the shared file), as a
   * sentence saying how to fix it; null when it loaded. While set, no escalation is changed: deadlines are never
   * worked out from a procedure the team did not choose.
   */
  problem(): string | null;
}

/** The part of the tracker session the active profile reads and writes. */
export interface ProfileHolder {
  profile: Profile;
  tracker: Tracker | null;
  opts: { profileId?: string };
}

const RECHECK_MS = 5000;

export const PROFILE_SETTING = 'profileId';

/** A stored custom profile, checked again on load: a profile that no longer validates is never used. */
export function parseStoredProfile(id: string, json: string): Profile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error(`The stored profile "${id}" is not valid JSON.`);
  }
  const checked = validateProfile(data);
  if (!checked.ok) throw new Error(`The stored profile "${id}" is not valid:\n${formatProblems(checked.problems)}`);
  return checked.profile;
}

/** A built-in or custom profile by id (custom ones read with `db`, e.g. inside a transaction). */
export async function resolveProfile(db: Db, id: string): Promise<Profile | undefined> {
  const builtin = getBuiltinProfile(id);
  if (builtin) return builtin;
  const row = await profilesRepo.get(db, id);
  return row ? parseStoredProfile(row.id, row.json) : undefined;
}

/** The procedure used when the tracker names none, or names one that cannot be loaded. */
export const defaultProfile = (): Profile => getBuiltinProfile(DEFAULT_PROFILE_ID) ?? builtinProfiles[0]!;

export function createActiveProfile(holder: ProfileHolder, log: (m: string, e?: unknown) => void = () => undefined): ActiveProfile {
  let seen = '';
  let problem: string | null = null;
  let lastCheck = Date.now();
  let inFlight: Promise<void> | null = null;

  async function load(): Promise<void> {
    const tracker = holder.tracker;
    if (!tracker) return;
    const setting = await settingsWriteRepo.row(tracker.db, PROFILE_SETTING);
    let id = holder.opts.profileId ?? DEFAULT_PROFILE_ID;
    if (!holder.opts.profileId && setting) {
      // The setting is the shared file's: anything but a JSON string names no procedure.
      try {
        const v: unknown = JSON.parse(setting.value);
        id = typeof v === 'string' ? v : '';
      } catch {
        id = '';
      }
    }
    const customVersion = getBuiltinProfile(id) ? 0 : ((await profilesRepo.versionOf(tracker.db, id)) ?? -1);
    const stamp = `${tracker.file}|${id}|${setting?.version ?? 0}|${customVersion}`;
    lastCheck = Date.now();
    if (stamp === seen && holder.profile.id === id) return;
    const fix = 'An administrator can fix it in Settings → Procedure (choose a procedure, or import a corrected copy). Until then the tracker can be read, but no escalation is changed here.';
    try {
      const found = await resolveProfile(tracker.db, id);
      if (!found) throw new Error(`The tracker names the procedure "${String(id).slice(0, 100)}", which is neither built in nor stored in the tracker.`);
      holder.profile = found;
      problem = null;
    } catch (err) {
      // Never replaced silently: the tracker keeps being read (with the last procedure that loaded, or the
      // default), and every desktop is told what is wrong and how to fix it.
      log(`The active profile "${id}" could not be loaded`, err);
      problem = `The tracker's procedure could not be loaded. ${err instanceof Error ? err.message.split('\n').slice(0, 4).join(' ') : String(err)} ${fix}`;
      if (!seen.startsWith(`${tracker.file}|`)) holder.profile = defaultProfile();
    }
    seen = stamp;
  }

  const refresh = (): Promise<void> => {
    inFlight ??= load().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  return {
    current() {
      if (!inFlight && holder.tracker && Date.now() - lastCheck > RECHECK_MS) refresh().catch((err: unknown) => log('Checking the active profile failed', err));
      return holder.profile;
    },
    activeId: () => holder.profile.id,
    problem: () => problem,
    refresh,
    unpin() {
      // The session re-reads the profile on every reconnect: without this the override would come back.
      holder.opts.profileId = undefined;
    },
  };
}
