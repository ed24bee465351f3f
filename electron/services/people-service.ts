import { AppError } from '../../shared/api/result';
import type { ParsedInput } from '../../shared/api/contract';
import type { Me, PersonSummary, Recipients } from '../../shared/api/settings-outputs';
import { jobRoleForRecipient, type AppRole, type JobRole } from '../../shared/people/roles';
import { orderCandidates, type DirectoryEntry } from '../../shared/people/recipient-order';
import { childrenRepo } from '../../db/repositories/children-repo';
import { recentRecipientsRepo } from '../../db/repositories/recent-recipients-repo';
import { recipientRoleKey } from './named-people';
import type { Db } from '../../db/tracker';
import { changeLogRepo } from '../../db/repositories/change-log-repo';
import { normaliseOsUser, peopleRepo, type PersonRecord } from '../../db/repositories/people-repo';
import type { ServiceContext } from './context';
import { conflict } from './errors';
import { administrators, appRoleOf, readAppRoles, requireAdministrator, APP_ROLES_SETTING, type AppRoleMap } from './app-roles';
import { writeSetting } from './settings-service';
import { activateProfileInTx } from './profile-service';

export function toPersonSummary(r: PersonRecord, roles: AppRoleMap): PersonSummary {
  return {
    id: r.id,
    name: r.name,
    email: r.email ?? '',
    jobRole: r.role as JobRole,
    appRole: roles[r.id] ?? 'none',
    team: r.team ?? '',
    osUser: r.osUser ?? '',
    active: r.active,
    version: r.version,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy,
  };
}

async function summary(db: Db, id: string): Promise<PersonSummary> {
  const row = await peopleRepo.get(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That person is not in the people list.');
  return toPersonSummary(row, await readAppRoles(db));
}

async function assertOsUserFree(db: Db, osUser: string, exceptId?: string): Promise<void> {
  if (!osUser) return;
  const other = await peopleRepo.byOsUser(db, osUser);
  if (other && other.id !== exceptId)
    throw new AppError('INVALID', `The Windows account "${osUser}" already belongs to ${other.name}. Each account can be linked to one person.`, { field: 'osUser' });
}

async function setAppRole(ctx: ServiceContext, tx: Db, personId: string, role: AppRole, opId: string): Promise<void> {
  const roles = await readAppRoles(tx);
  if ((roles[personId] ?? 'none') === role) return;
  const next = { ...roles };
  if (role === 'none') delete next[personId];
  else next[personId] = role;
  await writeSetting(ctx, tx, APP_ROLES_SETTING, next, opId);
}

/** The last active administrator cannot be demoted or deactivated: the tracker would be left without one. */
async function assertNotLastAdministrator(tx: Db, personId: string, remainsAdmin: boolean): Promise<void> {
  if (remainsAdmin) return;
  const admins = await administrators(tx, await readAppRoles(tx));
  if (admins.length === 1 && admins[0]!.id === personId)
    throw new AppError('REFUSED', `${admins[0]!.name} is the only administrator. Make someone else an administrator first.`, { field: 'appRole' });
}

function record(ctx: ServiceContext, tx: Db, id: string, action: string, opId: string, detail: unknown, at: string) {
  return changeLogRepo.record(tx, { entity: 'person', entityId: id, action, actor: ctx.actor.name, machine: ctx.machine, at, opId, detail: JSON.stringify(detail) });
}

export async function listPeople(ctx: ServiceContext, input: ParsedInput<'people.list'>): Promise<PersonSummary[]> {
  return ctx.tracker.readTx(async (tx) => {
    const roles = await readAppRoles(tx);
    return (await peopleRepo.list(tx, { includeInactive: input.includeInactive, role: input.jobRole, team: input.team })).map((p) => toPersonSummary(p, roles));
  });
}

/** Who a stage's letter goes to and who is copied in, in the picker's order (the chair can change both or type someone else). */
export async function recipientsFor(ctx: ServiceContext, input: ParsedInput<'people.recipients'>): Promise<Recipients> {
  return ctx.tracker.readTx(async (tx) => {
    const child = input.childId ? await childrenRepo.get(tx, input.childId) : undefined;
    if (input.childId && !child) throw new AppError('NOT_FOUND', 'That child is not in the tracker.');
    const team = input.team || child?.team || '';
    const directory: DirectoryEntry[] = (await peopleRepo.list(tx, { includeInactive: false })).map((p) => ({ id: p.id, name: p.name, email: p.email ?? '', jobRole: p.role as JobRole, team: p.team ?? '' }));
    const last = await recentRecipientsRepo.lastFor(tx, recipientRoleKey(input.recipientRole), team.trim());
    const to = orderCandidates(directory, {
      recipientRole: input.recipientRole,
      team,
      child: child ? { socialWorker: child.socialWorker, teamManager: child.teamManager } : undefined,
      last: last ? { name: last.name, role: last.role, email: last.email, personId: last.personId } : null,
    });
    const cc = input.copyTo.flatMap((role) => orderCandidates(directory, { recipientRole: role, team }).filter((c) => c.why !== '' || jobRoleForRecipient(role) !== null));
    return { to, cc: cc.filter((c, i) => cc.findIndex((x) => x.name === c.name) === i) };
  });
}

export async function me(ctx: ServiceContext): Promise<Me> {
  const { identity, profiles } = ctx;
  await identity.refresh();
  return ctx.tracker.readTx(async (tx) => {
    const roles = await readAppRoles(tx);
    const person = await peopleRepo.byOsUser(tx, ctx.actor.osUser);
    const admins = await administrators(tx, roles);
    // Until the tracker has an administrator, whoever sets themselves up first becomes it.
    const firstPerson = admins.length === 0;
    const appRole: AppRole = admins.length === 0 ? 'administrator' : appRoleOf(person, roles);
    const claimable = person ? [] : (await peopleRepo.list(tx, { includeInactive: false })).filter((p) => !p.osUser && roles[p.id] !== 'administrator');
    const profile = profiles.current();
    return {
      osUser: ctx.actor.osUser,
      actorName: ctx.actor.name,
      person: person ? toPersonSummary(person, roles) : null,
      appRole,
      isAdministrator: appRole === 'administrator',
      setupNeeded: !person && !identity.identityGiven,
      firstPerson,
      claimable: claimable.map((p) => toPersonSummary(p, roles)),
      profile: { id: profile.id, name: profile.name },
    };
  });
}

/**
 * First run: the OS account claims the person record an administrator prepared, or creates its own.
 * The tracker's first person becomes its administrator and chooses the profile; later people join as
 * chairs (or QA managers) and an administrator can change that.
 */
export async function setupMe(ctx: ServiceContext, input: ParsedInput<'people.setup'>): Promise<Me> {
  const osUser = normaliseOsUser(ctx.actor.osUser);
  await ctx.tracker.writeTx(async (tx) => {
    if ((await changeLogRepo.entityForOp(tx, input.opId, 'person')) || (await peopleRepo.byOsUser(tx, osUser))) return;
    const at = ctx.now().toISOString();
    const first = (await administrators(tx, await readAppRoles(tx))).length === 0;
    if (input.profileId && !first) await requireAdministrator(ctx, tx, 'choose the tracker’s protocol profile');
    if (input.claimPersonId) {
      const target = await peopleRepo.get(tx, input.claimPersonId);
      if (!target || !target.active) throw new AppError('NOT_FOUND', 'That person is no longer in the people list. Choose again, or add yourself.');
      if (target.osUser) throw new AppError('REFUSED', `${target.name} is already linked to another Windows account. Ask an administrator to check the people list.`);
      if ((await readAppRoles(tx))[target.id] === 'administrator')
        throw new AppError('REFUSED', `${target.name} is an administrator record; ask an administrator to link it to your account.`);
      await peopleRepo.update(tx, target.id, target.version, { osUser, updatedAt: at, updatedBy: target.name });
      await record(ctx, tx, target.id, 'claimed', input.opId, { osUser }, at);
      if (first) await setAppRole(ctx, tx, target.id, 'administrator', input.opId);
    } else {
      if (!input.person) throw new AppError('INVALID', 'Enter your name and job role, or choose yourself from the list.', { field: 'name' });
      const id = ctx.newId();
      const p = input.person;
      await peopleRepo.insert(tx, { id, name: p.name, email: p.email || null, role: p.jobRole, team: p.team || null, osUser, active: true, version: 1, createdAt: at, createdBy: p.name, updatedAt: at, updatedBy: p.name });
      await record(ctx, tx, id, 'created', input.opId, { ...p, osUser, firstRun: true }, at);
      // Anyone can type any job role here, so it grants nothing: a self-registered person waits (no access)
      // until an administrator gives them a role. Only the tracker's first person becomes its administrator.
      const role: AppRole = first ? 'administrator' : 'none';
      await setAppRole(ctx, tx, id, role, input.opId);
    }
    if (input.profileId) await activateProfileInTx(ctx, tx, input.profileId, input.opId);
  });
  if (input.profileId) ctx.profiles.unpin();
  await ctx.profiles.refresh();
  return me(ctx);
}

export async function createPerson(ctx: ServiceContext, input: ParsedInput<'people.create'>): Promise<PersonSummary> {
  const result = await ctx.tracker.writeTx(async (tx) => {
    const done = await changeLogRepo.entityForOp(tx, input.opId, 'person');
    if (done) return summary(tx, done);
    await requireAdministrator(ctx, tx, 'add people');
    await assertOsUserFree(tx, input.osUser);
    const at = ctx.now().toISOString();
    const id = ctx.newId();
    const { opId, appRole, ...f } = input;
    await peopleRepo.insert(tx, { id, name: f.name, email: f.email || null, role: f.jobRole, team: f.team || null, osUser: f.osUser ? normaliseOsUser(f.osUser) : null, active: true, version: 1, createdAt: at, createdBy: ctx.actor.name, updatedAt: at, updatedBy: ctx.actor.name });
    await record(ctx, tx, id, 'created', opId, { ...f, appRole }, at);
    await setAppRole(ctx, tx, id, appRole, opId);
    return summary(tx, id);
  });
  await ctx.identity.refresh();
  return result;
}

export async function updatePerson(ctx: ServiceContext, input: ParsedInput<'people.update'>): Promise<PersonSummary> {
  const result = await ctx.tracker.writeTx(async (tx) => {
    const done = await changeLogRepo.entityForOp(tx, input.opId, 'person');
    if (done) return summary(tx, done);
    await requireAdministrator(ctx, tx, 'change people’s details and roles');
    const current = await peopleRepo.get(tx, input.id);
    if (!current) throw new AppError('NOT_FOUND', 'That person is not in the people list.');
    if (current.version !== input.version) throw conflict('person', current.updatedBy, current.updatedAt, current.version);
    await assertOsUserFree(tx, input.osUser, input.id);
    await assertNotLastAdministrator(tx, input.id, input.appRole === 'administrator');
    const at = ctx.now().toISOString();
    const { opId, id, version, appRole, ...f } = input;
    const before = toPersonSummary(current, await readAppRoles(tx));
    await peopleRepo.update(tx, id, version, { name: f.name, email: f.email || null, role: f.jobRole, team: f.team || null, osUser: f.osUser ? normaliseOsUser(f.osUser) : null, updatedAt: at, updatedBy: ctx.actor.name });
    await record(ctx, tx, id, 'updated', opId, { from: before, to: { ...f, appRole } }, at);
    await setAppRole(ctx, tx, id, appRole, opId);
    return summary(tx, id);
  });
  await ctx.identity.refresh();
  return result;
}

/** Leavers are deactivated, never deleted: the name stays on every escalation and event they touched. */
export async function setPersonActive(ctx: ServiceContext, input: ParsedInput<'people.setActive'>): Promise<PersonSummary> {
  return ctx.tracker.writeTx(async (tx) => {
    const done = await changeLogRepo.entityForOp(tx, input.opId, 'person');
    if (done) return summary(tx, done);
    await requireAdministrator(ctx, tx, 'mark people as leavers');
    const current = await peopleRepo.get(tx, input.id);
    if (!current) throw new AppError('NOT_FOUND', 'That person is not in the people list.');
    if (current.version !== input.version) throw conflict('person', current.updatedBy, current.updatedAt, current.version);
    if (!input.active) await assertNotLastAdministrator(tx, input.id, false);
    const at = ctx.now().toISOString();
    await peopleRepo.update(tx, input.id, input.version, { active: input.active, updatedAt: at, updatedBy: ctx.actor.name });
    await record(ctx, tx, input.id, input.active ? 'reactivated' : 'deactivated', input.opId, { name: current.name }, at);
    return summary(tx, input.id);
  });
}
