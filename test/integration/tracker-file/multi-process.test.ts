import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runStress } from '../../../electron/stress/runner';
import { tempDir } from '../../support/tracker-fixture';

/**
 * Several real OS processes (one per "desktop") write random engine commands to one tracker file through
 * the real services, with busy retries and version checks; afterwards every acknowledged operation must
 * be in the file and the file must pass PRAGMA integrity_check. Small P and N so CI stays fast; the
 * benchmark (docs/BENCHMARKS.md) runs P=10, N=200.
 */
describe('one tracker file written by several processes', () => {
  it('loses no acknowledged write and stays intact with 3 processes writing at once', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const ackLog = join(dir, 'acks.log');
    const r = await runStress({ db: join(dir, 'shared.sqlite'), processes: 3, ops: 25, ackLog });
    expect(r.integrity).toBe('ok');
    expect(r.lost).toBe(0);
    expect(r.lostOpIds).toEqual([]);
    // Something was actually written and acknowledged in the log (the check is not vacuous).
    expect(r.acknowledged).toBeGreaterThan(10);
    expect(readFileSync(ackLog, 'utf8').trim().split('\n').length).toBe(r.acknowledged);
  });

  it('loses no acknowledged write when writers are killed with SIGKILL mid-run and replaced', { timeout: 240_000 }, async () => {
    const dir = tempDir();
    const r = await runStress({ db: join(dir, 'shared.sqlite'), processes: 2, ops: 120, killEveryMs: 400, ackLog: join(dir, 'acks.log') });
    expect(r.killed).toBeGreaterThan(0);
    expect(r.integrity).toBe('ok');
    expect(r.lost).toBe(0);
    expect(r.acknowledged).toBeGreaterThan(15);
  });
});
