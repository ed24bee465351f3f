import { describe, expect, it } from 'vitest';
import { excelSerialToIso, parseCohort, parseDate, parseStatus } from '../../../electron/import/values';
import { matchCategories, matchStage, matchUrgency } from '../../../electron/import/match-profile';
import { detectHeaderRow, headersAt } from '../../../electron/import/table';
import { parseCsv } from '../../../electron/import/parse-workbook';
import { guessMapping } from '../../../shared/import/fields';
import { getBuiltinProfile } from '../../../shared/profile/builtin';

const devon = getBuiltinProfile('devon')!;
const slough = getBuiltinProfile('slough')!;
const iro = getBuiltinProfile('iro-handbook')!;

describe('dates as spreadsheets hold them', () => {
  it.each([
    ['03/02/2024', '2024-02-03'],
    ['3/2/24', '2024-02-03'],
    ['03.02.2024', '2024-02-03'],
    ['2024-02-03', '2024-02-03'],
    ['2024-02-03T00:00:00', '2024-02-03'],
    ['3 Feb 2024', '2024-02-03'],
    ['3rd February 2024', '2024-02-03'],
    ['Sat 3 Feb 2024', '2024-02-03'],
    ['45325', '2024-02-03'],
    ['03/02/2024 14:30', '2024-02-03'],
  ])('reads %s as %s (UK day first)', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, date: iso });
  });

  it('reads Excel day numbers and date cells', () => {
    expect(parseDate(45325)).toEqual({ ok: true, date: '2024-02-03' });
    expect(excelSerialToIso(45600)).toBe('2024-11-04');
    expect(parseDate(new Date('2024-02-03T00:00:00Z'))).toEqual({ ok: true, date: '2024-02-03' });
  });

  it('refuses what is not a real date, saying why', () => {
    expect(parseDate('31/02/2024')).toEqual({ ok: false, message: '"31/02/2024" is not a real date' });
    expect(parseDate('sometime in May')).toEqual({ ok: false, message: '"sometime in May" is not a date (write it as 03/02/2024 or 2024-02-03)' });
    expect(parseDate(12)).toEqual({ ok: false, message: '"12" is a number, not a date' });
    expect(parseDate('')).toEqual({ ok: true, date: null });
  });
});

describe('cohort and status words', () => {
  it('understands the usual abbreviations', () => {
    expect(['LAC', 'CLA', 'CiC', 'Looked after', 'S20'].map((v) => parseCohort(v))).toEqual(Array(5).fill({ ok: true, cohort: 'looked-after' }));
    expect(['CP', 'CPP', 'Child Protection Plan'].map((v) => parseCohort(v))).toEqual(Array(3).fill({ ok: true, cohort: 'child-protection' }));
    expect(parseCohort('Adoption').ok).toBe(false);
    expect(['', 'Ongoing', 'awaiting response'].map((v) => parseStatus(v))).toEqual(Array(3).fill({ ok: true, status: 'open' }));
    expect(parseStatus('Closed - resolved')).toEqual({ ok: true, status: 'resolved' });
    expect(parseStatus('NFA')).toEqual({ ok: true, status: 'withdrawn' });
    expect(parseStatus('Referred to CAFCASS')).toEqual({ ok: true, status: 'referred' });
    expect(parseStatus('Pending review board')).toEqual({ ok: false, message: 'the status "Pending review board" is not understood (use Open, Resolved, Withdrawn or Cafcass)' });
  });
});

describe('matching the procedure’s words', () => {
  it('finds stages by key, label, number, recipient and “informal”', () => {
    const ladder = slough.ladders[0]!;
    expect(['Formal Stage 2', 'stage 2', '2', 'Stage two', 'S2', 'stage-2', 'Team Manager (TM)'].map((v) => matchStage(ladder, v))).toEqual(Array(7).fill('stage-2'));
    expect(matchStage(ladder, 'Informal challenge')).toBe('informal');
    expect(matchStage(ladder, 'Stage 7')).toBeNull();
    expect(matchStage(getBuiltinProfile('lcs-form')!.ladders[0]!, 'Informal')).toBeNull();
  });

  it('finds urgency levels by label or initial', () => {
    expect(['Red', 'R', 'red', 'AMBER'].map((v) => matchUrgency(devon, v))).toEqual(['red', 'red', 'red', 'amber']);
    expect(matchUrgency(iro, 'Red')).toBeNull();
  });

  it('finds categories in a cell, whole or split, keeping what it cannot match', () => {
    expect(matchCategories(iro, 'Key documentation missing')).toEqual({ keys: ['key-documentation-missing'], unmatched: [] });
    expect(matchCategories(iro, 'Safeguarding; Permanence drift / Housing')).toEqual({ keys: ['safeguarding', 'permanence-drift'], unmatched: ['Housing'] });
  });
});

describe('the table inside the sheet', () => {
  it('skips a repeated merged title and blank rows to find the header', () => {
    const title = 'Escalation tracker 2024';
    const sheet = { name: 's', rows: [[title, title, title, title], [null, null], ['Name', 'Case ID', 'Date raised', 'Stage'], ['A', '1', '01/02/2024', 'Stage 1']] };
    expect(detectHeaderRow(sheet)).toBe(3);
    expect(headersAt({ name: 's', rows: [['Name', '', 'Name'], ['a', 'b', 'c', 'd']] }, 1)).toEqual(['Name', 'Column B', 'Name (2)', 'Column D']);
  });

  it('maps the usual column names to fields, each column once', () => {
    expect(guessMapping(['Young Person', 'Mosaic No.', 'Legal status', 'Escalation date', 'Current stage', 'RAG', 'Date resolved', 'Allocated SW'])).toEqual({
      childName: 'Young Person',
      caseId: 'Mosaic No.',
      cohort: 'Legal status',
      raisedOn: 'Escalation date',
      stage: 'Current stage',
      urgency: 'RAG',
      closedOn: 'Date resolved',
      socialWorker: 'Allocated SW',
    });
  });

  it('reads quoted CSV fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\r\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"\nthere']]);
  });
});
