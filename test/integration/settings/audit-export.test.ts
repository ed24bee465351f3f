import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { AppServices } from '../../../electron/app-services';
import { runCli } from '../../../electron/cli/index';
import { childInput, opId, freshTracker, tempDir } from '../../support/tracker-fixture';
import { adminAndOther, api, ok, openAs, otherJoinsAs } from './settings-fixture';
import { messyTrackerXlsx } from './messy-spreadsheet';

const open: AppServices[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

const concern = { categoryKeys: ['other'], summary: 'Plan drift', impactOnChild: 'Delay', requestedAction: { what: 'Review', who: 'TM', byWhen: null }, expectedOutcomeKeys: [] };

async function trackerWithHistory() {
  // A clock that moves on a minute at each reading, so the log has a real order.
  let at = Date.parse('2025-03-03T09:00:00Z');
  const t = await adminAndOther({ now: () => new Date((at += 60_000)) });
  open.push(t.admin, t.other);
  await otherJoinsAs(t, 'chair');
  const a = await ok(t.admin, 'children.create', childInput({ name: 'Amira Said' }));
  const b = await ok(t.other, 'children.create', childInput({ name: 'Leo Grant' }));
  const ea = await ok(t.admin, 'escalations.raise', { childId: a.id, concern, opId: opId() });
  await ok(t.other, 'escalations.raise', { childId: b.id, concern, opId: opId() });
  await ok(t.admin, 'escalations.command', { id: ea.row.id, version: ea.version, command: { kind: 'add-note', text: 'Chased by phone' }, opId: opId() });
  return { ...t, a, b, ea };
}

describe('audit log', () => {
  it('lists change-log rows and escalation events together, filterable by person, child, escalation and date', async () => {
    const t = await trackerWithHistory();
    const all = await ok(t.admin, 'audit.list', {});
    expect(all.actors).toEqual(['Jo Khan', 'Sam Patel']);
    const jo = await ok(t.admin, 'audit.list', { actor: 'Jo Khan' });
    expect(jo.rows.every((r) => r.actor === 'Jo Khan')).toBe(true);
    expect(jo.rows.map((r) => `${r.source}:${r.entity}:${r.action}`).sort()).toEqual(['change:child:created', 'change:person:created', 'event:escalation:raised']);
    const amira = await ok(t.admin, 'audit.list', { childId: t.a.id });
    expect(amira.rows.map((r) => `${r.source}:${r.action}`)).toEqual(['event:note', 'event:raised', 'change:created']);
    expect(amira.rows.every((r) => r.childName === 'Amira Said')).toBe(true);
    const esc = await ok(t.admin, 'audit.list', { escalationId: t.ea.row.id });
    expect(esc.rows.map((r) => r.summary)).toEqual(['Escalation event note: Chased by phone', 'Escalation event raised']);
    expect((await ok(t.admin, 'audit.list', { from: '2025-03-03', to: '2025-03-03' })).total).toBe(all.total);
    expect(all.rows.map((r) => r.at)).toEqual([...all.rows.map((r) => r.at)].sort().reverse());
    expect((await ok(t.admin, 'audit.list', { from: '2025-03-04' })).total).toBe(0);
    expect((await ok(t.admin, 'audit.list', { to: '2025-03-02' })).total).toBe(0);
  });

  it('exports the filtered log as CSV that Excel opens safely', async () => {
    const t = await trackerWithHistory();
    const evil = await ok(t.admin, 'children.create', childInput({ name: '=HYPERLINK("http://x.example","Open")' }));
    const csv = await ok(t.admin, 'audit.csv', { escalationId: t.ea.row.id });
    const lines = csv.csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv.csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('When (UTC),Who,Computer,Source,Record,Record id,Action,Child,Child id,Escalation id,Summary,Detail');
    expect(lines.slice(1).map((l) => l.split(',').slice(1, 4).join(','))).toEqual(['Sam Patel,pc-spatel,event', 'Sam Patel,pc-spatel,event']);
    expect(csv.rows).toBe(2);
    // A cell that Excel would run as a formula is written as text.
    const child = await ok(t.admin, 'audit.csv', { childId: evil.id });
    expect(child.csv).toContain(`"'=HYPERLINK(""http://x.example"",""Open"")"`);
    expect(csv.fileName).toMatch(/^escalation-tracker-audit-2025-03-03\.csv$/);
  });

  it('is refused to a chair, and open to QA managers and administrators', async () => {
    const t = await trackerWithHistory();
    const r = await api(t.other, 'audit.list', {});
    expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN');
  });
});

describe('export the whole tracker', () => {
  it('writes one sheet per table with every row, and records the export', async () => {
    const t = await trackerWithHistory();
    const result = await ok(t.admin, 'export.xlsx', {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(result.base64!, 'base64') as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    for (const table of ['people', 'children', 'escalations', 'escalation_events', 'settings', 'change_log', 'profiles', 'letters', 'themes']) expect(names).toContain(table);
    const events = wb.getWorksheet('escalation_events')!;
    expect(events.getRow(1).values).toEqual(expect.arrayContaining(['escalation_id', 'seq', 'kind', 'body', 'at', 'actor']));
    expect(events.actualRowCount).toBe(1 + 3);
    expect(result.sheets.find((s) => s.name === 'children')?.rows).toBe(2);
    const log = await ok(t.admin, 'audit.list', {});
    expect(log.rows[0]).toMatchObject({ entity: 'export', action: 'exported', actor: 'Sam Patel', summary: 'Tracker exported (downloaded)' });
  });

  it('runs from the command line: export --db FILE --out X.xlsx', async () => {
    const file = await freshTracker();
    const s = await openAs(file, { name: 'Sam Patel', osUser: 'spatel' });
    await ok(s, 'children.create', childInput());
    await s.close();
    const out = join(tempDir(), 'records.xlsx');
    const lines: string[] = [];
    const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(`ERR ${t}`), now: () => new Date('2025-03-03T10:00:00Z') };
    expect(await runCli(['export', '--db', file, '--out', out], io)).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(lines).toContain(`Wrote ${out}`);
    expect(lines.find((l) => l.startsWith('children'))).toMatch(/children\s+1 rows/);
    expect(await runCli(['export', '--db', file, '--out', join(tempDir(), 'x.csv')], io)).toBe(2);
  });

  it('imports from the command line with a dry run first', async () => {
    const file = await freshTracker();
    await (await openAs(file, undefined)).close();
    const sheet = join(tempDir(), 'old.xlsx');
    writeFileSync(sheet, await messyTrackerXlsx());
    const lines: string[] = [];
    const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(`ERR ${t}`), now: () => new Date('2025-03-03T10:00:00Z') };
    expect(await runCli(['import', '--db', file, '--file', sheet, '--dry-run'], io)).toBe(1);
    expect(lines.at(-1)).toBe('13 rows: 5 accepted, 5 rejected, 1 duplicate, 0 already imported, 2 blank; 5 new children');
    expect(await runCli(['import', '--db', file, '--file', sheet], io)).toBe(1);
    expect(await runCli(['import', '--db', file, '--file', sheet], io)).toBe(1);
    expect(lines.at(-1)).toBe('13 rows: 0 accepted, 5 rejected, 1 duplicate, 5 already imported, 2 blank; 0 new children');
    expect(readFileSync(sheet).length).toBeGreaterThan(0);
  });
});
