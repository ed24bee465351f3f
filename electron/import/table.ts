import { importFields, normaliseHeader } from '../../shared/import/fields';
import { cellText, type RawCell } from './values';
import type { Sheet } from './parse-workbook';

const KNOWN = new Set(importFields.flatMap((f) => f.aliases));
const SCAN_ROWS = 25;

/**
 * The row holding the column names. Titles above the table ("Escalation tracker 2023–24", often a merged
 * cell repeated across the row) and blank rows are skipped: the header is the row with most cells that
 * name a known field, ties going to the row with most distinct texts.
 */
export function detectHeaderRow(sheet: Sheet): number {
  let best = { row: 1, score: -1 };
  sheet.rows.slice(0, SCAN_ROWS).forEach((cells, i) => {
    const texts = cells.map(cellText).filter((t) => t !== '' && Number.isNaN(Number(t)));
    const distinct = new Set(texts);
    if (distinct.size < 2) return;
    const known = [...distinct].filter((t) => KNOWN.has(normaliseHeader(t))).length;
    const score = known * 100 + distinct.size;
    if (score > best.score) best = { row: i + 1, score };
  });
  return best.row;
}

/** Column names, made unique and never blank ("Column F"), so a mapping can name a column by its header. */
export function headersAt(sheet: Sheet, headerRow: number): string[] {
  const cells = sheet.rows[headerRow - 1] ?? [];
  // A loop, not Math.max(...rows): spreading 150,000 rows into one call overflows the stack.
  let width = cells.length;
  for (let r = headerRow; r < sheet.rows.length; r++) width = Math.max(width, sheet.rows[r]!.length);
  const seen = new Map<string, number>();
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    let h = cellText(cells[c]) || `Column ${columnLetter(c)}`;
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    if (n > 1) h = `${h} (${n})`;
    headers.push(h);
  }
  return headers;
}

export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface DataRow {
  /** Spreadsheet row number (1-based). */
  row: number;
  cells: RawCell[];
  blank: boolean;
}

export function dataRows(sheet: Sheet, headerRow: number): DataRow[] {
  return sheet.rows.slice(headerRow).map((cells, i) => ({ row: headerRow + 1 + i, cells, blank: cells.every((c) => cellText(c) === '') }));
}

/** The data rows after the last non-blank one are not rows at all (Excel's formatted-but-empty tail). */
export function trimTail(rows: DataRow[]): DataRow[] {
  let end = rows.length;
  while (end > 0 && rows[end - 1]!.blank) end--;
  return rows.slice(0, end);
}
