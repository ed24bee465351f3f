import type { ParsedInput } from '../../shared/api/contract';
import type { ImportInspection, ImportJob, ImportReport } from '../../shared/api/settings-outputs';
import { AppError } from '../../shared/api/result';
import { guessMapping, importFields, type ImportMapping } from '../../shared/import/fields';
import { changeLogRepo } from '../../db/repositories/change-log-repo';
import { settingsRepo } from '../../db/repositories/settings-repo';
import { planImport, pickSheet, type ImportRequest } from '../import/plan';
import { readWorkbook } from '../import/read-workbook';
import { dataRows, detectHeaderRow, headersAt, trimTail } from '../import/table';
import { cellText } from '../import/values';
import { writeImportedRow } from '../import/write-row';
import type { ServiceContext } from './context';
import { requireAdministrator } from './app-roles';
import { writeSetting } from './settings-service';

/** The last mapping used, so next time the same spreadsheet maps itself. */
export const IMPORT_MAPPING_SETTING = 'importMapping';
interface RememberedMapping {
  mapping: ImportMapping;
  defaults: ImportRequest['defaults'];
}

export async function inspectImport(ctx: ServiceContext, input: ParsedInput<'import.inspect'>): Promise<ImportInspection> {
  const workbook = await readWorkbook(input.source);
  const sheet = pickSheet(workbook.sheets, input.sheet ?? workbook.sheets.find((s) => s.rows.length > 0)?.name);
  const headerRow = input.headerRow ?? detectHeaderRow(sheet);
  const headers = headersAt(sheet, headerRow);
  const remembered = await settingsRepo.get<RememberedMapping>(ctx.tracker.db, IMPORT_MAPPING_SETTING);
  const fits = remembered && Object.values(remembered.mapping).every((h) => !h || headers.includes(h)) && importFields.every((f) => !f.required || remembered.mapping[f.key]);
  const profile = ctx.profile();
  return {
    fileName: workbook.fileName,
    sheets: workbook.sheets.map((s) => ({ name: s.name, rowCount: s.rows.length })),
    sheet: sheet.name,
    headerRow,
    headers,
    sample: trimTail(dataRows(sheet, headerRow))
      .slice(0, 8)
      .map((r) => headers.map((_, i) => cellText(r.cells[i]))),
    fields: importFields,
    mapping: fits ? remembered.mapping : guessMapping(headers),
    mappingSource: fits ? 'remembered' : 'guessed',
    defaults: remembered?.defaults ?? { cohort: null, categoryKey: null },
    categories: profile.categories.map((c) => ({ key: c.key, label: c.label })),
  };
}

export async function dryRunImport(ctx: ServiceContext, input: ParsedInput<'import.dryRun'>): Promise<ImportReport> {
  return (await planImport(ctx, input, true)).report;
}

interface JobEntry {
  job: ImportJob;
  done: Promise<void>;
}
const jobs = new Map<string, JobEntry>();
const jobsByOp = new Map<string, string>();

/**
 * Starts the import and returns at once; the renderer polls import.status for the progress bar. Each
 * accepted row is written in its own transaction, so a share that drops half-way leaves whole rows, and
 * running the same file again finishes the rest (rows already imported are skipped by their key).
 */
export async function startImport(ctx: ServiceContext, input: ParsedInput<'import.start'>): Promise<ImportJob> {
  const existing = jobsByOp.get(input.opId);
  if (existing) return jobs.get(existing)!.job;
  await ctx.tracker.readTx((tx) => requireAdministrator(ctx, tx, 'import escalations from a spreadsheet'));
  // Planning reads the file and checks the mapping before anything is written.
  const planned = await planImport(ctx, input, false);
  await ctx.tracker.writeTx(async (tx) => {
    await requireAdministrator(ctx, tx, 'import escalations from a spreadsheet');
    if (await changeLogRepo.entityForOp(tx, input.opId, 'setting')) return;
    await writeSetting(ctx, tx, IMPORT_MAPPING_SETTING, { mapping: input.mapping, defaults: input.defaults } satisfies RememberedMapping, input.opId);
  });
  const jobId = ctx.newId();
  const job: ImportJob = { jobId, state: 'running', processed: 0, total: planned.accepted.length, report: null, error: null };
  const run = async () => {
    const meta = { fileName: planned.report.fileName, sheet: planned.report.sheet, runOpId: input.opId };
    try {
      for (const item of planned.accepted) {
        const id = await writeImportedRow(ctx, item.candidate, item.built, meta);
        if (id) item.report.escalationId = id;
        else {
          item.report.status = 'already-imported';
          item.report.reasons = ['imported meanwhile by someone else: left as it is'];
        }
        job.processed++;
      }
      const counts = planned.report.counts;
      counts.accepted = planned.report.rows.filter((r) => r.status === 'accepted').length;
      counts['already-imported'] = planned.report.rows.filter((r) => r.status === 'already-imported').length;
      await ctx.tracker.writeTx((tx) =>
        changeLogRepo.record(tx, { entity: 'import', entityId: jobId, action: 'completed', actor: ctx.actor.name, machine: ctx.machine, at: ctx.now().toISOString(), opId: input.opId, detail: JSON.stringify({ file: meta.fileName, sheet: meta.sheet, counts }) }),
      );
      job.report = planned.report;
      job.state = 'done';
    } catch (err) {
      job.state = 'failed';
      job.report = planned.report;
      job.error = `${err instanceof Error ? err.message : String(err)} ${job.processed} of ${job.total} rows were imported; run the import again to add the rest (rows already imported are skipped).`;
    }
  };
  jobs.set(jobId, { job, done: run() });
  jobsByOp.set(input.opId, jobId);
  return job;
}

export async function importStatus(jobId: string): Promise<ImportJob> {
  const entry = jobs.get(jobId);
  if (!entry) throw new AppError('NOT_FOUND', 'That import is not running in this app (it may have finished before the app was restarted). Run a dry run to see what is in the tracker now.');
  return entry.job;
}

/** Waits for an import to finish (the CLI and tests; the renderer polls instead). */
export async function waitForImport(jobId: string): Promise<ImportJob> {
  const entry = jobs.get(jobId);
  if (!entry) throw new AppError('NOT_FOUND', 'No such import.');
  await entry.done;
  return entry.job;
}
