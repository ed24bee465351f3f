import { AppError } from '../../shared/api/result';
import type { ImportReport, ImportRowReport, ImportRowStatus } from '../../shared/api/settings-outputs';
import { importFields, type ImportMapping } from '../../shared/import/fields';
import { londonDateOf } from '../../shared/calendar';
import type { Db } from '../../db/tracker';
import { childrenRepo } from '../../db/repositories/children-repo';
import { auditRepo } from '../../db/repositories/audit-repo';
import type { ServiceContext } from '../services/context';
import { buildEvents, type BuildContext, type Built } from './build-events';
import { interpretRow, type Candidate, type ExistingChild, type ImportDefaults } from './interpret-row';
import type { Sheet } from './parse-workbook';
import { readWorkbook, type ImportSource } from './read-workbook';
import { dataRows, headersAt, trimTail } from './table';
import { cellText } from './values';

export interface ImportRequest {
  source: ImportSource;
  sheet: string;
  headerRow: number;
  mapping: ImportMapping;
  defaults: ImportDefaults;
}

export interface Planned {
  report: ImportReport;
  accepted: { candidate: Candidate; built: Extract<Built, { ok: true }>; report: ImportRowReport }[];
  build: BuildContext;
}

export function pickSheet(sheets: Sheet[], name: string | undefined): Sheet {
  const sheet = name === undefined ? sheets[0] : sheets.find((s) => s.name === name);
  if (!sheet) throw new AppError('NOT_FOUND', name ? `The workbook has no sheet called “${name}”.` : 'The workbook has no sheets.', { field: 'sheet' });
  return sheet;
}

function checkMapping(mapping: ImportMapping, headers: string[]): void {
  const missing = importFields.filter((f) => f.required && !mapping[f.key]).map((f) => f.label);
  if (missing.length) throw new AppError('INVALID', `Choose the column that holds: ${missing.join(', ')}.`, { field: 'mapping' });
  const unknown = Object.values(mapping).filter((h): h is string => !!h && !headers.includes(h));
  if (unknown.length) throw new AppError('INVALID', `The file has no column called ${unknown.map((h) => `“${h}”`).join(', ')}: map the fields again.`, { field: 'mapping' });
}

/**
 * Reads the file and decides, row by row, what an import would do, without writing anything: the dry
 * run, and the first half of the real import. Every row gets a status and its reasons; none is dropped.
 */
export async function planImport(ctx: ServiceContext, req: ImportRequest, dryRun: boolean): Promise<Planned> {
  const workbook = await readWorkbook(req.source);
  const sheet = pickSheet(workbook.sheets, req.sheet);
  const headers = headersAt(sheet, req.headerRow);
  checkMapping(req.mapping, headers);
  const rows = trimTail(dataRows(sheet, req.headerRow));
  const profile = ctx.profile();
  const now = ctx.now();
  const build: BuildContext = { profile, calendar: ctx.calendar(profile), now, actor: ctx.actor.name, fileName: workbook.fileName, sheet: sheet.name };

  const { imported, children } = await ctx.tracker.readTx(async (tx: Db) => {
    const caseIdIndex = headers.indexOf(req.mapping.caseId ?? '');
    const caseIds = new Set(rows.map((r) => cellText(r.cells[caseIdIndex])).filter(Boolean));
    const found = new Map<string, ExistingChild>();
    for (const id of caseIds) {
      const c = await childrenRepo.byCaseId(tx, id);
      if (c) found.set(id.toUpperCase(), { id: c.id, name: c.name, cohort: c.cohort, chair: c.chair, team: c.team });
    }
    return { imported: new Set(await auditRepo.entityIds(tx, 'import-row')), children: found };
  });

  const seen = new Map<string, number>();
  const newChildren = new Set<string>();
  const reports: ImportRowReport[] = [];
  const accepted: Planned['accepted'] = [];
  const rc = { headers, mapping: req.mapping, defaults: req.defaults, profile, today: londonDateOf(now), child: (id: string) => children.get(id.toUpperCase()) ?? null };

  for (const dr of rows) {
    if (dr.blank) {
      reports.push({ row: dr.row, status: 'blank', reasons: ['the row is empty'], warnings: [], caseId: '', childName: '', raisedOn: null, stage: '', child: null });
      continue;
    }
    const it = interpretRow(dr, rc);
    if (!it.ok) {
      reports.push({ row: dr.row, status: 'rejected', reasons: it.reasons, warnings: it.warnings, caseId: it.caseId, childName: it.childName, raisedOn: it.raisedOn, stage: it.stage, child: null });
      continue;
    }
    const c = it.candidate;
    const base = { row: dr.row, warnings: it.warnings, caseId: c.caseId, childName: c.existingChild?.name ?? c.childName, raisedOn: c.raisedOn, stage: c.stageLabel, child: c.existingChild ? ('existing' as const) : ('new' as const) };
    const firstRow = seen.get(c.key);
    if (firstRow !== undefined) {
      reports.push({ ...base, status: 'duplicate', reasons: [`same case ID, date raised and stage as row ${firstRow}`] });
      continue;
    }
    seen.set(c.key, dr.row);
    if (imported.has(c.key)) {
      reports.push({ ...base, status: 'already-imported', reasons: ['imported before (same case ID, date raised and stage): left as it is'] });
      continue;
    }
    const built = buildEvents(c, build);
    if (!built.ok) {
      reports.push({ ...base, status: 'rejected', reasons: [built.reason] });
      continue;
    }
    if (!c.existingChild) newChildren.add(c.caseId.toUpperCase());
    const report: ImportRowReport = { ...base, status: 'accepted', reasons: [] };
    reports.push(report);
    accepted.push({ candidate: c, built, report });
  }

  const count = (s: ImportRowStatus) => reports.filter((r) => r.status === s).length;
  return {
    build,
    accepted,
    report: {
      fileName: workbook.fileName,
      sheet: sheet.name,
      dryRun,
      counts: {
        accepted: count('accepted'),
        rejected: count('rejected'),
        duplicate: count('duplicate'),
        'already-imported': count('already-imported'),
        blank: count('blank'),
        total: reports.length,
        newChildren: newChildren.size,
      },
      rows: reports,
    },
  };
}
