import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../electron/cli';
import { tempDir } from '../../support/tracker-fixture';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), now: () => new Date('2025-03-03T10:00:00Z') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the admin command line', () => {
  it('due: 5 working days from Thu 18 Dec 2025 skips Christmas Day and Boxing Day', async () => {
    const r = await cli('due', '--from', '2025-12-18T10:00:00Z', '--working-days', '5', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ dueDate: '2025-12-29', dueAt: '2025-12-30T00:00:00.000Z' });
  });

  it('due: 24 hours are elapsed hours across the spring clock change', async () => {
    const r = await cli('due', '--from', '2025-03-29T12:00:00Z', '--hours', '24', '--json');
    expect(JSON.parse(r.out)).toEqual({ dueDate: '2025-03-30', dueAt: '2025-03-30T12:00:00.000Z' });
  });

  it('due: a local closure day is not a working day', async () => {
    const r = await cli('due', '--from', '2025-12-23T10:00:00Z', '--working-days', '2', '--closures', '2025-12-24', '--json');
    // Tue 23 → (24 closed, 25/26 bank holidays) Mon 29 is day 1, Tue 30 is day 2
    expect(JSON.parse(r.out).dueDate).toBe('2025-12-30');
  });

  it('timeline: Devon RED gives 24 hours at every stage (seeds/003: "RED ... 24 hours")', async () => {
    const r = await cli('timeline', '--profile', 'devon', '--urgency', 'red', '--from', '2025-03-03T09:00:00Z', '--json');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.out) as { stages: { dueAt: string; recipientRole: string }[] };
    expect(t.stages.map((s) => s.recipientRole)).toEqual(['Team Manager', 'Area Manager', 'Locality Director', 'Head of Service']);
    expect(t.stages.map((s) => s.dueAt)).toEqual(['2025-03-04T09:00:00.000Z', '2025-03-05T09:00:00.000Z', '2025-03-06T09:00:00.000Z', '2025-03-07T09:00:00.000Z']);
  });

  it('profile check: lists every problem and exits 1 for an invalid file; refuses a built-in id; exits 0 with a summary for a copy under its own id', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ id: 'Bad Id', name: 'x' }));
    const bad = await cli('profile', 'check', join(dir, 'bad.json'));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/id/);
    expect(bad.err).toMatch(/ladders/);
    expect(bad.err).toMatch(/categories/);
    const { getBuiltinProfile } = await import('../../../shared/profile/builtin');
    // A built-in's own id is taken (docs/PROFILES.md); a copy under a new id is valid.
    writeFileSync(join(dir, 'same-id.json'), JSON.stringify(getBuiltinProfile('rutland')));
    const sameId = await cli('profile', 'check', join(dir, 'same-id.json'));
    expect(sameId.code).toBe(1);
    expect(sameId.err).toMatch(/"rutland" is the id of a built-in profile/);
    writeFileSync(join(dir, 'good.json'), JSON.stringify({ ...getBuiltinProfile('rutland'), id: 'rutland-local' }));
    const good = await cli('profile', 'check', join(dir, 'good.json'));
    expect(good.code).toBe(0);
    expect(good.out).toMatch(/^OK: /);
  });

  it('bad arguments print the usage line and exit 2', async () => {
    for (const argv of [['due', '--from', 'yesterday', '--hours', '2'], ['due', '--from', '2025-01-01', '--hours', '2', '--working-days', '1'], ['timeline', '--profile', 'nowhere', '--from', '2025-01-01'], ['due', '--bogus'], ['frobnicate']]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(/Usage|Unknown command/);
    }
  });

  it('runs as a real process through npm run cli with the documented exit codes', () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    const ok = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'electron', 'cli', 'index.ts'), 'profile', 'list', '--json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as { id: string }[]).map((p) => p.id)).toEqual(expect.arrayContaining(['lcs-form', 'haringey', 'slough', 'devon', 'rutland', 'iro-handbook']));
    const bad = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'electron', 'cli', 'index.ts'), 'due'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
