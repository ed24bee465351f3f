import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../electron/cli/index';
import { freshTracker, tempDir } from '../../support/tracker-fixture';
import type { MoveReport } from '../../../db/move';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), now: () => new Date('2026-11-20T10:00:00Z') });
  return { code, out, err };
}
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const report = async (db: string) => {
  const r = await cli('report', '--db', db, '--from', '2026-07-01', '--to', '2026-09-30', '--now', '2026-11-20T10:00:00Z', '--json');
  expect(r.err).toBe('');
  return JSON.parse(r.out) as unknown;
};

// Issue 32: "`move` then `report --json` gives equal figures from the file and the server".
describe('moving a tracker between the file and the server', () => {
  it('copies a file to the server and back, every table counted and checksummed, the same report from all three, the source untouched', async () => {
    const file = join(tempDir(), 'north.sqlite');
    expect((await cli('seed', '--db', file, '--escalations', '300', '--now', '2026-11-20T10:00:00Z')).code).toBe(0);
    const before = sha(file);
    const server = await freshTracker();

    const there = await cli('move', '--from', file, '--to', server, '--json');
    expect(there.err).toBe('');
    const moved = JSON.parse(there.out) as MoveReport;
    expect(moved.ok).toBe(true);
    expect(moved.to).not.toContain(new URL(server).password);
    expect(moved.tables.find((t) => t.table === 'escalations')).toMatchObject({ sourceRows: 300, targetRows: 300, same: true });
    expect(moved.tables.find((t) => t.table === 'escalation_events')!.targetRows).toBeGreaterThan(300);
    expect(sha(file)).toBe(before);

    const back = join(tempDir(), 'north-again.sqlite');
    const home = await cli('move', '--from', server, '--to', back);
    expect(home.code).toBe(0);
    expect(home.out).toContain('Every table arrived whole.');

    const fromFile = await report(file);
    expect(await report(server)).toEqual(fromFile);
    expect(await report(back)).toEqual(fromFile);
    expect(JSON.stringify(fromFile)).toMatch(/"initiated"/);
  }, 120_000);

  it('refuses to move into a tracker that already has records, and onto itself', async () => {
    const file = join(tempDir(), 'a.sqlite');
    expect((await cli('seed', '--db', file, '--escalations', '5')).code).toBe(0);
    const server = await freshTracker();
    expect((await cli('move', '--from', file, '--to', server)).code).toBe(0);
    const again = await cli('move', '--from', file, '--to', server);
    expect(again.code).not.toBe(0);
    expect(again.err).toMatch(/already holds a tracker/);
    const self = await cli('move', '--from', file, '--to', file);
    expect(self.err).toMatch(/onto itself/);
  }, 60_000);
});
