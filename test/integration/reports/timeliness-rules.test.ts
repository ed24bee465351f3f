import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/dispatch';
import type { AppServices } from '../../../electron/app-services';
import type { Channel, Input, Output } from '../../../shared/api/contract';
import { childInput, opId, openServices } from '../../support/tracker-fixture';
import { periodFigures } from '../../../electron/reports/period-figures';
import { describePeriod } from '../../../shared/reports/periods';
import type { SqlRunner } from '../../../db/sql-runner';

async function call<C extends Channel>(s: AppServices, channel: C, input: Input<C>): Promise<Output<C>> {
  const r = await dispatch(s.handlers, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data as Output<C>;
}

const concern = { categoryKeys: ['immediate-safety'], summary: 'Unsafe placement', impactOnChild: 'Risk of harm', requestedAction: { what: 'Move', who: 'TM', byWhen: null }, expectedOutcomeKeys: [] };

describe('a stage timed in hours (Devon RED: "Within 24 hours")', () => {
  it('counts a resolution on the due date as on time only if it was recorded before the 24 hours ran out', async () => {
    let now = new Date('2025-04-10T15:00:00Z');
    const s = await openServices({ now: () => now, profileId: 'devon' });
    try {
      const child = await call(s, 'children.create', childInput());
      const raise = async () => (await call(s, 'escalations.raise', { childId: child.id, startAt: 'stage-1', urgency: 'red', concern, opId: opId() })).row.id;
      const resolve = async (id: string, at: string) => {
        now = new Date(at);
        const e = await call(s, 'escalations.get', { id });
        await call(s, 'escalations.command', { id, version: e.version, opId: opId(), command: { kind: 'resolve', outcomeKeys: [], date: '2025-04-11', note: '' } });
      };
      // Raised 10 April 16:00 London: due 24 hours later, 11 April 16:00 London (15:00Z).
      const early = await raise();
      const late = await raise();
      await resolve(early, '2025-04-11T14:59:00Z');
      await resolve(late, '2025-04-11T15:30:00Z');
      const r = await call(s, 'reports.period', { from: '2025-04-01', to: '2025-06-30' });
      expect(r.current.stageTimeliness.find((x) => x.stageKey === 'stage-1')).toMatchObject({ ended: 2, resolved: 2, withTimescale: 2, withinTimescale: 1, withinPct: 50 });
    } finally {
      await s.close();
    }
  });
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}
/** The tables a PostgreSQL plan reads from end to end. */
const seqScansOf = (node: PlanNode): string[] => [...(node['Node Type'] === 'Seq Scan' ? [node['Relation Name'] ?? ''] : []), ...(node.Plans ?? []).flatMap(seqScansOf)];

describe('the report is computed in SQL with indexes, never by scanning every event', () => {
  it('with the indexes the migrations make, no report query reads the whole event log', async () => {
    const s = await openServices({ profileId: 'iro-handbook' });
    try {
      const seen: { sql: string; params: unknown[] }[] = [];
      await s.context.tracker.readTx(async (_tx, raw) => {
        const recording: SqlRunner = { ...raw, all: (sql, params = []) => (seen.push({ sql, params }), raw.all(sql, params)) };
        await periodFigures(recording, s.context.profile(), s.context.calendar(s.context.profile()), describePeriod('2025-04-01', '2025-06-30'));
        const scans: string[] = [];
        // On the server: with sequential scans priced out, any left are scans no index can serve.
        if (raw.dialect === 'postgres') await raw.exec('SET LOCAL enable_seqscan = off');
        for (const { sql, params } of seen) {
          if (raw.dialect === 'postgres') {
            const [row] = await raw.all(`EXPLAIN (FORMAT JSON) ${sql}`, params);
            const plan = JSON.parse(String(row?.['QUERY PLAN'])) as { Plan: PlanNode }[];
            if (seqScansOf(plan[0]!.Plan).includes('escalation_events')) scans.push(`Seq Scan on escalation_events in: ${sql.slice(0, 80)}`);
            continue;
          }
          // The aliases this query gives the event log ("escalation_events v", "escalation_events c" …).
          const aliases = new Set(['escalation_events', ...[...sql.matchAll(/escalation_events\s+(?:AS\s+)?(\w+)/gi)].map((m) => m[1]!)].filter((a) => !/^(ON|WHERE|JOIN)$/i.test(a)));
          const plan = await raw.all(`EXPLAIN QUERY PLAN ${sql}`, params);
          for (const row of plan) {
            const m = /^SCAN (\w+)/.exec(String(row.detail));
            if (m && aliases.has(m[1]!) && !/COVERING INDEX|USING INDEX/.test(String(row.detail))) scans.push(`${String(row.detail)} in: ${sql.slice(0, 80)}`);
          }
        }
        expect(seen.length).toBeGreaterThan(8);
        expect(scans).toEqual([]);
      });
    } finally {
      await s.close();
    }
  });
});
