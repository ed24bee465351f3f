import { mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type { LetterSettings, letterSettingsSaveSchema } from '../../shared/api/letters-contract';
import { changeLogRepo } from '../../db/repositories/change-log-repo';
import { imageInfo } from '../letters/image-size';
import type { Letterhead } from '../letters/types';
import { settingsWriteRepo } from '../../db/repositories/settings-write-repo';
import type { ServiceContext } from './context';
import { conflict } from './errors';
import { requireAdministrator } from './app-roles';
import { checkRealFolder, folderInside, readOwnedFile } from '../files/owned-paths';

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

/**
 * The team's folder beside a server's tracker, where letters and team templates are kept (a file share every desktop
 * reaches): this machine's setting, never read from the server. Without it, a folder in the person's documents.
 */
export const SERVER_TRACKER_FOLDER_ENV = 'ESCALATION_TRACKER_FOLDER';
const serverFolder = (ctx: ServiceContext) => {
  const database = /\/([^/?]+)(\?|$)/.exec(ctx.tracker.file.replace(/^postgres(ql)?:\/\/[^/]*/i, ''))?.[1] ?? 'tracker';
  return resolve(process.env[SERVER_TRACKER_FOLDER_ENV] || join(homedir(), 'Escalation Tracker', database.replace(/[^A-Za-z0-9_.-]/g, '_')));
};
/** The tracker's folder: the file's, or for a server the team's folder set on this machine. */
const trackerDir = (ctx: ServiceContext) => (ctx.tracker.dialect === 'postgres' ? serverFolder(ctx) : dirname(resolve(ctx.tracker.file)));
export const templatesFolder = (ctx: ServiceContext) => join(trackerDir(ctx), 'templates');
/** The largest logo read for the letterhead (a planted /dev/zero or a huge picture is refused before reading). */
export const MAX_LOGO_BYTES = 5 * 1024 * 1024;
/**
 * The administrator's local choice of Letters folder on this desktop (an absolute path, e.g. another drive):
 * an environment setting of the machine, never read from the shared tracker.
 */
export const LOCAL_LETTERS_FOLDER_ENV = 'ESCALATION_TRACKER_LETTERS_FOLDER';

async function stored(ctx: ServiceContext): Promise<{ head: StoredLetterhead; folder: string; version: number }> {
  const [head, folder] = await Promise.all([
    settingsWriteRepo.value<StoredLetterhead>(ctx.tracker.db, LETTERHEAD_KEY),
    settingsWriteRepo.value<string>(ctx.tracker.db, LETTERS_FOLDER_KEY),
  ]);
  return {
    head: { authorityName: head?.value.authorityName ?? '', logoPath: head?.value.logoPath ?? null, protectiveMarking: head?.value.protectiveMarking ?? DEFAULT_MARKING },
    folder: folder?.value ?? '',
    version: head?.version ?? 0,
  };
}

/** The protective marking of Settings → Letters, also printed on every page of the Word report (it lists case IDs). */
export async function protectiveMarkingOf(ctx: ServiceContext): Promise<string> {
  return (await stored(ctx)).head.protectiveMarking;
}

/**
 * Where letters are saved: the tracker's setting is a folder INSIDE the tracker's folder ("Letters" by default);
 * anything else read from the shared file (an absolute path, a UNC share, "..") is not followed and the default
 * is used. Only this desktop's own environment setting may point elsewhere.
 */
export function resolveLettersFolder(ctx: ServiceContext, setting: string): string {
  const local = process.env[LOCAL_LETTERS_FOLDER_ENV]?.trim();
  if (local && isAbsolute(local)) return local;
  return folderInside(trackerDir(ctx), setting) ?? join(trackerDir(ctx), 'Letters');
}

/** The letters folder ready to write in: a link planted in its place that leads elsewhere is refused. */
export async function writableLettersFolder(ctx: ServiceContext, folder: string): Promise<string> {
  if (process.env[LOCAL_LETTERS_FOLDER_ENV]?.trim() === folder) return folder;
  try {
    await checkRealFolder(trackerDir(ctx), folder);
  } catch (err) {
    throw new AppError('REFUSED', err instanceof Error ? err.message : String(err));
  }
  return folder;
}

/** The logo as stored ("templates/letterhead-logo.png"): read only from the templates folder, within its size limit. */
async function readLogo(ctx: ServiceContext, stored: string): Promise<Letterhead['logo']> {
  const match = /^templates[\\/]([^\\/]+)$/.exec(stored.trim());
  if (!match) return null;
  try {
    const data = new Uint8Array(await readOwnedFile(templatesFolder(ctx), match[1]!, MAX_LOGO_BYTES, 'The letterhead logo'));
    const info = imageInfo(data);
    return info ? { data, ...info } : null;
  } catch {
    return null;
  }
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
  const logo = s.head.logoPath ? await readLogo(ctx, s.head.logoPath) : null;
  return {
    letterhead: { authorityName: s.head.authorityName || ctx.profile().authority, logo, protectiveMarking: s.head.protectiveMarking },
    lettersFolder: resolveLettersFolder(ctx, s.folder),
  };
}

export async function saveLetterSettings(ctx: ServiceContext, input: z.output<typeof letterSettingsSaveSchema>): Promise<LetterSettings> {
  // The letterhead is on every letter the team sends: only an administrator changes it.
  await requireAdministrator(ctx, ctx.tracker.db, 'change the letterhead');
  if (input.lettersFolder.trim() && !folderInside(trackerDir(ctx), input.lettersFolder))
    throw new AppError(
      'INVALID',
      `The Letters folder must be a folder inside the tracker's folder (${trackerDir(ctx)}), such as "Letters" or "Correspondence/2026": every desktop finds it there. To keep letters elsewhere on one desktop, set ${LOCAL_LETTERS_FOLDER_ENV} on that computer.`,
      { field: 'lettersFolder' },
    );
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
    const current = await settingsWriteRepo.value<StoredLetterhead>(tx, LETTERHEAD_KEY);
    if ((current?.version ?? 0) !== input.version) {
      const meta = (await settingsWriteRepo.row(tx, LETTERHEAD_KEY))!;
      throw conflict('letterhead', meta.updatedBy, meta.updatedAt, meta.version);
    }
    const at = ctx.now().toISOString();
    const head: StoredLetterhead = {
      authorityName: input.authorityName,
      logoPath: logoPath === undefined ? (current?.value.logoPath ?? null) : logoPath,
      protectiveMarking: input.protectiveMarking,
    };
    await settingsWriteRepo.put(tx, LETTERHEAD_KEY, head, input.version, ctx.actor.name, at);
    const folder = await settingsWriteRepo.value<string>(tx, LETTERS_FOLDER_KEY);
    await settingsWriteRepo.put(tx, LETTERS_FOLDER_KEY, input.lettersFolder, folder?.version ?? 0, ctx.actor.name, at);
    for (const [key, value] of [
      [LETTERHEAD_KEY, head],
      [LETTERS_FOLDER_KEY, input.lettersFolder],
    ] as const) {
      await changeLogRepo.record(tx, { entity: 'setting', entityId: key, action: 'changed', actor: ctx.actor.name, machine: ctx.machine, at, opId: input.opId, detail: JSON.stringify({ to: value }) });
    }
  });
  return getLetterSettings(ctx);
}
