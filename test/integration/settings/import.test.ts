import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppServices } from '../../../electron/app-services';
import { waitForImport } from '../../../electron/services/import-service';
import type { ImportReport } from '../../../shared/api/settings-outputs';
import { opId, tempDir } from '../../support/tracker-fixture';
import { adminAndOther, api, ok } from './settings-fixture';
import { expected, messyTrackerXlsx } from './messy-spreadsheet';

const open: AppServices[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

const rowsWith = (report: ImportReport, status: string) => report.rows.filter((r) => r.status === status).map((r) => r.row);
const reasonsOf = (report: ImportReport, row: number) => report.rows.find((r) => r.row === row)!.reasons;

/** Starts an import as the page does, and waits for it to finish (the page polls import.status). */
async function importOnce(s: AppServices, request: { source: { kind: 'upload'; name: string; base64: string } | { kind: 'path'; path: string }; sheet: string; headerRow: number; mapping: Record<string, string | null | undefined> }) {
  const started = await ok(s, 'import.start', { ...request, defaults: { cohort: null, categoryKey: null }, opId: opId() });
  return (await waitForImport(started.jobId)).report!;
}

describe('import from the old spreadsheet tracker', () => {
  it('finds the header under a merged title row and guesses the mapping from the column names', async () => {
    const t = await adminAndOther();
    open.push(t.admin, t.other);
    const source = { kind: 'upload' as const, name: 'messy.xlsx', base64: (await messyTrackerXlsx()).toString('base64') };
    const inspection = await ok(t.admin, 'import.inspect', { source });
    expect(inspection).toMatchObject({ sheet: 'Tracker 2024-25', headerRow: 3, mappingSource: 'guessed' });
    expect(inspection.mapping).toEqual({
      childName: 'Child’s name',
      caseId: 'LCS ID',
      dateOfBirth: 'DOB',
      cohort: 'LAC/CP',
      raisedOn: 'Date raised',
      stage: 'Stage',
      category: 'Category of concern',
      summary: 'Summary',
      status: 'Status',
      closedOn: 'Date closed',
      chair: 'IRO',
      team: 'Team',
      notes: 'Comments',
    });
    expect(inspection.sample[0]!.slice(0, 6)).toEqual(['Jordan Ellis', 'LCS-1001', '2014-05-17', 'LAC', '2024-09-02', 'Stage 1']);
  });

  it('dry-runs a messy spreadsheet row by row: exact accepted and rejected rows, each with its reason, nothing written', async () => {
    const t = await adminAndOther();
    open.push(t.admin, t.other);
    const source = { kind: 'upload' as const, name: 'messy.xlsx', base64: (await messyTrackerXlsx()).toString('base64') };
    const { mapping, sheet, headerRow } = await ok(t.admin, 'import.inspect', { source });
    const report = await ok(t.admin, 'import.dryRun', { source, sheet, headerRow, mapping });
    expect(report.counts).toEqual({ accepted: 5, rejected: 5, duplicate: 1, 'already-imported': 0, blank: 2, total: 13, newChildren: 5 });
    expect(rowsWith(report, 'accepted')).toEqual(expected.accepted);
    expect(rowsWith(report, 'rejected')).toEqual(expected.rejected);
    expect(rowsWith(report, 'duplicate')).toEqual(expected.duplicate);
    expect(rowsWith(report, 'blank')).toEqual(expected.blank);
    expect(reasonsOf(report, 8)).toEqual([expect.stringMatching(/^the stage "Stage 7" is not a stage of the Dispute resolution ladder \(its stages are: Informal, Stage 1: Team Manager/)]);
    expect(reasonsOf(report, 9)).toEqual(['same case ID, date raised and stage as row 4']);
    expect(reasonsOf(report, 10)).toEqual(['the date raised: "sometime in May" is not a date (write it as 03/02/2024 or 2024-02-03)']);
    expect(reasonsOf(report, 12)).toEqual(['the status is Resolved but there is no date closed']);
    expect(reasonsOf(report, 13)).toEqual(['case ID LCS-1008 is not in the tracker and the row has no child’s name to add the child with']);
    expect(reasonsOf(report, 16)).toEqual(['the date raised 2026-06-01 is in the future']);
    expect(report.rows.find((r) => r.row === 11)!.warnings).toEqual(['the category "Housing" is not one of the procedure’s categories: recorded as “Other (specify)”']);
    expect(report.rows.find((r) => r.row === 6)).toMatchObject({ raisedOn: '2024-11-04', stage: 'Informal resolution' });
    expect((await ok(t.admin, 'escalations.list', { status: 'any' })).total).toBe(0);
  });

  it('imports with the original dates, marks the history as imported, and a second import is a no-op', async () => {
    const t = await adminAndOther();
    open.push(t.admin, t.other);
    const path = join(tempDir(), 'old tracker.xlsx');
    writeFileSync(path, await messyTrackerXlsx());
    const source = { kind: 'path' as const, path };
    const { mapping, sheet, headerRow } = await ok(t.admin, 'import.inspect', { source });
    const first = await importOnce(t.admin, { source, sheet, headerRow, mapping });
    expect(first.counts).toMatchObject({ accepted: 5, rejected: 5, duplicate: 1, blank: 2 });
    const list = await ok(t.admin, 'escalations.list', { status: 'any', sort: 'raised' });
    expect(list.rows.map((r) => `${r.childName} ${r.caseId} ${r.raisedAt} ${r.stageKey} ${r.status}`)).toEqual([
      'Jordan Ellis LCS-1001 2024-09-02T11:00:00.000Z stage-1 open',
      'Amira Said LCS-1002 2024-10-03T11:00:00.000Z stage-2 resolved',
      'Leo Grant LCS-1003 2024-11-04T12:00:00.000Z informal open',
      'Ella Moss LCS-1006 2024-11-20T12:00:00.000Z stage-1 open',
      'Finn Ross LCS-1009 2024-12-12T12:00:00.000Z stage-3 withdrawn',
    ]);
    const jordan = await ok(t.admin, 'escalations.get', { id: list.rows[0]!.id });
    // Raised Monday 2 September 2024 at Stage 1 (5 working days): due Monday 9 September, not from today.
    expect(jordan.state.currentClock?.dueDate).toBe('2024-09-09');
    expect(jordan.events[1]!.body).toMatchObject({ kind: 'note', text: expect.stringMatching(/^Imported from old tracker\.xlsx \(sheet “Tracker 2024-25”, row 4\) on Monday 3 March 2025 by Sam Patel\. Spreadsheet values: .*Comments: TM chased 5\/9/) });
    const amira = await ok(t.admin, 'escalations.get', { id: list.rows[1]!.id });
    expect(amira.events.map((e) => `${e.body.kind}@${e.at.slice(0, 10)}`)).toEqual(['raised@2024-10-03', 'note@2024-10-03', 'resolved@2024-10-15']);
    expect(amira.child).toMatchObject({ name: 'Amira Said', dateOfBirth: '2012-02-01', cohort: 'looked-after', chair: 'Sam Patel' });

    const again = await importOnce(t.admin, { source, sheet, headerRow, mapping });
    expect(again.counts).toMatchObject({ accepted: 0, 'already-imported': 5, rejected: 5, duplicate: 1, blank: 2 });
    expect((await ok(t.admin, 'escalations.list', { status: 'any' })).total).toBe(5);
    expect((await ok(t.admin, 'children.list', {})).length).toBe(5);
    // The mapping is remembered for next time.
    expect((await ok(t.admin, 'import.inspect', { source })).mappingSource).toBe('remembered');
  });

  it('reads a CSV saved from Excel: semicolons, quoted line breaks, Windows-1252 text', async () => {
    const t = await adminAndOther();
    open.push(t.admin, t.other);
    const csv = 'Case ID;Name;Cohort;Date raised;Stage;Concern\r\nLCS-2001;Zoë Brown;CP;04/11/2024;Stage 1;"Plan not\r\nshared"\r\nLCS-2002;Tom Lee;LAC;05/11/2024;Stage 9;x\r\n';
    const base64 = Buffer.from(csv, 'latin1').toString('base64');
    const source = { kind: 'upload' as const, name: 'tracker.csv', base64 };
    const inspection = await ok(t.admin, 'import.inspect', { source });
    const report = await ok(t.admin, 'import.dryRun', { source, sheet: inspection.sheet, headerRow: inspection.headerRow, mapping: inspection.mapping });
    expect(report.rows.map((r) => `${r.row}:${r.status}:${r.childName}`)).toEqual(['2:accepted:Zoë Brown', '3:rejected:Tom Lee']);
  });

  it('refuses an import by a non-administrator (the API, not just the page)', async () => {
    const t = await adminAndOther();
    open.push(t.admin, t.other);
    const source = { kind: 'upload' as const, name: 'messy.xlsx', base64: (await messyTrackerXlsx()).toString('base64') };
    const r = await api(t.other, 'import.start', { source, sheet: 'Tracker 2024-25', headerRow: 3, mapping: { caseId: 'LCS ID', raisedOn: 'Date raised', stage: 'Stage' }, opId: opId() });
    expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN');
  });
});
