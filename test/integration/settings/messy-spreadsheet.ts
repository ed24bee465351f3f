import ExcelJS from 'exceljs';

/** The expected fate of each data row of the messy tracker, by spreadsheet row number. */
export const expected = {
  accepted: [4, 5, 6, 11, 14],
  rejected: [8, 10, 12, 13, 16],
  duplicate: [9],
  blank: [7, 15],
};

const HEADERS = ['Child’s name', 'LCS ID', 'DOB', 'LAC/CP', 'Date raised', 'Stage', 'Category of concern', 'Summary', 'Status', 'Date closed', 'IRO', 'Team', 'Comments'];

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * An old escalation tracker as teams really keep them: a merged title row and a blank row above the
 * header, dates as date cells, as text and as bare Excel day numbers, blank rows, a stage the procedure
 * does not have, a row typed twice, free-text categories, and formatted-but-empty rows at the end.
 */
export async function messyTrackerXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tracker 2024-25');
  ws.addRow(['Escalation Tracker 2024/25 – Reviewing Service']);
  ws.mergeCells('A1:M1');
  ws.addRow([]);
  ws.addRow(HEADERS);
  const rows: (string | number | Date | null)[][] = [
    /* 4 */ ['Jordan Ellis', 'LCS-1001', d('2014-05-17'), 'LAC', d('2024-09-02'), 'Stage 1', 'Permanence drift', 'No permanence plan two reviews running', 'Open', null, 'Sam Patel', 'CIC 2', 'TM chased 5/9'],
    /* 5 */ ['Amira Said', 'LCS-1002', '01/02/2012', 'Looked after', '03/10/2024', 'Stage 2', 'Key documentation missing', 'Care plan not on file', 'Resolved', '15/10/2024', 'Sam Patel', 'CIC 1', ''],
    /* 6 */ ['Leo Grant', 'LCS-1003', null, 'CLA', 45600, 'Informal', 'Safeguarding', 'Contact arrangements unsafe', '', null, 'Jo Khan', 'CIC 2', ''],
    /* 7 */ [null, null, null, null, null, null, null, null, null, null, null, null, null],
    /* 8 */ ['Maya Jones', 'LCS-1004', null, 'LAC', d('2024-10-01'), 'Stage 7', 'Other', 'Placement plan', 'Open', null, 'Sam Patel', '', ''],
    /* 9 */ ['Jordan Ellis', 'LCS-1001', d('2014-05-17'), 'LAC', d('2024-09-02'), 'Stage 1', 'Permanence drift', 'No permanence plan two reviews running', 'Open', null, 'Sam Patel', 'CIC 2', 'typed twice'],
    /* 10 */ ['Noah Price', 'LCS-1005', null, 'LAC', 'sometime in May', 'Stage 1', 'Other', 'Visits overdue', 'Open', null, '', '', ''],
    /* 11 */ ['Ella Moss', 'LCS-1006', null, 'LAC', '2024-11-20', 'stage one', 'Housing', 'Housing for care leaver', 'Open', null, 'Jo Khan', '', ''],
    /* 12 */ ['Ava Cole', 'LCS-1007', null, 'LAC', '12/11/2024', 'Stage 1', 'Other', 'Late assessment', 'Resolved', null, '', '', ''],
    /* 13 */ [null, 'LCS-1008', null, 'LAC', '12/11/2024', 'Stage 1', 'Other', 'No name', 'Open', null, '', '', ''],
    /* 14 */ ['Finn Ross', 'LCS-1009', null, 'CP', '12 Dec 2024', 'Stage 3: Head of Service', 'Failure to plan', 'Core group not held', 'Withdrawn', '2025-01-06', 'Jo Khan', 'CP 1', 'Agreed at strategy meeting'],
    /* 15 */ [null, null, null, null, null, null, null, null, null, null, null, null, null],
    /* 16 */ ['Ivy Hart', 'LCS-1010', null, 'LAC', '01/06/2026', 'Stage 1', 'Other', 'Future date', 'Open', null, '', '', ''],
  ];
  for (const r of rows) ws.addRow(r);
  // Formatted but empty rows below the table (Excel keeps them): not rows of data.
  for (let i = 17; i <= 20; i++) ws.getCell(`A${i}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getColumn(3).numFmt = 'dd/mm/yyyy';
  ws.getColumn(5).numFmt = 'dd/mm/yyyy';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
