import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/api/result';
import type { RawCell } from './values';

export interface Sheet {
  name: string;
  /** Rows as Excel shows them: rows[0] is row 1; cells in column order. */
  rows: RawCell[][];
}

export interface Workbook {
  fileName: string;
  sheets: Sheet[];
}

export type ImportSource = { kind: 'path'; path: string } | { kind: 'upload'; name: string; base64: string };

/** The value a person sees in an .xlsx cell: formulas give their result, rich text its plain text. */
function valueOf(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return valueOf((v.result ?? null) as ExcelJS.CellValue);
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return null;
  }
  return String(v);
}

async function readXlsx(bytes: Buffer): Promise<Sheet[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('INVALID', 'The file could not be read as an Excel workbook (.xlsx). If it is an older .xls file, open it in Excel and save it as .xlsx or .csv.', { field: 'file' });
  }
  return wb.worksheets.map((ws) => {
    const rows: RawCell[][] = [];
    const width = ws.columnCount;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: RawCell[] = [];
      // Merged cells read as the value of their top-left cell (so a merged child name fills every row it spans).
      for (let c = 1; c <= width; c++) cells.push(valueOf(row.getCell(c).value));
      rows.push(cells);
    }
    return { name: ws.name, rows };
  });
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

export async function readSource(source: ImportSource): Promise<{ fileName: string; bytes: Buffer }> {
  if (source.kind === 'upload') return { fileName: basename(source.name), bytes: Buffer.from(source.base64, 'base64') };
  try {
    return { fileName: basename(source.path), bytes: await readFile(source.path) };
  } catch {
    throw new AppError('NOT_FOUND', `The file ${source.path} cannot be read. Check the path and that the file is not open and locked by Excel.`, { field: 'file' });
  }
}

export async function readWorkbook(source: ImportSource): Promise<Workbook> {
  const { fileName, bytes } = await readSource(source);
  const ext = extname(fileName).toLowerCase();
  if (ext === '.csv' || ext === '.txt') {
    return { fileName, sheets: [{ name: basename(fileName, extname(fileName)), rows: parseCsv(decodeText(bytes)) }] };
  }
  if (ext === '.xlsx' || ext === '.xlsm') return { fileName, sheets: await readXlsx(bytes) };
  throw new AppError('INVALID', `${fileName} is not a spreadsheet the import reads: choose an .xlsx or .csv file (save older .xls files as .xlsx first).`, { field: 'file' });
}
