import { AppError } from '../../shared/api/result';
import type { AppRole } from '../../shared/people/roles';
import { appRoles } from '../../shared/people/roles';
import type { Db } from '../../db/tracker';
import { peopleRepo, type PersonRecord } from '../../db/repositories/people-repo';
import { settingsRepo } from '../../db/repositories/settings-repo';
import type { ServiceContext } from './context';
import type { Profile } from '../../shared/profile/schema';

/**
 * App roles live in settings ('appRoles': person id → role) because the people table has one role column,
 * which holds the job role. A person without an entry has no app role.
 */
export const APP_ROLES_SETTING = 'appRoles';
export type AppRoleMap = Record<string, AppRole>;

export async function readAppRoles(db: Db): Promise<AppRoleMap> {
  const raw = (await settingsRepo.get<Record<string, string>>(db, APP_ROLES_SETTING)) ?? {};
  return Object.fromEntries(Object.entries(raw).filter(([, r]) => (appRoles as readonly string[]).includes(r))) as AppRoleMap;
}

export function appRoleOf(person: PersonRecord | undefined, roles: AppRoleMap): AppRole {
  if (!person || !person.active) return 'none';
  return roles[person.id] ?? 'none';
}

/** Active administrators; while there are none (a new tracker) nobody is refused, so it can be set up. */
export async function administrators(db: Db, roles: AppRoleMap): Promise<PersonRecord[]> {
  const ids = Object.entries(roles)
    .filter(([, r]) => r === 'administrator')
    .map(([id]) => id);
  const found = await Promise.all(ids.map((id) => peopleRepo.get(db, id)));
  return found.filter((p): p is PersonRecord => !!p && p.active);
}

function namesOf(people: PersonRecord[]): string {
  const names = people.map((p) => p.name);
  if (names.length <= 1) return names[0] ?? 'an administrator';
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/**
 * Refuses (FORBIDDEN) unless the acting person is an active administrator. `what` completes
 * "Only an administrator can …". Call it inside the write transaction so the check and the change agree.
 */
export function requireAdministrator(ctx: Pick<ServiceContext, 'actor'>, db: Db, what: string): Promise<void> {
  return requireAppRole(ctx, db, ['administrator'], what);
}

const ROLE_NAMES: Record<AppRole, string> = { none: 'anyone', chair: 'a chair', 'qa-manager': 'a QA manager', administrator: 'an administrator' };

/** Who the acting person is in the tracker's roles: read once per transaction, for the door and the procedure alike. */
export interface ActorAccess {
  /** The acting person's app role; null while no administrator is set up (a new tracker: nobody is refused). */
  role: AppRole | null;
  admins: PersonRecord[];
}

export async function actorAccess(ctx: Pick<ServiceContext, 'actor'>, db: Db): Promise<ActorAccess> {
  const roles = await readAppRoles(db);
  const admins = await administrators(db, roles);
  if (admins.length === 0) return { role: null, admins };
  return { role: appRoleOf(await peopleRepo.byOsUser(db, ctx.actor.osUser), roles), admins };
}

/** Refuses (FORBIDDEN) unless the acting person has one of `allowed` (administrators always pass). */
export async function requireAppRole(ctx: Pick<ServiceContext, 'actor'>, db: Db, allowed: AppRole[], what: string): Promise<void> {
  requireRoleOf(await actorAccess(ctx, db), allowed, what);
}

/** The same check on access already read in this transaction. */
export function requireRoleOf(access: ActorAccess, allowed: AppRole[], what: string): void {
  const { role: mine, admins } = access;
  if (mine === null) return;
  if (mine === 'administrator' || allowed.includes(mine)) return;
  const who = ['administrator' as AppRole, ...allowed.filter((r) => r !== 'administrator')].map((r) => ROLE_NAMES[r]);
  const only = who.length === 1 ? who[0] : `${who.slice(0, -1).join(', ')} or ${who[who.length - 1]}`;
  throw new AppError('FORBIDDEN', `Only ${only} can ${what}. Ask ${namesOf(admins)} to do it, or to change what you may do.`, {
    administrators: admins.map((a) => a.name),
  });
}

/**
 * The acting person's app role where the procedure lets only some roles move an escalation into a stage (profile
 * `enteredBy`); undefined when no stage says so (nothing to look up: no extra reads on a share), null while no
 * administrator is set up (a new tracker: nobody is refused).
 */
export async function actorRoleForEntry(ctx: Pick<ServiceContext, 'actor'>, db: Db, profile: Profile): Promise<AppRole | null | undefined> {
  return hasEntryRoles(profile) ? (await actorAccess(ctx, db)).role : undefined;
}

/** The same, from access already read in this transaction. */
export function entryRoleOf(profile: Profile, access: ActorAccess): AppRole | null | undefined {
  return hasEntryRoles(profile) ? access.role : undefined;
}

const hasEntryRoles = (profile: Profile) => profile.ladders.some((l) => l.stages.some((s) => s.enteredBy));
