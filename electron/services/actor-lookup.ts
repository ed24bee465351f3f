import type { Tracker } from '../../db/tracker';
import { peopleRepo } from '../../db/repositories/people-repo';

export interface Actor {
  name: string;
  osUser: string;
}

/** The part of the tracker session that says who is acting. */
export interface ActorHolder {
  actor: Actor;
  tracker: Tracker | null;
  opts: { user?: Actor; osUser: string };
}

/**
 * Who is acting: the OS account, shown and recorded under the name of the matching active person in the
 * people table, or the --user given to the web host (demonstrations, tests). Re-read after the people
 * table changes so the first-run setup takes effect without a restart.
 */
export interface ActorLookup {
  current(): Actor;
  refresh(): Promise<void>;
  /** The identity was named on the command line: no first-run setup is offered. */
  readonly identityGiven: boolean;
}

export function createActorLookup(holder: ActorHolder): ActorLookup {
  const osUser = holder.opts.user?.osUser ?? holder.opts.osUser;
  return {
    current: () => holder.actor,
    identityGiven: holder.opts.user !== undefined,
    async refresh() {
      if (holder.opts.user || !holder.tracker) return;
      const person = await peopleRepo.byOsUser(holder.tracker.db, osUser);
      holder.actor = person?.active ? { name: person.name, osUser } : { name: osUser, osUser };
    },
  };
}
