import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../electron/cli';
import { tempDir } from '../../support/tracker-fixture';
import { lcsEscalation } from './letters-fixture';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), now: () => new Date('2025-03-04T10:00:00Z') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('letters on the command line', () => {
  it('letters sample: one of each document for a made-up child, every stage of every ladder', async () => {
    const out = tempDir();
    const r = await cli('letters', 'sample', '--profile', 'rutland', '--out', out);
    expect(r.code).toBe(0);
    const files = readdirSync(out).sort();
    for (const stage of ['stage-1', 'stage-2', 'stage-3', 'stage-4', 'stage-5']) expect(files.some((f) => f.includes(`${stage} form`))).toBe(true);
    expect(files.some((f) => f.includes('stage-4 meeting statement'))).toBe(true);
    expect(files.some((f) => f.includes('resolution record'))).toBe(true);
    expect(files.some((f) => f.includes('cafcass summary'))).toBe(true);
  });

  it('letters --escalation: every document that fits, written to --out without touching the tracker’s letters', async () => {
    const { s, raised, child } = await lcsEscalation();
    const file = s.tracker.file;
    await s.close();
    const out = tempDir();
    const r = await cli('letters', '--db', file, '--escalation', raised.row.id, '--out', out, '--profile', 'lcs-form');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`2025-03-04 ${child.caseId} Stage 1 Escalation form.docx`, `2025-03-04 ${child.caseId} Stage 1 Cafcass referral summary.docx`].sort());
    const one = await cli('letters', '--db', file, '--escalation', raised.row.id, '--out', join(out, 'one'), '--profile', 'lcs-form', '--document', 'stage-form');
    expect(one.code).toBe(0);
    expect(readdirSync(join(out, 'one'))).toHaveLength(1);
    expect((await cli('letters', '--db', file, '--escalation', raised.row.id, '--out', out, '--document', 'memo')).code).toBe(2);
  });
});
