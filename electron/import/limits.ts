import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../shared/api/result';
import { columnLetter } from './table';

/**
 * What an import reads at most. A spreadsheet is data from outside the app: one cell at XFD1048576 in a
 * 1.9 KB file, or a 400 MB cell in a 410 KB one, must be refused before the reader allocates for it.
 * The figures are far above any team's tracker (a few thousand rows, a few dozen columns).
 */
export const IMPORT_LIMITS = {
  /** A file named by path (the CLI, Electron's file dialog); uploads are capped by the input schema. */
  fileBytes: 50 * 1024 * 1024,
  /** Everything inside an .xlsx once decompressed. */
  unzippedBytes: 60 * 1024 * 1024,
  rows: 100_000,
  columns: 256,
  /** rows × columns of the used range. */
  cells: 2_000_000,
  /** Excel's own limit on the text in one cell. */
  cellChars: 32_767,
} as const;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

const tooBig = (what: string) =>
  new AppError('INVALID', `The spreadsheet is too large to import: ${what}. Delete unused rows and columns (or split it into several files) and try again.`, { field: 'file' });

const notXlsx = () => new AppError('INVALID', 'The file could not be read as an Excel workbook (.xlsx). If it is an older .xls file, open it in Excel and save it as .xlsx or .csv.', { field: 'file' });

/**
 * The worksheet XML parts of an .xlsx, decompressed with a hard cap on the total (zlib stops at the cap,
 * so a zip bomb costs at most that much memory). Sizes declared in the zip are not trusted.
 */
export function unzipWithLimit(zip: Buffer, limit: number = IMPORT_LIMITS.unzippedBytes): Map<string, string> {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notXlsx();
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  let total = 0;
  const parts = new Map<string, string>();
  try {
    for (let n = 0; n < count; n++) {
      if (zip.readUInt32LE(at) !== CENTRAL) throw notXlsx();
      const method = zip.readUInt16LE(at + 10);
      const compressedSize = zip.readUInt32LE(at + 20);
      const nameLength = zip.readUInt16LE(at + 28);
      const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
      const localAt = zip.readUInt32LE(at + 42);
      const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
      const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
      const raw = zip.subarray(dataAt, dataAt + compressedSize);
      const room = limit - total;
      let data: Buffer;
      if (method === 0) data = raw;
      else {
        try {
          data = inflateRawSync(raw, { maxOutputLength: Math.max(1, room) });
        } catch (err) {
          if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig(`it holds more than ${Math.round(limit / 1024 / 1024)} MB of data once unpacked`);
          throw notXlsx();
        }
      }
      total += data.length;
      if (total > limit) throw tooBig(`it holds more than ${Math.round(limit / 1024 / 1024)} MB of data once unpacked`);
      if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) parts.set(name, data.toString('utf8'));
      at += 46 + skip;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw notXlsx();
  }
  return parts;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The used extent of one worksheet from its cell references (`<c r="XFD1048576">`), not from its
 * `<dimension>` element, which a file may leave out or get wrong.
 */
export function sheetExtent(xml: string): { rows: number; columns: number; farthest: string | null } {
  let rows = 0;
  let columns = 0;
  let farthest: string | null = null;
  for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"/g)) {
    const col = columnNumber(m[1]!);
    const row = Number(m[2]);
    if (row > rows || col > columns) farthest = `${m[1]}${m[2]}`;
    if (row > rows) rows = row;
    if (col > columns) columns = col;
  }
  for (const m of xml.matchAll(/<(?:\w+:)?row\b[^>]*?\br="(\d{1,7})"/g)) rows = Math.max(rows, Number(m[1]));
  return { rows, columns, farthest };
}

/** Refuses an extent over the limits, naming the farthest cell so the person can find it. */
export function checkExtent(sheet: string | null, extent: { rows: number; columns: number; farthest?: string | null }): void {
  const which = sheet === null ? 'a sheet' : `sheet "${sheet}"`;
  const where = extent.farthest ? ` (${which} has a cell at ${extent.farthest})` : sheet === null ? '' : ` (${which})`;
  if (extent.rows > IMPORT_LIMITS.rows) throw tooBig(`${extent.rows.toLocaleString('en-GB')} rows, more than ${IMPORT_LIMITS.rows.toLocaleString('en-GB')}${where}`);
  if (extent.columns > IMPORT_LIMITS.columns)
    throw tooBig(`${extent.columns.toLocaleString('en-GB')} columns (to column ${columnLetter(extent.columns - 1)}), more than ${IMPORT_LIMITS.columns}${where}`);
  if (extent.rows * extent.columns > IMPORT_LIMITS.cells) throw tooBig(`${extent.rows.toLocaleString('en-GB')} rows by ${extent.columns} columns${where}`);
}

/** Refuses a cell longer than Excel allows (a planted 400 MB cell would otherwise be echoed back). */
export function checkCellLength(text: string, sheet: string, row: number, col: number): void {
  if (text.length > IMPORT_LIMITS.cellChars)
    throw new AppError(
      'INVALID',
      `Cell ${columnLetter(col)}${row} on sheet "${sheet}" holds ${text.length.toLocaleString('en-GB')} characters; a cell can hold at most ${IMPORT_LIMITS.cellChars.toLocaleString('en-GB')}. Shorten it and try again.`,
      { field: 'file' },
    );
}
