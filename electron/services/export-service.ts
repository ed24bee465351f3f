import { AppError } from '../../shared/api/result';
import { isAbsolute } from 'node:path';
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { ExportResult } from '../../shared/api/settings-outputs';
import { auditRepo } from '../../db/repositories/audit-repo';
import type { ServiceContext } from './context';
import { changeLogRepo } from '../../db/repositories/change-log-repo';
import { requireAdministrator } from './app-roles';

/** Excel's limits: sheet names at most 31 characters; cell text at most 32,767 characters. */
const MAX_CELL = 32767;

function cell(v: string | number | null): string | number | null {
  if (typeof v === 'string' && v.length > MAX_CELL) return `${v.slice(0, MAX_CELL - 40)}… [truncated: see the tracker file]`;
  return v;
}

/** The whole tracker as a workbook, one sheet per table, read in one consistent snapshot. */
export async function buildTrackerWorkbook(ctx: ServiceContext): Promise<{ workbook: ExcelJS.Workbook; sheets: { name: string; rows: number }[] }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `Escalation Tracker (${ctx.actor.name})`;
  workbook.created = ctx.now();
  const sheets: { name: string; rows: number }[] = [];
  await ctx.tracker.readTx(async (tx) => {
    for (const name of await auditRepo.tableNames(tx)) {
      const { columns, rows } = await auditRepo.dumpTable(tx, name);
      const sheet = workbook.addWorksheet(name.slice(0, 31));
      sheet.addRow(columns);
      sheet.getRow(1).font = { bold: true };
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
      for (const r of rows) sheet.addRow(r.map(cell));
      columns.forEach((c, i) => {
        sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, c.length + 2));
      });
      sheets.push({ name: sheet.name, rows: rows.length });
    }
  });
  return { workbook, sheets };
}

/**
 * The export holds children's personal data, so in the app only administrators may take it, and each
 * export is recorded in the change log (who, where to, how many rows). The command line does not check
 * the app role: whoever can run it against the file can already read the file (Windows permissions on the
 * folder are what guard the data), and a read-only file still exports, unrecorded.
 */
export async function exportTracker(ctx: ServiceContext, input: { path?: string; opId?: string }, opts: { checkRole: boolean } = { checkRole: true }): Promise<ExportResult> {
  if (opts.checkRole) await ctx.tracker.readTx((tx) => requireAdministrator(ctx, tx, 'export the whole tracker'));
  // A relative path would land in whatever folder the app happens to run from.
  if (input.path !== undefined && !isAbsolute(input.path)) throw new AppError('INVALID', `Give the full path of the file to write (for example C:\\Users\\you\\Documents\\export.xlsx), not ${input.path}.`, { field: 'path' });
  const { workbook, sheets } = await buildTrackerWorkbook(ctx);
  const fileName = `escalation-tracker-export-${ctx.now().toISOString().slice(0, 10)}.xlsx`;
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  if (input.path) {
    try {
      await writeFile(input.path, buffer);
    } catch (err) {
      throw new AppError('REFUSED', `The export could not be written to ${input.path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}). Choose a folder you can write to; nothing was exported.`, { field: 'path' });
    }
  }
  // Recorded once the file exists: a failed export is not an export.
  if (!ctx.tracker.readOnlyReason) await ctx.tracker.writeTx((tx) =>
    changeLogRepo.record(tx, {
      entity: 'export',
      entityId: input.path ?? 'download',
      action: 'exported',
      actor: ctx.actor.name,
      machine: ctx.machine,
      at: ctx.now().toISOString(),
      opId: input.opId ?? ctx.newId(),
      detail: JSON.stringify({ sheets }),
    }),
  );
  if (input.path) return { fileName, base64: null, path: input.path, sheets };
  return { fileName, base64: buffer.toString('base64'), path: null, sheets };
}
