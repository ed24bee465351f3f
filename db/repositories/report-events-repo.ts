import type { SqlRunner } from '../sql-runner';
import { sqlDialect } from '../sql-dialect';
import { all, countIf, num, periodParams as p, str, strOrNull, type PeriodBounds } from './report-sql';

/**
 * Events counted by when they happened: bypasses, extensions, withdrawals (by when recorded), Cafcass
 * referrals (by referral date) and meetings (by meeting date). A dated event is recorded on or after its
 * date, so `at >= start` is a safe lower bound that lets the kind/time index narrow the search.
 */
export const reportEventsRepo = {
  /** Bypasses recorded in the period, oldest first (a list the meeting reads, with the reasons). */
  async bypasses(raw: SqlRunner, b: PeriodBounds) {
    const d = sqlDialect(raw.dialect);
    const rows = await all(
      raw,
      `SELECT v.escalation_id AS eid, e.case_id AS case_id, v.at AS at, ${d.json('v.body', '$.fromStageKey')} AS from_stage,
              ${d.json('v.body', '$.clock.stageKey')} AS to_stage, ${d.jsonText('v.body', '$.skippedStageKeys')} AS skipped,
              ${d.json('v.body', '$.reason')} AS reason, ${d.json('v.body', '$.agreedWith')} AS agreed_with
       FROM escalation_events v JOIN escalations e ON e.id = v.escalation_id
       WHERE v.kind = 'bypassed' AND v.at >= ?1 AND v.at < ?2
       UNION ALL
       -- Raised above the first formal stage: a bypass from the start, under the same rules.
       SELECT v.escalation_id, e.case_id, v.at, 'raised', ${d.json('v.body', '$.clock.stageKey')}, ${d.jsonText('v.body', '$.bypass.skippedStageKeys')},
              ${d.json('v.body', '$.bypass.reason')}, ${d.json('v.body', '$.bypass.agreedWith')}
       FROM escalation_events v ${d.indexedBy('escalation_events_raised_bypass')} JOIN escalations e ON e.id = v.escalation_id
       WHERE v.kind = 'raised' AND ${d.json('v.body', '$.bypass')} IS NOT NULL AND v.at >= ?1 AND v.at < ?2
       ORDER BY 3, 1`,
      p(b),
    );
    return rows.map((r) => ({ escalationId: str(r.eid), caseId: str(r.case_id), at: str(r.at), from: str(r.from_stage), to: str(r.to_stage), skipped: str(r.skipped), reason: str(r.reason), agreedWith: str(r.agreed_with) }));
  },

  /**
   * Preconditions of stages entered in the period (profile `requires`): recorded as done, or waived with why, each
   * waiver listed for the meeting to read. From the events that enter a stage, by the kind/time index.
   */
  async preconditions(raw: SqlRunner, b: PeriodBounds) {
    const d = sqlDialect(raw.dialect);
    const rows = await all(
      raw,
      `SELECT v.escalation_id AS eid, e.case_id AS case_id, v.at AS at, ${d.json('v.body', '$.clock.stageKey')} AS stage,
              ${d.json('p.value', '$.kind')} AS kind, ${d.json('p.value', '$.role')} AS role, ${d.json('p.value', '$.waived')} AS waived
       FROM escalation_events v ${d.indexedBy('escalation_events_preconditions')} JOIN ${d.jsonEach('v.body', '$.preconditions')} AS p ON true JOIN escalations e ON e.id = v.escalation_id
       WHERE v.kind IN ('raised', 'escalated', 'bypassed') AND ${d.json('v.body', '$.preconditions')} IS NOT NULL AND v.at >= ?1 AND v.at < ?2 ORDER BY v.at, v.escalation_id`,
      p(b),
    );
    return rows.map((r) => ({ escalationId: str(r.eid), caseId: str(r.case_id), at: str(r.at), stage: str(r.stage), kind: str(r.kind), role: str(r.role), waived: strOrNull(r.waived) }));
  },

  /** Extensions granted in the period, oldest first. */
  async extensions(raw: SqlRunner, b: PeriodBounds) {
    const d = sqlDialect(raw.dialect);
    const rows = await all(
      raw,
      `SELECT v.escalation_id AS eid, e.case_id AS case_id, v.at AS at, ${d.json('v.body', '$.stageKey')} AS stage,
              ${d.json('v.body', '$.previousDueDate')} AS previous_due, ${d.json('v.body', '$.clock.dueDate')} AS new_due, ${d.json('v.body', '$.reason')} AS reason
       FROM escalation_events v ${d.indexedBy('escalation_events_extensions')} JOIN escalations e ON e.id = v.escalation_id
       WHERE v.kind = 'extension-granted' AND v.at >= ?1 AND v.at < ?2 ORDER BY v.at, v.escalation_id`,
      p(b),
    );
    return rows.map((r) => ({
      escalationId: str(r.eid),
      caseId: str(r.case_id),
      at: str(r.at),
      stage: str(r.stage),
      previousDueDate: strOrNull(r.previous_due),
      newDueDate: strOrNull(r.new_due),
      reason: str(r.reason),
    }));
  },

  /** Withdrawals recorded, and escalations closed by a (not concurrent) Cafcass referral dated, in the period. */
  async closures(raw: SqlRunner, b: PeriodBounds): Promise<{ withdrawn: number; referred: number }> {
    const d = sqlDialect(raw.dialect);
    const [w] = await all(raw, `SELECT count(*) AS n FROM escalation_events WHERE kind = 'withdrawn' AND at >= ?1 AND at < ?2`, p(b));
    const [c] = await all(
      raw,
      `SELECT count(*) AS n FROM escalation_events ${d.indexedBy('escalation_events_cafcass')} WHERE kind = 'cafcass-referred' AND at >= ?1
         AND ${d.json('body', '$.referredOn')} BETWEEN ?3 AND ?4 AND ${d.jsonFlag('body', '$.concurrent')} = 0`,
      p(b),
    );
    return { withdrawn: num(w?.n), referred: num(c?.n) };
  },

  /**
   * Stages closed as "no response by the deadline" (escalated after silence), by the stage that had no
   * response and when the escalation happened (its new clock's opening), in the period.
   */
  async noResponses(raw: SqlRunner, b: PeriodBounds): Promise<{ stage: string; n: number }[]> {
    const d = sqlDialect(raw.dialect);
    const rows = await all(
      raw,
      `SELECT ${d.json('body', '$.fromStageKey')} AS stage, count(*) AS n FROM escalation_events ${d.indexedBy('escalation_events_moves')}
       WHERE kind IN ('escalated', 'bypassed') AND kind = 'escalated' AND ${d.jsonFlag('body', '$.noResponse')} = 1 AND at >= ?1
         AND ${d.json('body', '$.clock.openedAt')} >= ?1 AND ${d.json('body', '$.clock.openedAt')} < ?2 GROUP BY 1`,
      p(b),
    );
    return rows.map((r) => ({ stage: str(r.stage), n: num(r.n) }));
  },

  /** Cafcass referrals (by referral date) and meetings (by meeting date) in the period. */
  async referralsAndMeetings(raw: SqlRunner, b: PeriodBounds): Promise<{ referrals: number; concurrent: number; scheduled: number; held: number; outcome: number }> {
    const d = sqlDialect(raw.dialect);
    const [c] = await all(
      raw,
      `SELECT count(*) AS n, ${countIf(`${d.jsonFlag('body', '$.concurrent')} = 1`)} AS concurrent FROM escalation_events ${d.indexedBy('escalation_events_cafcass')}
       WHERE kind = 'cafcass-referred' AND at >= ?1 AND ${d.json('body', '$.referredOn')} BETWEEN ?3 AND ?4`,
      p(b),
    );
    const meetings = await all(
      raw,
      // A meeting step ended with "Record a step" is a meeting held too (one ended by a meeting event is that meeting).
      `SELECT status, sum(n) AS n FROM (
         SELECT ${d.json('body', '$.status')} AS status, count(*) AS n FROM escalation_events
         WHERE kind = 'meeting' AND ${d.json('body', '$.date')} BETWEEN ?3 AND ?4 GROUP BY 1
         UNION ALL
         SELECT 'held', count(*) FROM escalation_events
         WHERE kind = 'step-completed' AND ${d.json('body', '$.stepKind')} = 'meeting' AND ${d.json('body', '$.outcome')} = 'done' AND ${d.json('body', '$.endedBy')} IS NULL
           AND ${d.json('body', '$.on')} BETWEEN ?3 AND ?4
       ) AS m GROUP BY status`,
      p(b),
    );
    const m = new Map(meetings.map((r) => [str(r.status), num(r.n)]));
    return { referrals: num(c?.n), concurrent: num(c?.concurrent), scheduled: m.get('scheduled') ?? 0, held: m.get('held') ?? 0, outcome: m.get('outcome') ?? 0 };
  },

  /**
   * Steps inside stages that ended in the period (by the London date they ended), by stage and step: met (ended by
   * their deadline), missed (ended after it), no response (closed as such) and without a deadline. Every step's end
   * is a step-completed event carrying the deadline it had, so this reads the events' kind index, not the log.
   */
  async stepTimeliness(raw: SqlRunner, b: PeriodBounds) {
    const d = sqlDialect(raw.dialect);
    const rows = await all(
      raw,
      `SELECT stage, step, step_kind, count(*) AS ended, ${countIf("outcome = 'no-response'")} AS no_response,
              ${countIf("outcome <> 'no-response' AND due_at IS NOT NULL AND ended_at <= due_at")} AS met,
              ${countIf("outcome <> 'no-response' AND due_at IS NOT NULL AND ended_at > due_at")} AS missed,
              ${countIf("outcome <> 'no-response' AND due_at IS NULL")} AS untimed
       FROM (SELECT ${d.json('body', '$.stageKey')} AS stage, ${d.json('body', '$.stepKey')} AS step, ${d.json('body', '$.stepKind')} AS step_kind,
                    ${d.json('body', '$.outcome')} AS outcome, ${d.json('body', '$.dueAt')} AS due_at, ${d.json('body', '$.at')} AS ended_at
             FROM escalation_events WHERE kind = 'step-completed' AND ${d.json('body', '$.on')} BETWEEN ?3 AND ?4) AS s
       GROUP BY stage, step, step_kind ORDER BY stage, step`,
      p(b),
    );
    return rows.map((r) => ({ stage: str(r.stage), step: str(r.step), kind: str(r.step_kind), ended: num(r.ended), met: num(r.met), missed: num(r.missed), noResponse: num(r.no_response), untimed: num(r.untimed) }));
  },
};
