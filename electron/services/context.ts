import type { Tracker } from '../../db/tracker';
import type { Profile } from '../../shared/profile/schema';
import type { Calendar } from '../../shared/calendar';
import type { ActiveProfile } from './active-profile';
import type { ActorLookup } from './actor-lookup';

/** Everything a service needs, passed in (no globals), so services run the same in Electron, the web host, the CLI and tests. */
export interface ServiceContext {
  tracker: Tracker;
  /** The clock: the only source of "now" (tests pass a fixed one). */
  now: () => Date;
  actor: { name: string; osUser: string };
  machine: string;
  /** The tracker's active protocol profile (`profiles.current()`). */
  profile: () => Profile;
  /** The session's active profile: reloaded on open, after a change here, and now and then for other desktops' changes. */
  profiles: ActiveProfile;
  /** Who is acting (the session's; re-read after the people table changes). */
  identity: ActorLookup;
  calendar: (profile: Profile) => Calendar;
  /** Unique ids for new rows. */
  newId: () => string;
}
