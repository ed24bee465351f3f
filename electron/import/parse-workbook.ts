// Parsing a spreadsheet's bytes into sheets of cells. It runs on a worker thread (workbook-worker.ts), so a
// file built to exhaust memory or the stack costs the worker, never the window or the web host.
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/api/result';
import type { RawCell } from './values';
import { checkCellLength, checkExtent, sheetExtent, unzipWithLimit } from './limits';

export interface Sheet {
  name: string;
  /** Rows as Excel shows them: rows[0] is row 1; cells in column order. */
  rows: RawCell[][];
}

export interface Workbook {
  fileName: string;
  sheets: Sheet[];
}

/** The value a person sees in an .xlsx cell: formulas give their cached result (none: blank), rich text its plain text. */
function valueOf(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    // A formula never calculated (written by a program, not Excel) has no result: blank, never "[object Object]".
    if ('formula' in v || 'sharedFormula' in v || 'result' in v) return 'result' in v ? valueOf((v.result ?? null) as ExcelJS.CellValue) : null;
    if ('text' in v && typeof v.text === 'string') return v.text;
    return null;
  }
  return String(v);
}

function cellString(v: RawCell): string {
  return typeof v === 'string' ? v : '';
}

async function readXlsx(bytes: Buffer): Promise<Sheet[]> {
  // Sizes first, from the zip itself, before exceljs allocates for whatever the file claims.
  for (const xml of unzipWithLimit(bytes).values()) checkExtent(null, sheetExtent(xml));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('INVALID', 'The file could not be read as an Excel workbook (.xlsx). If it is an older .xls file, open it in Excel and save it as .xlsx or .csv.', { field: 'file' });
  }
  return wb.worksheets.map((ws) => {
    checkExtent(ws.name, { rows: ws.rowCount, columns: ws.columnCount });
    const rows: RawCell[][] = [];
    const width = ws.columnCount;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: RawCell[] = [];
      // Merged cells read as the value of their top-left cell (so a merged child name fills every row it spans).
      for (let c = 1; c <= width; c++) {
        const value = valueOf(row.getCell(c).value);
        checkCellLength(cellString(value), ws.name, r, c - 1);
        cells.push(value);
      }
      rows.push(cells);
    }
    return { name: ws.name, rows };
  });
}

const csvRefused = (fileName: string, what: string) =>
  new AppError('INVALID', `${fileName} ${what} In Excel, use File → Save As → "CSV UTF-8 (Comma delimited)" or "Excel Workbook (.xlsx)", then choose the new file.`, { field: 'file' });

/** A "CSV" that is really UTF-16 (Excel's "Unicode Text") or a binary file is refused with what to do instead. */
function checkCsvBytes(fileName: string, bytes: Buffer): void {
  const bom = bytes.subarray(0, 2);
  const head = bytes.subarray(0, 4096);
  const nuls = head.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  if ((bom[0] === 0xff && bom[1] === 0xfe) || (bom[0] === 0xfe && bom[1] === 0xff) || nuls > head.length / 4)
    throw csvRefused(fileName, 'is saved as UTF-16 ("Unicode Text"), which the import does not read.');
  if (nuls > 0 || head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) throw csvRefused(fileName, 'is not a text (CSV) file: it looks like a binary file, perhaps a workbook renamed to .csv.');
}

/** The CSV's rows, refusing more rows, columns or longer cells than the import reads. */
function checkCsvRows(fileName: string, rows: string[][]): string[][] {
  const name = basename(fileName, extname(fileName));
  let columns = 0;
  for (const r of rows) if (r.length > columns) columns = r.length;
  checkExtent(name, { rows: rows.length, columns });
  rows.forEach((cells, r) => cells.forEach((text, c) => checkCellLength(text, name, r + 1, c)));
  return rows;
}

/** UTF-8 (with or without a byte-order mark), else Windows-1252 as Excel's plain "CSV" save writes it. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Every value stays text. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const delimiter = (text.split('\n', 1)[0]?.split(';').length ?? 0) > (text.split('\n', 1)[0]?.split(',').length ?? 0) ? ';' : ',';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The sheets of a spreadsheet's bytes; `fileName` decides CSV or workbook. */
export async function parseWorkbook(fileName: string, bytes: Buffer): Promise<Workbook> {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.csv' || ext === '.txt') {
    checkCsvBytes(fileName, bytes);
    return { fileName, sheets: [{ name: basename(fileName, extname(fileName)), rows: checkCsvRows(fileName, parseCsv(decodeText(bytes))) }] };
  }
  if (ext === '.xlsx' || ext === '.xlsm') return { fileName, sheets: await readXlsx(bytes) };
  throw new AppError('INVALID', `${fileName} is not a spreadsheet the import reads: choose an .xlsx or .csv file (save older .xls files as .xlsx first).`, { field: 'file' });
}
