import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/dispatch';
import type { AppServices } from '../../electron/app-services';
import type { Channel, Input, Output } from '../../shared/api/contract';
import { monthOf } from '../../db/repositories/month-counts-repo';
import { openTracker, type Tracker } from '../../db/connection';
import { rebuildSummaries } from '../../db/summaries';
import { childInput, concernIn, MIGRATIONS, opId, openServices, tempDir } from '../support/tracker-fixture';
import { runCli } from '../../electron/cli';

/*
 * Issue 31: "Summary rows for the report and the dashboard … kept up to date in the same write transaction as the
 * events …; a property test (fast-check over random command sequences) that the summary always equals the figures
 * computed from the event log; a rebuild command (`cli check --rebuild-summaries`) and an automatic rebuild when a
 * migration adds them to an existing tracker (backup first)." Built here for the dashboard's months (raised, closed).
 */

async function call<C extends Channel>(s: AppServices, channel: C, input: Input<C>): Promise<Output<C>> {
  const r = await dispatch(s.handlers, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.data as Output<C>;
}

type Counts = Record<string, { raised: number; closed: number }>;

/** The month counts as kept, and as counted afresh from the escalation rows (London months). */
async function keptAndCounted(t: Pick<Tracker, 'readTx'>): Promise<{ kept: Counts; counted: Counts }> {
  return t.readTx(async (_tx, raw) => {
    const kept: Counts = {};
    for (const r of await raw.all('SELECT month, raised, closed FROM month_counts WHERE raised <> 0 OR closed <> 0')) kept[String(r.month)] = { raised: Number(r.raised), closed: Number(r.closed) };
    const counted: Counts = {};
    const bump = (at: unknown, k: 'raised' | 'closed') => {
      const m = monthOf(String(at));
      counted[m] ??= { raised: 0, closed: 0 };
      counted[m][k] += 1;
    };
    for (const r of await raw.all('SELECT raised_at, closed_at FROM escalations')) {
      bump(r.raised_at, 'raised');
      if (r.closed_at !== null) bump(r.closed_at, 'closed');
    }
    return { kept, counted };
  });
}


const step = fc.record({
  hours: fc.integer({ min: 0, max: 24 * 45 }),
  action: fc.constantFrom('raise', 'raise', 'resolve', 'withdraw', 'note'),
  pick: fc.nat(),
});

describe('month counts (summary rows)', () => {
  it('always equal the counts from the rows, over random sequences of raising, resolving, withdrawing and notes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        // Late March: the sequences cross the change to summer time and month ends, where London months differ from UTC.
        let now = new Date('2026-03-27T22:30:00Z');
        const s = await openServices({ now: () => now });
        try {
          const child = await call(s, 'children.create', childInput());
          const category = s.context.profile().categories[0]!.key;
          const open: { id: string; version: number }[] = [];
          for (const st of steps) {
            now = new Date(now.getTime() + st.hours * 3_600_000);
            const today = now.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
            if (st.action === 'raise' || open.length === 0) {
              const e = await call(s, 'escalations.raise', { childId: child.id, concern: concernIn(category), opId: opId() });
              open.push({ id: e.row.id, version: e.version });
              continue;
            }
            const target = open[st.pick % open.length]!;
            const command = st.action === 'resolve' ? { kind: 'resolve' as const, date: today } : st.action === 'withdraw' ? { kind: 'withdraw' as const, reason: 'Resolved informally' } : { kind: 'add-note' as const, text: 'Checked' };
            const d = await call(s, 'escalations.command', { id: target.id, version: target.version, command, opId: opId() });
            if (d.state.status === 'open') target.version = d.version;
            else open.splice(open.indexOf(target), 1);
          }
          const { kept, counted } = await keptAndCounted(s.tracker);
          expect(kept).toEqual(counted);
        } finally {
          await s.close();
        }
      }),
      { numRuns: 12 },
    );
  });

  it('are built for a tracker that has rows but no counts, on open, and rebuilt by `check --rebuild-summaries`', async () => {
    let now = new Date('2026-01-30T12:00:00Z');
    const dir = tempDir('et-summaries-');
    const file = join(dir, 'tracker.sqlite');
    const s = await openServices({ file, now: () => now });
    const child = await call(s, 'children.create', childInput());
    for (const days of [0, 3, 40]) {
      now = new Date(now.getTime() + days * 86_400_000);
      await call(s, 'escalations.raise', { childId: child.id, concern: concernIn(s.context.profile().categories[0]!.key), opId: opId() });
    }
    await s.close();
    // As a tracker from before the counts looks: the table empty and not marked built.
    const copy = join(dir, 'older.sqlite');
    copyFileSync(file, copy);
    const t = await openTracker({ file: copy, migrationsDir: MIGRATIONS });
    await t.writeTx(async (_tx, raw) => {
      await raw.run('DELETE FROM month_counts');
      await raw.run("DELETE FROM settings WHERE key = 'monthCountsBuilt'");
    });
    await t.close();
    const reopened = await openTracker({ file: copy, migrationsDir: MIGRATIONS });
    const afterOpen = await keptAndCounted(reopened);
    expect(afterOpen.kept).toEqual(afterOpen.counted);
    expect(Object.values(afterOpen.kept).reduce((n, c) => n + c.raised, 0)).toBe(3);
    // Counts damaged by hand are put right by the rebuild.
    await reopened.writeTx((_tx, raw) => raw.run('UPDATE month_counts SET raised = raised + 5'));
    expect(await rebuildSummaries(reopened, now)).toBe(3);
    const rebuilt = await keptAndCounted(reopened);
    expect(rebuilt.kept).toEqual(rebuilt.counted);
    await reopened.close();
    const out: string[] = [];
    const code = await runCli(['check', '--db', copy, '--rebuild-summaries', '--json'], { out: (x) => out.push(x), err: () => undefined, now: () => now });
    expect(code).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ rebuiltMonths: 3 });
  });
});
