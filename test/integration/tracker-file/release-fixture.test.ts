import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/dispatch';
import { MIGRATIONS, openServices, tempDir } from '../../support/tracker-fixture';
import type { AppServices } from '../../../electron/app-services';
import type { Channel, Input, Output } from '../../../shared/api/contract';

/*
 * test/fixtures/tracker-v-current.sqlite was made by the release before issue 12 (main at the commit named
 * in the .expected.json), through its own services, with the Devon profile: an informal stage escalated,
 * a RED (24 hours) stage raised at 20:20, an AMBER stage with a letter and an extension, and a resolved one.
 * The expected file holds each escalation's running due date as that release computed it.
 */
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'tracker-v-current.expected.json'), 'utf8')) as {
  schemaVersion: number;
  profileId: string;
  escalations: { caseId: string; status: string; stageKey: string; nextDueDate: string | null; nextDueAt: string | null }[];
};

async function call<C extends Channel>(s: AppServices, channel: C, input: Input<C>) {
  const r = await dispatch(s.handlers, channel, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as Output<C>;
}

describe('a tracker made by the previous release', () => {
  it('opens, migrates with a backup first, and every running due date is unchanged', async () => {
    const dir = tempDir('et-fixture-');
    const file = join(dir, 'tracker.sqlite');
    copyFileSync(join(FIXTURES, 'tracker-v-current.sqlite'), file);
    const s = await openServices({ file, profileId: expected.profileId, now: () => new Date('2025-03-11T09:00:00Z') });
    try {
      const info = await call(s, 'app.info', {});
      const migrations = readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql')).length;
      expect(info.schemaVersion).toBe(migrations);
      const backups = readdirSync(dir).filter((f) => f.includes('.before-schema-'));
      // A backup is taken before any migration runs; with none pending there is nothing to back up.
      expect(backups.length > 0).toBe(migrations > expected.schemaVersion);

      const list = await call(s, 'escalations.list', { status: 'any', sort: 'child' });
      const now = list.rows.map((r) => ({ caseId: r.caseId, status: r.status, stageKey: r.stageKey, nextDueDate: r.nextDueDate, nextDueAt: r.nextDueAt }));
      expect(now).toEqual(expected.escalations);
      // Migration 0009 built the search index from the rows already there: part of each case ID finds it.
      for (const want of expected.escalations) {
        const found = await call(s, 'escalations.list', { status: 'any', search: want.caseId.slice(1).toLowerCase() });
        expect(found.rows.map((r) => r.caseId)).toContain(want.caseId);
      }
      // Migration 0011's report indexes serve the old rows: a year's report counts every escalation raised in it, and
      // those open at its end are the open ones (all were raised before 11 March 2025).
      const year = await call(s, 'reports.period', { from: '2024-04-01', to: '2025-03-31' });
      expect(year.current.initiated.total).toBe(list.rows.filter((r) => r.raisedAt >= '2024-03-31T23:00:00.000Z' && r.raisedAt < '2025-03-31T23:00:00.000Z').length);
      expect(year.current.initiated.total).toBeGreaterThan(0);
      // The engine, folding the old events with today's code, keeps each running clock where it was.
      for (const row of list.rows) {
        const detail = await call(s, 'escalations.get', { id: row.id });
        const want = expected.escalations.find((e) => e.caseId === row.caseId)!;
        if (want.status === 'open') expect({ dueDate: detail.state.currentClock?.dueDate, dueAt: detail.state.currentClock?.dueAt }).toEqual({ dueDate: want.nextDueDate, dueAt: want.nextDueAt });
        expect(detail.allowed.kinds).toContain('add-note');
        // Clocks opened before steps existed have none: the row (migration 0008) and the state say so alike.
        expect([row.nextStepLabel, detail.state.nextStep ?? null]).toEqual([null, null]);
        // Resolved before follow-ups were kept (migration 0013): none is guessed; one can be set now.
        expect(detail.state.followUp).toBeNull();
        if (row.status === 'resolved') expect(detail.allowed.kinds).toEqual(['set-follow-up', 'add-note']);
      }
      // The report counts those resolutions as "no follow-up set", never as checked or due.
      const resolvedInYear = year.current.resolution.resolved;
      expect(year.current.followUps).toMatchObject({ resolvedWithAction: 0, notSet: resolvedInYear, due: 0, recorded: 0 });
    } finally {
      await s.close();
    }
  });
});
