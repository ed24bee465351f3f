import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import { londonDateOf } from '../../shared/calendar';
import { describeNamed, stepsOf } from '../../shared/engine';
import type { EscalationDetail } from '../../shared/api/outputs';
import { letterDocumentTitles, type batchLettersSchema, type BatchItemResult, type generateLetterSchema, type GenerateLetterResult, type LetterDocument, type LetterFile, type LetterOption } from '../../shared/api/letters-contract';
import { lettersRepo, type LetterRecord } from '../../db/repositories/letters-repo';
import { changeLogRepo } from '../../db/repositories/change-log-repo';
import { LetterRequestError } from '../letters/letter-data';
import { renderLetter } from '../letters/render';
import { TemplateError } from '../letters/custom/fill-template';
import type { LetterData } from '../letters/types';
import { buildEml, cleanAddress, DOCX_MIME } from '../letters/eml';
import { emailBody, emailSubject } from '../letters/email-body';
import { letterFileName, writeNewFile } from '../letters/file-names';
import { describeAddressee } from '../letters/recipients';
import type { DesktopShell } from '../letters/desktop-shell';
import { safeFilePart, stageFileLabel } from '../letters/wording';
import { isServableLetter, letterPathIn, servableLetter, storedLetterPath } from '../letters/letter-paths';
import type { ServiceContext } from './context';
import { commandEscalation, getEscalation, requireUsableProcedure } from './escalation-service';
import { loadLetterhead, writableLettersFolder } from './letter-settings-service';
import { listTemplates, templateFor } from './letter-templates-service';

export interface LettersDeps {
  /** Electron's shell in the desktop app; absent in the web host and the CLI. */
  desktop?: DesktopShell;
}

const draftPathOf = (path: string) => path.replace(/\.docx$/i, '.eml');

/** A letter row as the renderer sees it; `lettersFolder` resolves the stored (relative) path. */
export function toLetterFile(r: LetterRecord, lettersFolder: string): LetterFile {
  const file = letterPathIn(lettersFolder, r.path);
  const draft = file ? draftPathOf(file) : null;
  return {
    id: r.id,
    escalationId: r.escalationId,
    stageKey: r.stageKey,
    document: r.document as LetterDocument,
    documentTitle: letterDocumentTitles[r.document as LetterDocument] ?? r.document,
    fileName: basename(r.path),
    path: file ?? r.path,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    exists: file !== null && isServableLetter(lettersFolder, file),
    draftFileName: file && draft && draft !== file && isServableLetter(lettersFolder, draft) ? basename(draft) : null,
  };
}

async function lettersFolderOf(ctx: ServiceContext): Promise<string> {
  return (await loadLetterhead(ctx)).lettersFolder;
}

/** The documents that fit this escalation as it stands, with the current stage's form first. */
export async function letterOptions(ctx: ServiceContext, escalationId: string): Promise<LetterOption[]> {
  const detail = await getEscalation(ctx, escalationId);
  const { templates } = await listTemplates(ctx);
  const steps = stepsOf(detail.ladder);
  const reached = steps.filter((s) => detail.state.stages.some((x) => x.key === s.key && x.clock));
  const options: LetterOption[] = [];
  const add = (document: LetterDocument, step: (typeof steps)[number], label: string, templateId: string | null = null) => {
    const named = detail.state.stages.find((s) => s.key === step.key)?.recipient;
    options.push({ document, stageKey: step.key, label, templateId, recipient: describeNamed(named, step.recipientRole), recipientEmail: named?.email ?? '', suggested: false });
  };
  for (const step of [...reached].reverse()) {
    if (step.kind === 'informal') add('informal', step, `Informal escalation email – ${step.label}`);
    else if (step.kind !== 'external-referral') add('stage-form', step, `Escalation form – ${step.label}`);
    if (step.kind === 'meeting') add('meeting-statement', step, `Meeting statement – ${step.label}`);
  }
  const current = steps.find((s) => s.key === detail.state.currentStageKey) ?? reached.at(-1);
  const cafcassAllowed = ctx.profile().rules.cafcass.allowed && ctx.profile().rules.cafcass.cohorts.includes(detail.state.cohort);
  if (current && (cafcassAllowed || detail.state.cafcassReferred)) add('cafcass', current, 'Cafcass referral summary');
  if (current && detail.state.status !== 'open') add('resolution', current, 'Resolution record (case file and copy)');
  for (const t of templates.filter((x) => x.document === 'custom' && !x.problem && x.unknown.length === 0)) if (current) add('custom', current, `Team template – ${t.name}`, t.id);
  if (options[0]) options[0].suggested = true;
  return options;
}

interface OneLetter {
  escalationId: string;
  /** The recipient's address typed for this draft when nobody had one. */
  toEmail?: string;
  document: LetterDocument;
  stageKey?: string;
  templateId?: string;
  emailDraft: boolean;
  opId: string;
}

/** Makes one letter: data from the escalation, built-in or team template, a new file, an optional draft, a row. */
async function makeLetter(ctx: ServiceContext, req: OneLetter, detail: EscalationDetail): Promise<{ letter: LetterFile; draftFileName: string | null; missing: string[]; to: string; warning: string | null }> {
  // A read-only tracker cannot list the letter: refuse before a file is written rather than after.
  if (ctx.tracker.readOnlyReason) throw new AppError('READ_ONLY', ctx.tracker.readOnlyReason);
  requireUsableProcedure(ctx);
  const profile = ctx.profile();
  const today = londonDateOf(ctx.now());
  const { letterhead, lettersFolder } = await loadLetterhead(ctx);
  const directory = await lettersRepo.directory(ctx.tracker.db);
  const stageKey = req.stageKey ?? (req.document === 'informal' ? 'informal' : detail.state.currentStageKey);
  const { template, warning } = await templateFor(ctx, req.document, stageKey, req.templateId);
  if (req.document === 'custom' && !template) throw new AppError('INVALID', 'Choose which team template to use.', { field: 'templateId' });
  let data: LetterData;
  let bytes: Buffer;
  // The row's id is chosen first: the returnable form carries it, to be matched when it comes back.
  const letterId = ctx.newId();
  try {
    ({ data, bytes } = await renderLetter({ detail, profile, document: req.document, stageKey: req.stageKey, documentTitle: req.document === 'custom' ? template?.name : undefined, letterhead, directory, today, actorName: ctx.actor.name, template, letterId }));
  } catch (err) {
    if (err instanceof LetterRequestError) throw new AppError('REFUSED', err.message);
    if (err instanceof TemplateError) throw new AppError('INVALID', err.message);
    throw err;
  }
  if (req.emailDraft && req.toEmail) data = { ...data, to: { ...data.to, email: req.toEmail } };
  // A draft with no To line goes nowhere: the address is asked for before anything is written.
  if (req.emailDraft && !cleanAddress(data.to.email))
    throw new AppError('INVALID', `Enter the email address of ${describeAddressee(data.to)} for the draft: neither the escalation nor People has one.`, { field: 'toEmail', recipient: describeAddressee(data.to) });
  const folder = join(await writableLettersFolder(ctx, lettersFolder), safeFilePart(detail.child.caseId) || 'no-case-id');
  let path: string;
  try {
    path = await writeNewFile(folder, letterFileName(today, detail.child.caseId, stageFileLabel(data.stage.label, data.stage.number, data.stage.kind), data.documentTitle), bytes);
  } catch (err) {
    throw new AppError('OFFLINE', `The letter could not be saved in ${folder} (${(err as Error).message}). Check the folder can be reached, or choose another in Settings → Letters.`);
  }
  let draftFileName: string | null = null;
  if (req.emailDraft) {
    const eml = buildEml({ to: [data.to], cc: data.cc, subject: emailSubject(data), body: emailBody(data), attachment: { fileName: basename(path), data: bytes, mimeType: DOCX_MIME }, date: ctx.now() });
    await writeFile(draftPathOf(path), eml, 'utf8');
    draftFileName = basename(draftPathOf(path));
  }
  const record = await ctx.tracker.writeTx(async (tx) => {
    const again = await lettersRepo.forOp(tx, req.opId);
    if (again) return again;
    const id = letterId;
    const at = ctx.now().toISOString();
    await lettersRepo.insert(tx, { id, escalationId: detail.row.id, stageKey: data.stage.key, document: req.document, path: storedLetterPath(lettersFolder, path), createdAt: at, createdBy: ctx.actor.name, opId: req.opId });
    await changeLogRepo.record(tx, { entity: 'letter', entityId: id, action: 'generated', actor: ctx.actor.name, machine: ctx.machine, at, opId: req.opId, detail: JSON.stringify({ escalationId: detail.row.id, document: req.document, stageKey: data.stage.key, file: basename(path) }) });
    return (await lettersRepo.get(tx, id))!;
  });
  const missing = [data.to, ...data.cc].filter((a) => !cleanAddress(a.email)).map(describeAddressee);
  return { letter: toLetterFile(record, lettersFolder), draftFileName, missing: req.emailDraft ? missing : [], to: describeAddressee(data.to), warning };
}

export async function generateLetter(ctx: ServiceContext, input: z.output<typeof generateLetterSchema>): Promise<GenerateLetterResult> {
  const done = await lettersRepo.forOp(ctx.tracker.db, input.opId);
  if (done) {
    const letter = toLetterFile(done, await lettersFolderOf(ctx));
    return { letter, draftFileName: letter.draftFileName, missingAddresses: [], sentRecorded: false, sentError: null, detail: null, templateWarning: null };
  }
  const detail = await getEscalation(ctx, input.escalationId);
  const made = await makeLetter(ctx, input, detail);
  const result: GenerateLetterResult = { letter: made.letter, draftFileName: made.draftFileName, missingAddresses: made.missing, sentRecorded: false, sentError: null, detail: null, templateWarning: made.warning };
  if (!input.recordSent) return result;
  if (made.letter.stageKey !== detail.state.currentStageKey || detail.state.status !== 'open') {
    return { ...result, sentError: 'The letter was saved, but only a letter for the current stage of an open escalation can be recorded as sent.' };
  }
  try {
    const updated = await commandEscalation(ctx, {
      id: detail.row.id,
      version: input.version ?? detail.version,
      opId: `${input.opId}:sent`,
      command: { kind: 'record-letter-sent', sentOn: londonDateOf(ctx.now()), to: made.to },
    });
    return { ...result, sentRecorded: true, detail: updated };
  } catch (err) {
    return { ...result, sentError: `The letter was saved, but "letter sent" was not recorded: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Letters for several escalations, each on its own: one failure is reported and the rest carry on. */
export async function batchLetters(ctx: ServiceContext, input: z.output<typeof batchLettersSchema>): Promise<{ results: BatchItemResult[] }> {
  const results: BatchItemResult[] = [];
  for (const escalationId of input.escalationIds) {
    const opId = `${input.opId}:${escalationId}`;
    let detail: EscalationDetail | undefined;
    try {
      const done = await lettersRepo.forOp(ctx.tracker.db, opId);
      detail = await getEscalation(ctx, escalationId);
      const letter = done ? toLetterFile(done, await lettersFolderOf(ctx)) : (await makeLetter(ctx, { ...input, escalationId, opId }, detail)).letter;
      results.push({ escalationId, ok: true, caseId: detail.child.caseId, childName: detail.child.name, letter, message: letter.fileName });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      results.push({ escalationId, ok: false, caseId: detail?.child.caseId ?? '', childName: detail?.child.name ?? '', letter: null, message });
    }
  }
  return { results };
}

export async function listLetters(ctx: ServiceContext, escalationId: string): Promise<LetterFile[]> {
  const folder = await lettersFolderOf(ctx);
  return (await lettersRepo.forEscalation(ctx.tracker.db, escalationId)).map((r) => toLetterFile(r, folder));
}

/** Only a .docx/.eml whose real path is inside the Letters folder is served or opened (see letter-paths.ts). */
async function letterPath(ctx: ServiceContext, id: string, part: 'letter' | 'draft' | 'folder'): Promise<string> {
  const r = await lettersRepo.get(ctx.tracker.db, id);
  if (!r) throw new AppError('NOT_FOUND', 'That letter is not in the tracker.');
  const stored = part === 'draft' ? draftPathOf(r.path) : r.path;
  return servableLetter(await lettersFolderOf(ctx), stored);
}

export async function downloadLetter(ctx: ServiceContext, id: string, part: 'letter' | 'draft'): Promise<{ fileName: string; mimeType: string; base64: string }> {
  const path = await letterPath(ctx, id, part);
  return { fileName: basename(path), mimeType: part === 'draft' ? 'message/rfc822' : DOCX_MIME, base64: (await readFile(path)).toString('base64') };
}

export async function openLetter(ctx: ServiceContext, deps: LettersDeps, id: string, part: 'letter' | 'draft' | 'folder'): Promise<{ opened: boolean }> {
  if (!deps.desktop) throw new AppError('REFUSED', 'Opening files works in the desktop app. Here, use Download instead.');
  const path = await letterPath(ctx, id, part);
  if (part === 'folder') {
    deps.desktop.showItemInFolder(path);
    return { opened: true };
  }
  const problem = await deps.desktop.openPath(path);
  if (problem) throw new AppError('REFUSED', `${basename(path)} could not be opened: ${problem}`);
  return { opened: true };
}
