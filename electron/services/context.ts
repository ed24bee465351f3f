import type { Tracker } from '../../db/connection';
import type { Profile } from '../../shared/profile/schema';
import type { Calendar } from '../../shared/calendar';

/** Everything a service needs, passed in (no globals), so services run the same in Electron, the web host, the CLI and tests. */
export interface ServiceContext {
  tracker: Tracker;
  /** The clock: the only source of "now" (tests pass a fixed one). */
  now: () => Date;
  actor: { name: string; osUser: string };
  machine: string;
  /** The tracker's active protocol profile. */
  profile: () => Profile;
  calendar: (profile: Profile) => Calendar;
  /** Unique ids for new rows. */
  newId: () => string;
}
