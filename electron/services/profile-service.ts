import { AppError } from '../../shared/api/result';
import type { ParsedInput } from '../../shared/api/contract';
import type { ProfileListItem, ProfileRecord } from '../../shared/api/settings-outputs';
import { builtinProfiles, isBuiltinProfileId } from '../../shared/profile/builtin';
import type { Profile } from '../../shared/profile/schema';
import { validateProfile, type ProfileProblem } from '../../shared/profile/validate';
import type { Db } from '../../db/tracker';
import { changeLogRepo } from '../../db/repositories/change-log-repo';
import { profilesRepo, type ProfileRow } from '../../db/repositories/profiles-repo';
import type { ServiceContext } from './context';
import { conflict } from './errors';
import { requireAdministrator } from './app-roles';
import { PROFILE_SETTING, parseStoredProfile, resolveProfile } from './active-profile';
import { writeSetting } from './settings-service';

function builtinItem(p: Profile, activeId: string): ProfileListItem {
  return { id: p.id, name: p.name, authority: p.authority, builtin: true, active: p.id === activeId, basedOn: null, version: null, updatedAt: null, updatedBy: null };
}

function customItem(row: ProfileRow, profile: Profile, activeId: string): ProfileListItem {
  return { id: row.id, name: row.name, authority: profile.authority, builtin: false, active: row.id === activeId, basedOn: row.basedOn, version: row.version, updatedAt: row.updatedAt, updatedBy: row.updatedBy };
}

function invalid(problems: ProfileProblem[]): AppError {
  const n = problems.length;
  return new AppError('INVALID', `The profile has ${n} problem${n === 1 ? '' : 's'}; each is shown next to its field. Nothing was saved.`, { problems });
}

/**
 * Escalations keep the clocks of stages already opened (the engine copies the rule into the event), but
 * each escalation is shown against its ladder: a profile without a ladder in use cannot become active.
 */
async function missingLadders(db: Db, profile: Profile): Promise<ProfileProblem[]> {
  const keys = new Set(profile.ladders.map((l) => l.key));
  return (await profilesRepo.laddersInUse(db))
    .filter((u) => !keys.has(u.ladderKey))
    .map((u) => ({
      path: 'ladders',
      message: `must keep a ladder with the key "${u.ladderKey}": ${u.n} escalation${u.n === 1 ? ' follows' : 's follow'} it (copy a profile to keep its ladder keys)`,
    }));
}

async function recordOf(ctx: ServiceContext, db: Db, id: string): Promise<ProfileRecord> {
  const activeId = ctx.profiles.activeId();
  const builtin = builtinProfiles.find((p) => p.id === id);
  if (builtin) return { ...builtinItem(builtin, activeId), profile: builtin };
  const row = await profilesRepo.get(db, id);
  if (!row) throw new AppError('NOT_FOUND', `There is no profile "${id}".`);
  const profile = parseStoredProfile(row.id, row.json);
  return { ...customItem(row, profile, activeId), profile };
}

export async function listProfiles(ctx: ServiceContext): Promise<ProfileListItem[]> {
  const activeId = ctx.profiles.activeId();
  const rows = await profilesRepo.list(ctx.tracker.db);
  const custom = rows.flatMap((row) => {
    try {
      return [customItem(row, parseStoredProfile(row.id, row.json), activeId)];
    } catch {
      return [];
    }
  });
  return [...builtinProfiles.map((p) => builtinItem(p, activeId)), ...custom];
}

export const getProfile = (ctx: ServiceContext, id: string): Promise<ProfileRecord> => ctx.tracker.readTx((tx) => recordOf(ctx, tx, id));

/** Creates or changes a custom profile. Checked with the same rules as `cli profile check`. */
export async function saveProfile(ctx: ServiceContext, input: ParsedInput<'profiles.save'>): Promise<ProfileRecord> {
  const checked = validateProfile(input.profile);
  if (!checked.ok) throw invalid(checked.problems);
  const profile = checked.profile;
  const result = await ctx.tracker.writeTx(async (tx) => {
    if (await changeLogRepo.entityForOp(tx, input.opId, 'profile')) return recordOf(ctx, tx, profile.id);
    await requireAdministrator(ctx, tx, 'change protocol profiles');
    if (isBuiltinProfileId(profile.id))
      throw invalid([{ path: 'id', message: `"${profile.id}" is a built-in profile, which cannot be changed: give your copy a new id` }]);
    const existing = await profilesRepo.get(tx, profile.id);
    const at = ctx.now().toISOString();
    const json = JSON.stringify(profile);
    if (existing && input.version === undefined)
      throw invalid([{ path: 'id', message: `"${profile.id}" is already the id of the profile "${existing.name}": choose another id, or open that profile to change it` }]);
    if (existing) {
      if (existing.version !== input.version) throw conflict('profile', existing.updatedBy, existing.updatedAt, existing.version);
      if (ctx.profiles.activeId() === profile.id) {
        const missing = await missingLadders(tx, profile);
        if (missing.length) throw invalid(missing);
      }
      await profilesRepo.update(tx, profile.id, existing.version, { name: profile.name, json, updatedAt: at, updatedBy: ctx.actor.name });
    } else {
      if (input.version !== undefined) throw new AppError('NOT_FOUND', `The profile "${profile.id}" was deleted by someone else. Save it again as a new profile.`);
      await profilesRepo.insert(tx, { id: profile.id, name: profile.name, basedOn: input.basedOn, json, version: 1, createdAt: at, createdBy: ctx.actor.name, updatedAt: at, updatedBy: ctx.actor.name });
    }
    await changeLogRepo.record(tx, {
      entity: 'profile',
      entityId: profile.id,
      action: existing ? 'updated' : 'created',
      actor: ctx.actor.name,
      machine: ctx.machine,
      at,
      opId: input.opId,
      detail: JSON.stringify({ name: profile.name, basedOn: existing?.basedOn ?? input.basedOn, profile }),
    });
    return recordOf(ctx, tx, profile.id);
  });
  await ctx.profiles.refresh();
  return { ...result, active: ctx.profiles.activeId() === result.id };
}

/** Makes a profile the tracker's procedure (inside the caller's transaction; the caller checks the role). */
export async function activateProfileInTx(ctx: ServiceContext, tx: Db, id: string, opId: string): Promise<void> {
  const profile = await resolveProfile(tx, id);
  if (!profile) throw new AppError('NOT_FOUND', `There is no profile "${id}".`, { field: 'profileId' });
  const missing = await missingLadders(tx, profile);
  if (missing.length)
    throw new AppError('REFUSED', `${profile.name} cannot become the tracker’s procedure: it ${missing.map((m) => m.message).join('; ')}.`, { problems: missing });
  await writeSetting(ctx, tx, PROFILE_SETTING, id, opId);
}

export async function activateProfile(ctx: ServiceContext, input: ParsedInput<'profiles.activate'>): Promise<ProfileRecord> {
  await ctx.tracker.writeTx(async (tx) => {
    if (await changeLogRepo.entityForOp(tx, input.opId, 'setting')) return;
    await requireAdministrator(ctx, tx, 'choose the tracker’s protocol profile');
    await activateProfileInTx(ctx, tx, input.id, input.opId);
  });
  ctx.profiles.unpin();
  await ctx.profiles.refresh();
  return getProfile(ctx, input.id);
}

export async function deleteProfile(ctx: ServiceContext, input: ParsedInput<'profiles.delete'>): Promise<{ deleted: string }> {
  return ctx.tracker.writeTx(async (tx) => {
    if (await changeLogRepo.entityForOp(tx, input.opId, 'profile')) return { deleted: input.id };
    await requireAdministrator(ctx, tx, 'delete protocol profiles');
    if (isBuiltinProfileId(input.id)) throw new AppError('REFUSED', 'Built-in profiles cannot be deleted.');
    const row = await profilesRepo.get(tx, input.id);
    if (!row) throw new AppError('NOT_FOUND', `There is no profile "${input.id}".`);
    if (row.version !== input.version) throw conflict('profile', row.updatedBy, row.updatedAt, row.version);
    if (ctx.profiles.activeId() === input.id) throw new AppError('REFUSED', `${row.name} is the tracker’s active procedure; choose another profile first.`);
    const used = await profilesRepo.escalationsUsing(tx, input.id);
    if (used > 0) throw new AppError('REFUSED', `${used} escalation${used === 1 ? ' was' : 's were'} raised under ${row.name}, so it is kept for their history.`);
    await profilesRepo.remove(tx, input.id);
    const at = ctx.now().toISOString();
    await changeLogRepo.record(tx, { entity: 'profile', entityId: input.id, action: 'deleted', actor: ctx.actor.name, machine: ctx.machine, at, opId: input.opId, detail: JSON.stringify({ name: row.name, profile: JSON.parse(row.json) as unknown }) });
    return { deleted: input.id };
  });
}
