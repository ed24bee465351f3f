import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import type { importTemplateSchema, LetterDocument, TemplateInfo } from '../../shared/api/letters-contract';
import { changeLogRepo } from '../../db/repositories/change-log-repo';
import { inspectTemplate, TemplateError, unknownPlaceholders } from '../letters/custom/fill-template';
import { MAX_TEMPLATE_BYTES, tooLarge } from '../letters/custom/package-checks';
import { writeNewFile } from '../letters/file-names';
import { isPlainFileName, OwnedPathError, readOwnedFile } from '../files/owned-paths';
import { safeFilePart } from '../letters/wording';
import { settingsWriteRepo } from '../../db/repositories/settings-write-repo';
import type { ServiceContext } from './context';
import { templatesFolder } from './letter-settings-service';
import { requireAdministrator } from './app-roles';

/**
 * The team's own Word templates: .docx files in templates/ beside the tracker (so everyone uses the same
 * ones) and, in the 'letterTemplates' setting, which document and stage each one replaces.
 */
export const TEMPLATES_KEY = 'letterTemplates';

interface TemplateEntry {
  file: string;
  name: string;
  document: LetterDocument;
  stageKey: string | null;
  uploadedAt: string;
  uploadedBy: string;
}

async function entries(ctx: ServiceContext): Promise<{ list: TemplateEntry[]; version: number }> {
  const s = await settingsWriteRepo.value<TemplateEntry[]>(ctx.tracker.db, TEMPLATES_KEY);
  return { list: s?.value ?? [], version: s?.version ?? 0 };
}

async function describe(ctx: ServiceContext, e: TemplateEntry): Promise<TemplateInfo> {
  const base: TemplateInfo = { id: e.file, name: e.name, document: e.document, stageKey: e.stageKey, fileName: e.file, placeholders: [], unknown: [], problem: null, uploadedAt: e.uploadedAt || null, uploadedBy: e.uploadedBy || null };
  let data: Buffer;
  try {
    // The entry's file name comes from the shared tracker: only a plain name inside templates/, a real file,
    // held to the upload's limit before it is read (a file copied into the folder by hand too).
    const { size } = await stat(join(templatesFolder(ctx), e.file)).catch(() => ({ size: 0 }));
    if (isPlainFileName(e.file) && size > MAX_TEMPLATE_BYTES) return { ...base, problem: tooLarge(e.file, size) };
    data = await readOwnedFile(templatesFolder(ctx), e.file, MAX_TEMPLATE_BYTES, `The team template “${e.name}”`);
  } catch (err) {
    return { ...base, problem: err instanceof OwnedPathError ? err.message : `The file ${e.file} is no longer in ${templatesFolder(ctx)}.` };
  }
  try {
    return { ...base, ...(await inspectTemplate(new Uint8Array(data), e.file)) };
  } catch (err) {
    return { ...base, problem: err instanceof Error ? err.message : String(err) };
  }
}

/** Registered templates, then any .docx someone dropped into the folder by hand (usable as "team template"). */
export async function listTemplates(ctx: ServiceContext): Promise<{ folder: string; templates: TemplateInfo[] }> {
  const folder = templatesFolder(ctx);
  const { list } = await entries(ctx);
  // Word's lock files (~$name.docx) are not templates; a missing folder means none yet.
  const files = await readdir(folder).then(
    (all) => all.filter((f) => /\.docx$/i.test(f) && !f.startsWith('~$')),
    () => [] as string[],
  );
  const loose = files.filter((f) => !list.some((e) => e.file === f)).map((f): TemplateEntry => ({ file: f, name: f.replace(/\.docx$/i, ''), document: 'custom', stageKey: null, uploadedAt: '', uploadedBy: '' }));
  return { folder, templates: await Promise.all([...list, ...loose].map((e) => describe(ctx, e))) };
}

export interface ChosenTemplate {
  template: { data: Uint8Array; fileName: string; name: string } | null;
  /** Set when the team's replacement could not be used and the built-in form was made instead. */
  warning: string | null;
}

/**
 * The template that replaces a built-in document at a stage (one for that stage first, then one for every
 * stage). A broken replacement does not block every form letter: the built-in form is used, with a warning
 * naming the problem. A template asked for by name (a custom document) that is broken is refused.
 */
export async function templateFor(ctx: ServiceContext, document: LetterDocument, stageKey: string, templateId?: string): Promise<ChosenTemplate> {
  const { templates } = await listTemplates(ctx);
  const chosen = templateId
    ? templates.find((t) => t.id === templateId)
    : document === 'custom'
      ? undefined
      : (templates.find((t) => t.document === document && t.stageKey === stageKey) ?? templates.find((t) => t.document === document && t.stageKey === null));
  if (templateId && !chosen) throw new AppError('NOT_FOUND', `There is no team template "${templateId}" in ${templatesFolder(ctx)}.`);
  if (!chosen) return { template: null, warning: null };
  const problem = chosen.problem ?? (chosen.unknown.length ? unknownPlaceholders(chosen.fileName, chosen.unknown) : null);
  if (problem && (templateId || document === 'custom')) throw new AppError('INVALID', problem);
  if (problem) return { template: null, warning: `The team template “${chosen.name}” could not be used, so the built-in form was made instead. ${problem}` };
  const data = new Uint8Array(await readOwnedFile(templatesFolder(ctx), chosen.fileName, MAX_TEMPLATE_BYTES, `The team template “${chosen.name}”`).catch((err: unknown) => {
    throw new AppError('INVALID', err instanceof Error ? err.message : String(err));
  }));
  return { template: { data, fileName: chosen.fileName, name: chosen.name }, warning: null };
}

export async function importTemplate(ctx: ServiceContext, input: z.output<typeof importTemplateSchema>): Promise<TemplateInfo> {
  const done = await changeLogRepo.entityForOp(ctx.tracker.db, input.opId, 'letter-template');
  if (done) {
    const again = (await listTemplates(ctx)).templates.find((t) => t.id === done);
    if (again) return again;
  }
  // Templates are the team's shared letters: like the profile, only an administrator changes them.
  await requireAdministrator(ctx, ctx.tracker.db, 'add letter templates');
  const data = new Uint8Array(Buffer.from(input.base64, 'base64'));
  const fileName = `${safeFilePart(basename(input.fileName).replace(/\.docx$/i, '')) || 'template'}.docx`;
  try {
    const check = await inspectTemplate(data, fileName);
    // Nothing is stored until the template can be used: a typo found later would block letters then.
    if (check.unknown.length) throw new TemplateError(unknownPlaceholders(fileName, check.unknown));
  } catch (err) {
    if (err instanceof TemplateError) throw new AppError('INVALID', err.message, { field: 'file' });
    throw err;
  }
  const path = await writeNewFile(templatesFolder(ctx), fileName, data);
  const file = basename(path);
  const at = ctx.now().toISOString();
  const entry: TemplateEntry = { file, name: input.name, document: input.document, stageKey: input.stageKey, uploadedAt: at, uploadedBy: ctx.actor.name };
  await ctx.tracker.writeTx(async (tx) => {
    await requireAdministrator(ctx, tx, 'add letter templates');
    const current = await settingsWriteRepo.value<TemplateEntry[]>(tx, TEMPLATES_KEY);
    await settingsWriteRepo.put(tx, TEMPLATES_KEY, [...(current?.value ?? []), entry], current?.version ?? 0, ctx.actor.name, at);
    await changeLogRepo.record(tx, { entity: 'letter-template', entityId: file, action: 'imported', actor: ctx.actor.name, machine: ctx.machine, at, opId: input.opId, detail: JSON.stringify(entry) });
  });
  return describe(ctx, entry);
}

/** Takes a template out of use; the file moves to templates/removed/ rather than being deleted. */
export async function removeTemplate(ctx: ServiceContext, input: { id: string; opId: string }): Promise<{ removed: boolean }> {
  if (await changeLogRepo.entityForOp(ctx.tracker.db, input.opId, 'letter-template')) return { removed: true };
  const folder = templatesFolder(ctx);
  const file = basename(input.id);
  const at = ctx.now().toISOString();
  await ctx.tracker.writeTx(async (tx) => {
    await requireAdministrator(ctx, tx, 'remove letter templates');
    const current = await settingsWriteRepo.value<TemplateEntry[]>(tx, TEMPLATES_KEY);
    if (!current?.value.some((e) => e.file === file)) throw new AppError('NOT_FOUND', `There is no team template called ${file}, so nothing was removed. It may have been removed already; refresh the list.`, { field: 'id' });
    await settingsWriteRepo.put(tx, TEMPLATES_KEY, current.value.filter((e) => e.file !== file), current.version, ctx.actor.name, at);
    await changeLogRepo.record(tx, { entity: 'letter-template', entityId: file, action: 'removed', actor: ctx.actor.name, machine: ctx.machine, at, opId: input.opId, detail: '{}' });
  });
  try {
    await mkdir(join(folder, 'removed'), { recursive: true });
    await rename(join(folder, file), join(folder, 'removed', `${at.replace(/[:.]/g, '-')} ${file}`));
  } catch {
    // Already gone (moved by hand): the setting no longer lists it, which is what matters.
  }
  return { removed: true };
}
