import { join, resolve } from 'node:path';
import { createAppServices } from '../../app-services';
import { trackerLocation } from '../../../db/open';
import { sourceRoot } from '../../source-root';
import { inspectImport } from '../../services/import-service';
import { planImport } from '../../import/plan';
import { writeImportedRow } from '../../import/write-row';
import { importFieldKeys, type ImportFieldKey, type ImportMapping } from '../../../shared/import/fields';
import { cohortSchema } from '../../../shared/profile/schema';
import type { ImportReport } from '../../../shared/api/settings-outputs';
import { instant, parse, positiveInt, requireString } from '../args';
import { UsageError, type CliCommand, type CliIo } from '../types';

function mappingFrom(pairs: string[], base: ImportMapping): ImportMapping {
  const mapping = { ...base };
  for (const pair of pairs) {
    const [field, ...rest] = pair.split('=');
    if (!field || rest.length === 0 || !(importFieldKeys as readonly string[]).includes(field))
      throw new UsageError(`--map takes FIELD=Column name, with FIELD one of ${importFieldKeys.join(', ')} (not "${pair}")`);
    mapping[field as ImportFieldKey] = rest.join('=') || null;
  }
  return mapping;
}

function printReport(io: CliIo, report: ImportReport): void {
  for (const r of report.rows) {
    if (r.status === 'accepted' && r.warnings.length === 0) continue;
    io.out(`row ${String(r.row).padStart(5)}  ${r.status.padEnd(16)} ${[...r.reasons, ...r.warnings.map((w) => `note: ${w}`)].join('; ')}`);
  }
  const c = report.counts;
  io.out(`${c.total} rows: ${c.accepted} accepted, ${c.rejected} rejected, ${c.duplicate} duplicate, ${c['already-imported']} already imported, ${c.blank} blank; ${c.newChildren} new children`);
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import escalations from the old spreadsheet tracker (.xlsx or .csv); --dry-run reports without writing',
  usage: 'import --db FILE --file SHEET.xlsx|.csv [--sheet NAME] [--header-row N] [--map FIELD=Column ...] [--default-cohort looked-after|child-protection] [--dry-run] [--now ISO]',
  async run(args, io) {
    const { values } = parse(args, {
      db: { type: 'string' },
      file: { type: 'string' },
      sheet: { type: 'string' },
      'header-row': { type: 'string' },
      map: { type: 'string', multiple: true },
      'default-cohort': { type: 'string' },
      'dry-run': { type: 'boolean' },
      now: { type: 'string' },
    });
    const file = trackerLocation(requireString(values.db, '--db'));
    const source = { kind: 'path' as const, path: resolve(requireString(values.file, '--file')) };
    const cohortArg = values['default-cohort'] ?? null;
    const cohort = cohortArg === null ? null : cohortSchema.safeParse(cohortArg).data;
    if (cohortArg !== null && !cohort) throw new UsageError('--default-cohort must be looked-after, child-protection or transition');
    const now = values.now ? instant(values.now, '--now') : io.now();
    const services = await createAppServices({ trackerFile: file, migrationsDir: join(sourceRoot(), 'db', 'migrations'), appVersion: 'cli', now: () => now });
    try {
      const ctx = services.context;
      const inspection = await inspectImport(ctx, { source, sheet: values.sheet, headerRow: positiveInt(values['header-row'], '--header-row') });
      const request = { source, sheet: inspection.sheet, headerRow: inspection.headerRow, mapping: mappingFrom(values.map ?? [], inspection.mapping), defaults: { ...inspection.defaults, ...(cohort ? { cohort } : {}) } };
      io.out(`${inspection.fileName}, sheet “${inspection.sheet}”, header on row ${inspection.headerRow}`);
      for (const [field, column] of Object.entries(request.mapping)) if (column) io.out(`  ${field.padEnd(16)} ← ${column}`);
      const planned = await planImport(ctx, request, values['dry-run'] === true);
      if (!values['dry-run']) {
        const meta = { fileName: planned.report.fileName, sheet: planned.report.sheet, runOpId: `cli-import:${ctx.newId()}` };
        for (const item of planned.accepted) {
          const id = await writeImportedRow(ctx, item.candidate, item.built, meta);
          if (id) item.report.escalationId = id;
          else item.report.status = 'already-imported';
        }
        planned.report.counts.accepted = planned.report.rows.filter((r) => r.status === 'accepted').length;
        planned.report.counts['already-imported'] = planned.report.rows.filter((r) => r.status === 'already-imported').length;
      }
      printReport(io, planned.report);
      return planned.report.counts.rejected > 0 ? 1 : 0;
    } finally {
      await services.close();
    }
  },
};
