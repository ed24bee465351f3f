import { AppError } from '../../shared/api/result';
import type { ParsedInput } from '../../shared/api/contract';
import type { SettingRecord } from '../../shared/api/settings-outputs';
import type { Db } from '../../db/tracker';
import { changeLogRepo } from '../../db/repositories/change-log-repo';
import { settingsWriteRepo, type SettingRow } from '../../db/repositories/settings-write-repo';
import type { ServiceContext } from './context';
import { conflict } from './errors';
import { APP_ROLES_SETTING, requireAdministrator } from './app-roles';
import { PROFILE_SETTING } from './active-profile';

/** Settings with their own calls (and their own checks): settings.set refuses them. */
const MANAGED: Record<string, string> = {
  [PROFILE_SETTING]: 'Choose the profile on the Protocol profile page instead.',
  [APP_ROLES_SETTING]: 'Change what people may do on the People page instead.',
};

export function toSettingRecord(row: SettingRow): SettingRecord {
  return { key: row.key, value: JSON.parse(row.value) as unknown, version: row.version, updatedAt: row.updatedAt, updatedBy: row.updatedBy };
}

/**
 * Writes one setting inside the caller's transaction and records it in the change log (who, when,
 * the value before and after). With `version` it refuses a stale write (CONFLICT); without, it replaces
 * whatever is there (callers that read-modify-write inside the same transaction).
 */
export async function writeSetting(ctx: ServiceContext, tx: Db, key: string, value: unknown, opId: string, version?: number | null): Promise<SettingRecord> {
  const before = await settingsWriteRepo.row(tx, key);
  const at = ctx.now().toISOString();
  // A setting never saved reads as version 0 (the API's null says the same).
  const expected = version === undefined ? (before?.version ?? 0) : (version ?? 0);
  if (!(await settingsWriteRepo.put(tx, key, value, expected, ctx.actor.name, at))) {
    if (before) throw conflict('setting', before.updatedBy, before.updatedAt, before.version);
    throw new AppError('NOT_FOUND', `The setting "${key}" does not exist yet: save it without a version.`);
  }
  await changeLogRepo.record(tx, {
    entity: 'setting',
    entityId: key,
    action: before ? 'changed' : 'created',
    actor: ctx.actor.name,
    machine: ctx.machine,
    at,
    opId,
    detail: JSON.stringify({ from: before ? (JSON.parse(before.value) as unknown) : null, to: value }),
  });
  return toSettingRecord((await settingsWriteRepo.row(tx, key))!);
}

export async function listSettings(ctx: ServiceContext): Promise<SettingRecord[]> {
  return (await settingsWriteRepo.all(ctx.tracker.db)).map(toSettingRecord);
}

export async function setSetting(ctx: ServiceContext, input: ParsedInput<'settings.set'>): Promise<SettingRecord> {
  const managed = MANAGED[input.key];
  if (managed) throw new AppError('INVALID', `The setting "${input.key}" cannot be changed directly. ${managed}`, { field: 'key' });
  return ctx.tracker.writeTx(async (tx) => {
    if (await changeLogRepo.entityForOp(tx, input.opId, 'setting')) return toSettingRecord((await settingsWriteRepo.row(tx, input.key))!);
    await requireAdministrator(ctx, tx, 'change the tracker’s settings');
    return writeSetting(ctx, tx, input.key, input.value, input.opId, input.version);
  });
}
