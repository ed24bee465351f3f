import { join } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../shared/api/result';
import { formatLongDate, londonDateOf } from '../../shared/calendar';
import { stepsOf } from '../../shared/engine';
import type { EscalationDetail } from '../../shared/api/outputs';
import type { ReturnedFields, ReturnedFormReport, readReturnedSchema, recordReturnedSchema } from '../../shared/api/returned-forms-contract';
import { lettersRepo } from '../../db/repositories/letters-repo';
import { NotAFormError, readForm, type FormReading } from '../letters/form/read-form';
import { docxInside, ReturnedFileError, type ReturnedDocx } from '../letters/form/returned-file';
import { RESPONSE_FIELDS } from '../letters/form/fields';
import { letterFileName, writeNewFile } from '../letters/file-names';
import { safeFilePart, stageFileLabel, stageTitle } from '../letters/wording';
import type { ServiceContext } from './context';
import { commandEscalation, getEscalation } from './escalation-service';
import { loadLetterhead, writableLettersFolder } from './letter-settings-service';

/**
 * The manager's returned form: what it says, whether it may be recorded, and recording it. A form is
 * refused, and nothing recorded, when it is for another child or stage, its stage already has a response,
 * it is still blank, or its text was changed outside the response fields.
 */

const labelOf = (key: string) => RESPONSE_FIELDS.find((f) => f.key === key)!.alias;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function emptyReport(file: string): ReturnedFormReport {
  return {
    file,
    escalationId: null,
    stageKey: null,
    letterId: null,
    caseId: null,
    childName: null,
    stageTitle: null,
    fields: { what: '', who: '', byWhen: null, outcomeKeys: [], date: null, respondent: '' },
    via: 'none',
    checkNeeded: false,
    recorded: false,
    problems: [],
    missing: [],
    warnings: [],
    savedAs: null,
  };
}

async function findDetail(ctx: ServiceContext, id: string): Promise<EscalationDetail | null> {
  try {
    return await getEscalation(ctx, id);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
    throw err;
  }
}

const titleOf = (detail: EscalationDetail, stageKey: string) => {
  const step = stepsOf(detail.ladder).find((s) => s.key === stageKey);
  return step ? stageTitle(step.label, step.position, step.kind) : stageKey;
};

/** The report on one Word document: reading, then each check against the tracker. */
async function assess(ctx: ServiceContext, file: string, docx: ReturnedDocx, expectId: string | undefined): Promise<{ report: ReturnedFormReport; reading: FormReading | null; detail: EscalationDetail | null }> {
  const report = emptyReport(file);
  let reading: FormReading;
  try {
    reading = readForm(docx.data);
  } catch (err) {
    if (err instanceof NotAFormError) return { report: { ...report, problems: [err.message] }, reading: null, detail: null };
    throw err;
  }
  const id = reading.identity;
  if (!id) {
    report.problems.push('This document was not made by Escalation Tracker (it carries no form identity), so it cannot be matched to an escalation. Record the response on the escalation page instead.');
    return { report, reading, detail: null };
  }
  Object.assign(report, { escalationId: id.escalationId, stageKey: id.stageKey, letterId: id.letterId, caseId: id.caseId || null, via: reading.via, checkNeeded: reading.via === 'text' });
  const f = reading.fields;
  report.fields = { what: f.what, who: f.who, byWhen: f.byWhen, outcomeKeys: f.outcomeKeys, date: f.date, respondent: [f.respondentName, f.respondentRole].filter(Boolean).join(', ') };
  const detail = await findDetail(ctx, id.escalationId);
  if (!detail) {
    report.problems.push(`This form is for an escalation that is not in this tracker${id.caseId ? ` (case ${id.caseId})` : ''}. Check you have the right tracker open.`);
    return { report, reading, detail };
  }
  Object.assign(report, { caseId: detail.child.caseId, childName: detail.child.name, stageTitle: titleOf(detail, id.stageKey) });
  const whose = `${detail.child.name} (${detail.child.caseId}), ${report.stageTitle}`;
  if (expectId && expectId !== id.escalationId) {
    const here = await findDetail(ctx, expectId);
    report.problems.push(`This form is for ${whose}${here ? ` — not for ${here.child.name} (${here.child.caseId})` : ''}. Nothing was recorded: open that child’s escalation and drop the form there.`);
  }
  const letter = id.letterId === 'not-listed' ? undefined : await lettersRepo.get(ctx.tracker.db, id.letterId);
  if (letter && letter.escalationId !== id.escalationId) report.problems.push('The form’s identity does not match the letter it names: it was altered. Nothing was recorded.');
  if (!letter) report.warnings.push('The letter this form came from is not listed on the escalation (it may have been made from the command line).');
  const stage = detail.state.stages.find((s) => s.key === id.stageKey);
  if (stage?.responseRecordedOn) {
    report.problems.push(`A response to the ${report.stageTitle} form was already recorded on ${formatLongDate(stage.responseRecordedOn)}. Nothing was recorded from this file.`);
  } else if (detail.state.status !== 'open') {
    report.problems.push(`The escalation for ${detail.child.name} is ${detail.state.status}: nothing was recorded.`);
  } else if (detail.state.currentStageKey !== id.stageKey) {
    report.problems.push(`This form is for ${report.stageTitle}, but the escalation is now at ${titleOf(detail, detail.state.currentStageKey)}. Nothing was recorded: a late reply can be recorded by hand on the escalation page.`);
  }
  const answerKeys = ['what', 'who', 'byWhen', 'outcomeKeys', 'date', 'respondentName'] as const;
  if (answerKeys.every((k) => reading.blank.includes(k))) {
    report.problems.push('The form is still blank: the manager has not filled in the response (its fields still show Word’s grey “Click or tap” text). Nothing was recorded.');
  } else {
    for (const k of ['what', 'date', 'respondentName'] as const) if (reading.blank.includes(k)) report.missing.push(`“${labelOf(k)}” is blank.`);
    for (const k of reading.badDates) report.missing.push(`“${labelOf(k)}” is not a date the app can read.`);
  }
  if (reading.editedOutside) {
    report.problems.push('The form was changed outside the response fields: its text is not as it was sent. Nothing was recorded. Ask the manager to fill in a fresh copy, or record the response by hand.');
  }
  if (reading.via === 'text') {
    report.warnings.push('This file lost its form fields (it was probably saved by LibreOffice or Google Docs): the answers were read from the text of the response section. Check each one before recording.');
    const outcomes = ctx.profile().outcomes;
    for (const label of f.outcomeLabels) {
      const match = outcomes.find((o) => norm(o.label) === norm(label));
      if (match) report.fields.outcomeKeys.push(match.key);
      else report.warnings.push(`An outcome ticked on the form is not in the procedure’s list: “${label}”.`);
    }
  }
  const known = new Set(ctx.profile().outcomes.map((o) => o.key));
  report.fields.outcomeKeys = report.fields.outcomeKeys.filter((k) => known.has(k));
  return { report, reading, detail };
}

async function reportsFor(ctx: ServiceContext, fileName: string, data: Buffer, expectId?: string) {
  let docs: ReturnedDocx[];
  try {
    docs = await docxInside(fileName, data);
  } catch (err) {
    if (err instanceof ReturnedFileError) return [{ report: { ...emptyReport(fileName), problems: [err.message] }, detail: null, docx: null }];
    throw err;
  }
  const out = [];
  for (const d of docs) {
    const label = d.name === fileName ? fileName : `${fileName} → ${d.name}`;
    const { report, detail } = await assess(ctx, label, d, expectId);
    out.push({ report, detail, docx: d });
  }
  return out;
}

export async function readReturned(ctx: ServiceContext, input: z.output<typeof readReturnedSchema>): Promise<{ reports: ReturnedFormReport[] }> {
  const found = await reportsFor(ctx, input.fileName, Buffer.from(input.base64, 'base64'), input.escalationId);
  return { reports: found.map((f) => f.report) };
}

/** Keeps the returned file beside the letters: Letters/<case id>/<date> <case> <stage> Returned form.docx. */
async function keepFile(ctx: ServiceContext, detail: EscalationDetail, stageKey: string, data: Buffer): Promise<string> {
  const { lettersFolder } = await loadLetterhead(ctx);
  const step = stepsOf(detail.ladder).find((s) => s.key === stageKey);
  const stage = step ? stageFileLabel(step.label, step.position, step.kind) : stageKey;
  const folder = join(await writableLettersFolder(ctx, lettersFolder), safeFilePart(detail.child.caseId) || 'no-case-id');
  return writeNewFile(folder, letterFileName(londonDateOf(ctx.now()), detail.child.caseId, stage, 'Returned form'), data);
}

async function record(ctx: ServiceContext, detail: EscalationDetail, report: ReturnedFormReport, docx: ReturnedDocx, fields: ReturnedFields, version: number, opId: string) {
  const updated = await commandEscalation(ctx, {
    id: detail.row.id,
    version,
    opId,
    command: { kind: 'record-response', respondent: fields.respondent, what: fields.what, who: fields.who, byWhen: fields.byWhen, expectedOutcomeKeys: fields.outcomeKeys, date: fields.date },
  });
  const done: ReturnedFormReport = { ...report, fields: { ...fields }, recorded: true };
  try {
    done.savedAs = await keepFile(ctx, detail, report.stageKey!, docx.data);
  } catch (err) {
    done.warnings.push(`The response was recorded, but the returned file could not be kept in the Letters folder (${err instanceof Error ? err.message : String(err)}).`);
  }
  return { report: done, detail: updated };
}

/** Records the response the chair confirmed (or corrected), after checking the file again: the page is not trusted. */
export async function recordReturned(ctx: ServiceContext, input: z.output<typeof recordReturnedSchema>): Promise<{ report: ReturnedFormReport; detail: EscalationDetail }> {
  if (ctx.tracker.readOnlyReason) throw new AppError('READ_ONLY', ctx.tracker.readOnlyReason);
  const found = await reportsFor(ctx, input.fileName, Buffer.from(input.base64, 'base64'), input.escalationId);
  const usable = found.filter((f) => f.report.problems.length === 0 && f.detail && f.docx);
  if (usable.length !== 1) {
    const problems = found.flatMap((f) => f.report.problems);
    throw new AppError('REFUSED', problems.length ? problems.join(' ') : 'This file holds more than one form for this escalation: drop the forms one at a time.');
  }
  const { report, detail, docx } = usable[0]!;
  return record(ctx, detail!, report, docx!, input.fields, input.version, input.opId);
}

/**
 * For the command line and a folder of returned forms: read each file and, with `record`, record every
 * form that has no problem and nothing missing (there is no one to ask), exactly as the page would.
 */
export async function readAndRecord(ctx: ServiceContext, fileName: string, data: Buffer, opts: { record: boolean; opId: string }): Promise<ReturnedFormReport[]> {
  const found = await reportsFor(ctx, fileName, data);
  const out: ReturnedFormReport[] = [];
  for (const [i, f] of found.entries()) {
    if (!opts.record || f.report.problems.length || !f.detail || !f.docx) {
      out.push(f.report);
      continue;
    }
    if (f.report.missing.length) {
      out.push({ ...f.report, problems: [...f.report.missing.map((m) => `${m} Nothing was recorded: fill it in on the escalation page.`)] });
      continue;
    }
    const r = f.report.fields;
    try {
      const fields: ReturnedFields = { what: r.what, who: r.who, byWhen: r.byWhen, outcomeKeys: r.outcomeKeys, date: r.date!, respondent: r.respondent };
      out.push((await record(ctx, f.detail, f.report, f.docx, fields, f.detail.version, `${opts.opId}:${i}`)).report);
    } catch (err) {
      out.push({ ...f.report, problems: [err instanceof Error ? err.message : String(err)] });
    }
  }
  return out;
}
