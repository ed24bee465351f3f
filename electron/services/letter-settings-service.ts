import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type { LetterSettings, letterSettingsSaveSchema } from '../../shared/api/letters-contract';
import { lettersRepo } from '../../db/repositories/letters-repo';
import { changeLogRepo } from '../../db/repositories/change-log-repo';
import { imageInfo } from '../letters/image-size';
import type { Letterhead } from '../letters/types';
import type { ServiceContext } from './context';
import { conflict } from './errors';
import { requireAdministrator } from './app-roles';

/** Settings keys of the letters area (tracker-wide, so the whole team's letters look the same). */
export const LETTERHEAD_KEY = 'letterhead';
export const LETTERS_FOLDER_KEY = 'lettersFolder';
export const DEFAULT_MARKING = 'OFFICIAL-SENSITIVE';

interface StoredLetterhead {
  authorityName: string;
  /** Relative to the tracker's folder (so it works from every desktop) or absolute. */
  logoPath: string | null;
  protectiveMarking: string;
}

const trackerDir = (ctx: ServiceContext) => dirname(resolve(ctx.tracker.file));
export const templatesFolder = (ctx: ServiceContext) => join(trackerDir(ctx), 'templates');
const inTracker = (ctx: ServiceContext, path: string) => (isAbsolute(path) ? path : join(trackerDir(ctx), path));

async function stored(ctx: ServiceContext): Promise<{ head: StoredLetterhead; folder: string; version: number }> {
  const [head, folder] = await Promise.all([
    lettersRepo.setting<StoredLetterhead>(ctx.tracker.db, LETTERHEAD_KEY),
    lettersRepo.setting<string>(ctx.tracker.db, LETTERS_FOLDER_KEY),
  ]);
  return {
    head: { authorityName: head?.value.authorityName ?? '', logoPath: head?.value.logoPath ?? null, protectiveMarking: head?.value.protectiveMarking ?? DEFAULT_MARKING },
    folder: folder?.value ?? '',
    version: head?.version ?? 0,
  };
}

/** Where letters are saved: the setting resolved against the tracker's folder; default "Letters" beside the tracker. */
export function resolveLettersFolder(ctx: ServiceContext, setting: string): string {
  return inTracker(ctx, setting.trim() || 'Letters');
}

export async function getLetterSettings(ctx: ServiceContext): Promise<LetterSettings> {
  const s = await stored(ctx);
  return {
    authorityName: s.head.authorityName || ctx.profile().authority,
    protectiveMarking: s.head.protectiveMarking,
    lettersFolder: s.folder,
    resolvedLettersFolder: resolveLettersFolder(ctx, s.folder),
    templatesFolder: templatesFolder(ctx),
    logoFileName: s.head.logoPath ? (s.head.logoPath.split(/[\\/]/).pop() ?? null) : null,
    version: s.version,
  };
}

/** The letterhead as generation needs it, with the logo's bytes read (a missing logo file is left out, not an error). */
export async function loadLetterhead(ctx: ServiceContext): Promise<{ letterhead: Letterhead; lettersFolder: string }> {
  const s = await stored(ctx);
  let logo: Letterhead['logo'] = null;
  if (s.head.logoPath) {
    try {
      const data = new Uint8Array(await readFile(inTracker(ctx, s.head.logoPath)));
      const info = imageInfo(data);
      if (info) logo = { data, ...info };
    } catch {
      logo = null;
    }
  }
  return {
    letterhead: { authorityName: s.head.authorityName || ctx.profile().authority, logo, protectiveMarking: s.head.protectiveMarking },
    lettersFolder: resolveLettersFolder(ctx, s.folder),
  };
}

export async function saveLetterSettings(ctx: ServiceContext, input: z.output<typeof letterSettingsSaveSchema>): Promise<LetterSettings> {
  // The letterhead is on every letter the team sends: only an administrator changes it.
  await requireAdministrator(ctx, ctx.tracker.db, 'change the letterhead');
  let logoPath: string | null | undefined;
  if (input.logo) {
    const data = new Uint8Array(Buffer.from(input.logo.base64, 'base64'));
    const info = imageInfo(data);
    if (!info) throw new AppError('INVALID', `${input.logo.fileName} is not a PNG or JPEG picture. Save the logo as .png or .jpg and choose it again.`, { field: 'logo' });
    // The logo lives with the team's templates beside the tracker, so every desktop's letters carry it.
    const name = `letterhead-logo.${info.type === 'png' ? 'png' : 'jpg'}`;
    await mkdir(templatesFolder(ctx), { recursive: true });
    await writeFile(join(templatesFolder(ctx), name), data);
    logoPath = `templates/${name}`;
  } else if (input.logo === null) logoPath = null;

  await ctx.tracker.writeTx(async (tx) => {
    if (await changeLogRepo.entityForOp(tx, input.opId, 'setting')) return;
    await requireAdministrator(ctx, tx, 'change the letterhead');
    const current = await lettersRepo.setting<StoredLetterhead>(tx, LETTERHEAD_KEY);
    if ((current?.version ?? 0) !== input.version) {
      const meta = (await lettersRepo.settingMeta(tx, LETTERHEAD_KEY))!;
      throw conflict('letterhead', meta.updatedBy, meta.updatedAt, meta.version);
    }
    const at = ctx.now().toISOString();
    const head: StoredLetterhead = {
      authorityName: input.authorityName,
      logoPath: logoPath === undefined ? (current?.value.logoPath ?? null) : logoPath,
      protectiveMarking: input.protectiveMarking,
    };
    await lettersRepo.putSetting(tx, LETTERHEAD_KEY, head, input.version, ctx.actor.name, at);
    const folder = await lettersRepo.setting<string>(tx, LETTERS_FOLDER_KEY);
    await lettersRepo.putSetting(tx, LETTERS_FOLDER_KEY, input.lettersFolder, folder?.version ?? 0, ctx.actor.name, at);
    for (const [key, value] of [
      [LETTERHEAD_KEY, head],
      [LETTERS_FOLDER_KEY, input.lettersFolder],
    ] as const) {
      await changeLogRepo.record(tx, { entity: 'setting', entityId: key, action: 'changed', actor: ctx.actor.name, machine: ctx.machine, at, opId: input.opId, detail: JSON.stringify({ to: value }) });
    }
  });
  return getLetterSettings(ctx);
}
