import type { z } from 'zod';
import type { exportSchema } from '../../shared/api/reports-inputs';
import type { AnnualReport, ExportedFile, PeriodReport } from '../../shared/api/reports-outputs';
import { financialYearLabel } from '../../shared/reports/periods';
import type { ServiceContext } from '../services/context';
import { getAnnualReport, getPeriodReport } from '../services/report-service';
import { protectiveMarkingOf } from '../services/letter-settings-service';
import { getCommentary } from '../services/report-commentary-service';
import { annualReportDocx, periodReportDocx } from './report-docx';
import { reportCsv, reportXlsx, type SheetInput } from './report-sheets';
import { shortLabel } from './docx-parts';

/** The report as a file: Word for the meeting, Excel or CSV for the performance team. */

export type ExportRequest = z.output<typeof exportSchema>;
export type ExportFormat = ExportRequest['format'];

const MIME: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

const slug = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function periodSheetInput(r: PeriodReport): SheetInput {
  return { authority: r.authority, title: `Escalation of concern report: ${r.current.period.label}`, periods: [r.current, r.previous], detail: r.current, definitions: r.definitions };
}

export function annualSheetInput(r: AnnualReport): SheetInput {
  return { authority: r.authority, title: `IRO annual report: escalation figures ${r.year.period.label}`, periods: [...r.quarters, r.year, r.previousYear], detail: r.year, definitions: r.definitions };
}

/** The bytes of a report in one format (shared by the export channel and `cli report`). */
export async function renderReport(report: { period: PeriodReport } | { annual: AnnualReport }, format: ExportFormat): Promise<Buffer> {
  const sheet = 'period' in report ? periodSheetInput(report.period) : annualSheetInput(report.annual);
  switch (format) {
    case 'docx':
      return 'period' in report ? periodReportDocx(report.period) : annualReportDocx(report.annual);
    case 'xlsx':
      return reportXlsx(sheet);
    case 'csv':
      return Buffer.from(`\ufeff${reportCsv(sheet)}`, 'utf8'); // BOM: Excel then reads the file as UTF-8
    default: {
      const unreachable: never = format;
      throw new Error(`Unknown format ${String(unreachable)}`);
    }
  }
}

export async function exportReport(ctx: ServiceContext, input: ExportRequest): Promise<ExportedFile> {
  if (input.report === 'period') {
    const commentary = (await getCommentary(ctx, input.from, input.to)).text;
    const report = { ...(await getPeriodReport(ctx, input.from, input.to)), protectiveMarking: await protectiveMarkingOf(ctx), commentary };
    const bytes = await renderReport({ period: report }, input.format);
    return { fileName: `escalation-report-${slug(shortLabel(report.current.period.label))}.${input.format}`, mimeType: MIME[input.format], base64: bytes.toString('base64') };
  }
  const report = { ...(await getAnnualReport(ctx, input.year)), protectiveMarking: await protectiveMarkingOf(ctx) };
  const bytes = await renderReport({ annual: report }, input.format);
  return { fileName: `iro-annual-escalations-${slug(financialYearLabel(input.year))}.${input.format}`, mimeType: MIME[input.format], base64: bytes.toString('base64') };
}
