import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { AppServices } from '../../../electron/app-services';
import { writeZip } from '../../../electron/letters/zip';
import { IMPORT_LIMITS } from '../../../electron/import/limits';
import { tempDir } from '../../support/tracker-fixture';
import { adminAndOther, api, ok } from './settings-fixture';

// Issue 18: "A 1.9 KB spreadsheet crashes the host … Read sheets with limits (dimensions, rows, columns,
// decompressed size, cell length 32,767) … a formula with no cached value must not become the child name
// "[object Object]"; UTF-16 and binary "CSV" files get a clear message."
const open: AppServices[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function admin(): Promise<AppServices> {
  const t = await adminAndOther();
  open.push(t.admin, t.other);
  return t.admin;
}

const upload = (name: string, bytes: Buffer) => ({ source: { kind: 'upload' as const, name, base64: bytes.toString('base64') } });

/** A minimal hand-made .xlsx whose one sheet has the given cells XML (exceljs would never write these). */
function xlsxWith(sheetData: string, sharedStrings: string[] = []): Buffer {
  const ct = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const wb = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tracker" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const wbRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`;
  const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">${sharedStrings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;
  return writeZip([
    ['[Content_Types].xml', ct],
    ['_rels/.rels', rels],
    ['xl/workbook.xml', wb],
    ['xl/_rels/workbook.xml.rels', wbRels],
    ['xl/worksheets/sheet1.xml', sheet],
    ['xl/sharedStrings.xml', sst],
  ]);
}

const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>Child’s name</t></is></c><c r="B1" t="inlineStr"><is><t>LCS ID</t></is></c></row>';

describe('spreadsheet import limits', () => {
  it('refuses one cell at XFD1048576 in a tiny file without reading the sheet, naming the cell', async () => {
    const s = await admin();
    const bytes = xlsxWith(`${header}<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>`);
    expect(bytes.length).toBeLessThan(4000);
    const r = await api(s, 'import.inspect', upload('tiny.xlsx', bytes));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({ code: 'INVALID', details: { field: 'file' } });
    expect(!r.ok && r.error.message).toMatch(/1,048,576 rows, more than 100,000 \(a sheet has a cell at XFD1048576\)/);
  });

  it('refuses more columns than the import reads', async () => {
    const s = await admin();
    const r = await api(s, 'import.inspect', upload('wide.xlsx', xlsxWith(`${header}<row r="2"><c r="IW2"><v>1</v></c></row>`)));
    expect(!r.ok && r.error.message).toMatch(/257 columns \(to column IW\), more than 256/);
  });

  it('refuses a file that unpacks to more than the limit (one huge cell), without echoing it back', async () => {
    const s = await admin();
    const huge = 'A'.repeat(IMPORT_LIMITS.unzippedBytes + 1024);
    const bytes = xlsxWith(header, [huge]);
    expect(bytes.length).toBeLessThan(1_000_000);
    const r = await api(s, 'import.inspect', upload('bomb.xlsx', bytes));
    expect(!r.ok && r.error.code).toBe('INVALID');
    expect(!r.ok && r.error.message).toMatch(/more than 60 MB of data once unpacked/);
    expect(JSON.stringify(r).length).toBeLessThan(2000);
  });

  it('refuses a cell longer than Excel’s 32,767 characters', async () => {
    const s = await admin();
    const bytes = xlsxWith(`${header}<row r="2"><c r="A2" t="s"><v>0</v></c></row>`, ['B'.repeat(40_000)]);
    const r = await api(s, 'import.inspect', upload('long.xlsx', bytes));
    expect(!r.ok && r.error.message).toMatch(/Cell A2 on sheet "Tracker" holds 40,000 characters; a cell can hold at most 32,767/);
  });

  it('reads a formula with no cached value as a blank, never "[object Object]"', async () => {
    const s = await admin();
    const bytes = xlsxWith(`${header}<row r="2"><c r="A2"><f>CONCAT("Jor","dan")</f></c><c r="B2" t="inlineStr"><is><t>LCS-1</t></is></c></row>`);
    const inspection = await ok(s, 'import.inspect', upload('formula.xlsx', bytes));
    expect(inspection.sample[0]).toEqual(['', 'LCS-1']);
  });

  it('reads a 150,000-row CSV header without overflowing the stack, and refuses its row count plainly', async () => {
    const s = await admin();
    const rows = ['Child’s name,LCS ID', ...Array.from({ length: 150_000 }, (_, i) => `Child ${i},LCS-${i}`)].join('\n');
    const file = join(tempDir(), 'big.csv');
    writeFileSync(file, rows);
    const r = await api(s, 'import.inspect', { source: { kind: 'path', path: file } });
    expect(!r.ok && r.error.message).toMatch(/150,001 rows, more than 100,000/);
    const under = join(tempDir(), 'under.csv');
    writeFileSync(under, rows.split('\n').slice(0, 90_000).join('\n'));
    const inspection = await ok(s, 'import.inspect', { source: { kind: 'path', path: under } });
    expect(inspection.headers).toEqual(['Child’s name', 'LCS ID']);
  });

  it('says a UTF-16 "CSV" and a binary file named .csv are not CSV, and what to save instead', async () => {
    const s = await admin();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Child’s name\tLCS ID\n', 'utf16le')]);
    const a = await api(s, 'import.inspect', upload('unicode.csv', utf16));
    expect(!a.ok && a.error.message).toMatch(/unicode\.csv is saved as UTF-16 .*CSV UTF-8/);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['a']);
    const b = await api(s, 'import.inspect', upload('renamed.csv', Buffer.from(await wb.xlsx.writeBuffer())));
    expect(!b.ok && b.error.message).toMatch(/renamed\.csv is not a text \(CSV\) file/);
  });

  it('refuses a file named by path that is larger than the import reads, before reading it', async () => {
    const s = await admin();
    const file = join(tempDir(), 'huge.csv');
    writeFileSync(file, Buffer.alloc(IMPORT_LIMITS.fileBytes + 1, 0x41));
    const r = await api(s, 'import.inspect', { source: { kind: 'path', path: file } });
    expect(!r.ok && r.error.message).toMatch(/huge\.csv is 50 MB; the import reads files of at most 50 MB/);
  });
});
