import ExcelJS from 'exceljs';
import type { PeriodFigures } from '../../shared/api/reports-outputs';
import { figureTables, formatValue, summaryKind, type FigureTable } from '../../shared/reports/figure-tables';
import { shortLabel } from './docx-parts';
import { themeStatusWords } from '../services/theme-events';

/**
 * The figures for the performance team: CSV in long ("tidy") form — one value per line with its section,
 * row, measure and period — which pivots and scripts easily, and an Excel workbook with the same long
 * sheet plus readable tables and the detail lists.
 */

export interface SheetInput {
  authority: string;
  title: string;
  periods: PeriodFigures[];
  /** The period the detail lists (bypasses, extensions, themes) are for. */
  detail: PeriodFigures;
  definitions: string[];
}

const LONG_HEADER = ['section', 'row_key', 'row', 'measure', 'period', 'from', 'to', 'value'];

function longRows(input: SheetInput): (string | number | null)[][] {
  return figureTables(input.periods).flatMap((t) =>
    t.rows.flatMap((r) =>
      t.measures.flatMap((m, mi) =>
        input.periods.map((f, pi) => [t.title, r.key, r.label, t.key === 'summary' ? r.label : m.label, shortLabel(f.period.label), f.period.from, f.period.to, r.values[pi]?.[mi] ?? null]),
      ),
    ),
  );
}

const csvCell = (v: string | number | null) => {
  if (v === null) return '';
  const s = String(v);
  // Quote fields with separators or quotes; prefix formula-like text so a spreadsheet never evaluates it.
  const safe = /^[=+\-@]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function reportCsv(input: SheetInput): string {
  return `${[LONG_HEADER, ...longRows(input)].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function addTable(sheet: ExcelJS.Worksheet, t: FigureTable, labels: string[]): void {
  sheet.addRow([t.title]).font = { bold: true, size: 12 };
  const single = t.measures.length === 1;
  const header = sheet.addRow([t.rowHeader, ...t.measures.flatMap((m) => labels.map((p) => (single ? p : `${m.label}, ${p}`)))]);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDEEAF6' } };
  for (const r of t.rows) {
    const values = t.measures.flatMap((m, mi) => labels.map((_, pi) => r.values[pi]?.[mi] ?? null));
    const row = sheet.addRow([r.label, ...values]);
    t.measures.forEach((m, mi) => {
      const kind = t.key === 'summary' ? summaryKind(r.key) : m.kind;
      labels.forEach((_, pi) => {
        const c = row.getCell(2 + mi * labels.length + pi);
        if (kind === 'pct') c.numFmt = '0.0"%"';
        if (c.value === null) c.value = formatValue(null, kind);
      });
    });
  }
  sheet.addRow([]);
}

export async function reportXlsx(input: SheetInput): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Escalation Tracker';
  book.title = input.title;
  const labels = input.periods.map((f) => shortLabel(f.period.label));

  const tables = book.addWorksheet('Tables');
  tables.addRow([input.authority]).font = { bold: true, size: 14 };
  tables.addRow([input.title]).font = { bold: true, size: 12 };
  tables.addRow([]);
  for (const t of figureTables(input.periods)) addTable(tables, t, labels);
  tables.getColumn(1).width = 55;
  for (let i = 2; i <= 1 + 4 * labels.length; i++) tables.getColumn(i).width = 16;

  const long = book.addWorksheet('Figures (long)');
  long.addRow(LONG_HEADER).font = { bold: true };
  for (const r of longRows(input)) long.addRow(r);
  long.columns.forEach((c, i) => (c.width = [34, 18, 40, 30, 14, 12, 12, 10][i] ?? 12));
  long.autoFilter = { from: 'A1', to: 'H1' };

  const d = input.detail;
  const list = (name: string, header: string[], rows: (string | number | null)[][]) => {
    const sheet = book.addWorksheet(name);
    sheet.addRow(header).font = { bold: true };
    for (const r of rows) sheet.addRow(r);
    sheet.columns.forEach((c) => (c.width = 22));
  };
  list('Bypasses', ['Date', 'Case ID', 'From', 'To', 'Stages bypassed', 'Reason', 'Agreed with', 'Escalation id'], d.bypasses.items.map((b) => [b.date, b.caseId, b.fromStage, b.toStage, b.skipped.join('; '), b.reason, b.agreedWith, b.escalationId]));
  if (d.preconditions?.waived) list('Preconditions waived', ['Date', 'Case ID', 'Stage entered', 'What the procedure requires', 'Why it was not possible', 'Escalation id'], (d.preconditions?.items ?? []).map((x) => [x.date, x.caseId, x.stage, x.what, x.why, x.escalationId]));
  list('Extensions', ['Date', 'Case ID', 'Stage', 'Was due', 'Now due', 'Working days added', 'Reason', 'Escalation id'], d.extensions.items.map((x) => [x.date, x.caseId, x.stage, x.previousDueDate, x.newDueDate, x.workingDaysAdded, x.reason, x.escalationId]));
  list('Themed concerns', ['Theme', 'Status', 'Owner', 'Raised', 'Linked escalations raised in the period', 'All linked escalations', 'Linked children'], d.themes.active.map((t) => [t.title, themeStatusWords(t.status), t.owner, t.raisedOn, t.linkedInPeriod, t.linkedEscalations, t.linkedChildren]));
  list('Definitions', ['How the figures are counted'], input.definitions.map((x) => [x]));
  return Buffer.from(await book.xlsx.writeBuffer());
}
