import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../electron/cli/index';
import { tempDir } from '../../support/tracker-fixture';
import { buildReportScenario, call, type Scenario } from '../../support/report-scenario';

let s: Scenario;
beforeAll(async () => {
  s = await buildReportScenario();
});
afterAll(() => s.services.close());

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), now: () => new Date('2025-07-10T10:00:00Z') });
  return { code, out, err };
}

describe('the oversight dashboard', () => {
  it('counts open escalations by stage, team and chair, overdue now and due this week (Monday 30 June 2025)', async () => {
    const then = await buildReportScenario({ upTo: '2025-06-30T09:00:00Z' });
    try {
      const d = await call(then.services, 'reports.dashboard', {});
      expect(d).toMatchObject({ today: '2025-06-30', weekEnds: '2025-07-06', open: 2, overdue: 1, dueThisWeek: 1 });
      expect(d.byStage.map((g) => [g.key, g.open, g.overdue, g.dueThisWeek])).toEqual([
        ['stage-1', 1, 0, 1],
        ['stage-4', 1, 1, 0],
      ]);
      expect(d.byTeam.map((g) => [g.key, g.open])).toEqual([
        ['North', 1],
        ['South', 1],
      ]);
      // Ageing in working days since raised: D (27 Jun) is 1 working day old, B (16 Apr) over 20.
      expect(d.ageing).toEqual([
        { key: '0-5', label: 'Up to 5 working days', from: '2025-06-23', to: '2025-06-30', open: 1 },
        { key: '6-10', label: '6 to 10 working days', from: '2025-06-16', to: '2025-06-22', open: 0 },
        { key: '11-20', label: '11 to 20 working days', from: '2025-06-02', to: '2025-06-15', open: 0 },
        { key: '21+', label: 'Over 20 working days', from: null, to: '2025-06-01', open: 1 },
      ]);
    } finally {
      await then.services.close();
    }
  });

  it('gives new and closed escalations for each of the last 12 months', async () => {
    const d = await call(s.services, 'reports.dashboard', {});
    expect(d.monthly).toHaveLength(12);
    const month = (m: string) => d.monthly.find((x) => x.month === m)!;
    expect([month('2025-01').raised, month('2025-02').raised, month('2025-04').raised, month('2025-07').raised]).toEqual([1, 1, 1, 0]);
    expect([month('2025-02').closed, month('2025-04').closed, month('2025-05').closed, month('2025-07').closed]).toEqual([1, 2, 1, 1]);
    expect(month('2024-08')).toMatchObject({ from: '2024-08-01', to: '2024-08-31', raised: 0, closed: 0 });
    expect(d.themes).toEqual({ open: 1, escalated: 0, monitoring: 0 });
  });
});

describe('the command line prints the same figures the Reports page shows', () => {
  it('report --json equals the reports.period answer for the same tracker', async () => {
    const fromUi = await call(s.services, 'reports.period', { from: '2025-04-01', to: '2025-06-30' });
    const r = await cli(['report', '--db', s.file, '--from', '2025-04-01', '--to', '2025-06-30', '--json', '--profile', 'iro-handbook']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(fromUi);
  });

  it('report --annual --json equals the reports.annual answer', async () => {
    const fromUi = await call(s.services, 'reports.annual', { year: 2025 });
    const r = await cli(['report', '--db', s.file, '--annual', '2025', '--json', '--profile', 'iro-handbook']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(fromUi);
  });

  it('prints the key messages and the summary table without --json', async () => {
    const r = await cli(['report', '--db', s.file, '--from', '2025-04-01', '--to', '2025-06-30', '--profile', 'iro-handbook']);
    expect(r.out).toContain('3 escalation alerts were initiated in Q1 2025/26 (the same as in the previous period): 1 informal and 2 formal.');
    expect(r.out).toMatch(/Stage responses within timescale \(%\)\s+60\.0%\s+50\.0%/);
  });

  it('writes the Word, Excel and CSV files it is asked for', async () => {
    const dir = tempDir('et-report-cli-');
    const out = (ext: string) => join(dir, `q1.${ext}`);
    const r = await cli(['report', '--db', s.file, '--from', '2025-04-01', '--to', '2025-06-30', '--profile', 'iro-handbook', '--docx', out('docx'), '--xlsx', out('xlsx'), '--csv', out('csv')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Wrote ${out('docx')}`);
    expect(readFileSync(out('docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(out('xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(out('csv'), 'utf8')).toContain('Summary,initiated,Escalations initiated,Escalations initiated,Q1 2025/26,2025-04-01,2025-06-30,3');
  });

  it('explains bad arguments with the usage line and exit code 2', async () => {
    const r = await cli(['report', '--db', s.file, '--from', '2025-04-01']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('give --from and --to');
    const backwards = await cli(['report', '--db', s.file, '--from', '2025-06-30', '--to', '2025-04-01']);
    expect(backwards.code).toBe(2);
    expect(backwards.err).toContain('The end date must be on or after the start date');
  });
});
