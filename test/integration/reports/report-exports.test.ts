import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { buildReportScenario, call, type Scenario } from '../../support/report-scenario';

let s: Scenario;
beforeAll(async () => {
  s = await buildReportScenario();
});
afterAll(() => s.services.close());

const bytes = (base64: string) => Buffer.from(base64, 'base64');

describe('the report as files', () => {
  it('writes a Word report on the authority letterhead with the figures, the bypass reasons and three charts', async () => {
    const file = await call(s.services, 'reports.export', { report: 'period', from: '2025-04-01', to: '2025-06-30', format: 'docx' });
    expect(file.fileName).toBe('escalation-report-Q1-2025-26.docx');
    const zip = await JSZip.loadAsync(bytes(file.base64));
    const header = await zip.file(/word\/header\d*\.xml/)[0]!.async('string');
    expect(header).toContain('Any local authority in England');
    const doc = await zip.file('word/document.xml')!.async('string');
    expect(doc).toContain('Escalation of concern report: Q1 2025/26');
    expect(doc).toContain('3 escalation alerts were initiated in Q1 2025/26');
    expect(doc).toContain('Child at immediate risk of placement breakdown');
    expect(doc).toContain('Placement sufficiency for teenagers');
    expect(doc).toContain('60.0%');
    const pictures = zip.file(/word\/media\/.*\.png/);
    expect(pictures).toHaveLength(3);
    const png = await pictures[0]!.async('nodebuffer');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('writes the annual figures as a Word report titled for the IRO annual report', async () => {
    const file = await call(s.services, 'reports.export', { report: 'annual', year: 2025, format: 'docx' });
    expect(file.fileName).toBe('iro-annual-escalations-2025-26.docx');
    const doc = await (await JSZip.loadAsync(bytes(file.base64))).file('word/document.xml')!.async('string');
    expect(doc).toContain('IRO annual report: escalation figures 2025/26');
  });

  it('writes a CSV in long form, one figure a line, that a spreadsheet opens as UTF-8', async () => {
    const file = await call(s.services, 'reports.export', { report: 'period', from: '2025-04-01', to: '2025-06-30', format: 'csv' });
    const text = bytes(file.base64).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('section,row_key,row,measure,period,from,to,value');
    expect(lines).toContain('Summary,initiated,Escalations initiated,Escalations initiated,Q1 2025/26,2025-04-01,2025-06-30,3');
    expect(lines).toContain('Summary,initiated,Escalations initiated,Escalations initiated,Q4 2024/25,2025-01-01,2025-03-31,3');
    expect(lines).toContain('Stage timeliness (stages that ended in the period),stage-1,Stage 1: Team Manager,With extensions (%),Q1 2025/26,2025-04-01,2025-06-30,100');
    expect(lines).toContain('Summary,median,Median working days to resolution,Median working days to resolution,Q1 2025/26,2025-04-01,2025-06-30,30.5');
  });

  it('writes an Excel workbook with the tables, the long figures and the detail lists', async () => {
    const file = await call(s.services, 'reports.export', { report: 'period', from: '2025-04-01', to: '2025-06-30', format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes(file.base64) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Tables', 'Figures (long)', 'Bypasses', 'Extensions', 'Themed concerns', 'Definitions']);
    const bypasses = book.getWorksheet('Bypasses')!;
    expect(bypasses.getRow(2).getCell(6).value).toBe('Child at immediate risk of placement breakdown');
    const extensions = book.getWorksheet('Extensions')!;
    expect(extensions.getRow(2).getCell(6).value).toBe(3);
    const long = book.getWorksheet('Figures (long)')!;
    expect(long.getRow(2).values).toEqual([undefined, 'Summary', 'initiated', 'Escalations initiated', 'Escalations initiated', 'Q1 2025/26', '2025-04-01', '2025-06-30', 3]);
  });
});
