import type { SqlRunner } from '../sql-runner';
import { sqlDialect, type SqlDialect } from '../sql-dialect';
import { all, clockDueAt, clockDueDate, CLOCK_KINDS, clockStage, countIf, num, periodParams as p, str, strOrNull, type PeriodBounds } from './report-sql';

export type { PeriodBounds } from './report-sql';

/**
 * The report's figures, aggregated inside SQLite so a 50 000-escalation tracker is never loaded into
 * JavaScript: only grouped rows come back (and, for the median, the resolved set's two dates).
 */

export interface InitiatedGroup {
  cohort: string;
  ladder: string;
  startStage: string;
  /** Position on the ladder of the highest stage reached by the period's end (0 = informal), null if unknown. */
  highestIndex: number | null;
  count: number;
}

/** An escalation resolved in the period, with its follow-up (null = none set) as it stands now. */
export interface ResolvedRow {
  raisedAt: string;
  resolvedOn: string;
  overallDueDate: string | null;
  outcomes: string[];
  followUp: { checkOn: string; result: string | null; doneOn: string | null; raisedAgain: boolean } | null;
}

export interface TimelinessGroup {
  stage: string;
  kind: string;
  ended: number;
  withTimescale: number;
  within: number;
  withinExtended: number;
}

/** The stages that ended in the period: moved up (escalated or bypassed, by when) or resolved (by the resolution date). */
const ends = (d: SqlDialect) => `ends AS MATERIALIZED (
    SELECT v.escalation_id AS eid, v.kind AS kind, v.at AS at, ${d.json('v.body', '$.fromStageKey')} AS stage, CAST(NULL AS text) AS rdate
    FROM escalation_events v ${d.indexedBy('escalation_events_moves')} WHERE v.kind IN ('escalated', 'bypassed') AND v.at >= ?1 AND v.at < ?2
    UNION ALL
    SELECT v.escalation_id, 'resolved', v.at, ${d.json('v.body', '$.stageKey')}, ${d.json('v.body', '$.date')}
    FROM escalation_events v ${d.indexedBy('escalation_events_resolved')} WHERE v.kind = 'resolved' AND ${d.json('v.body', '$.date')} BETWEEN ?3 AND ?4)`;

/** The resolutions dated in the period. */
const resolvedIn = (d: SqlDialect) => `r AS MATERIALIZED (SELECT v.escalation_id AS eid, ${d.json('v.body', '$.date')} AS rdate, ${d.jsonText('v.body', '$.outcomeKeys')} AS outcomes
    FROM escalation_events v ${d.indexedBy('escalation_events_resolved')} WHERE v.kind = 'resolved' AND ${d.json('v.body', '$.date')} BETWEEN ?3 AND ?4)`;

/**
 * On time: moved up before the deadline, or resolved on or before the due date. A clock counted in hours
 * (its deadline is not at a London midnight) resolved on its due date counts only if recorded before the deadline.
 */
const onTime = (c: 'o' | 'f') => `l.${c}_due_at IS NOT NULL AND CASE
    WHEN e.kind = 'resolved' THEN (e.rdate < l.${c}_due_date OR (e.rdate = l.${c}_due_date AND (substr(l.${c}_due_at, 12) IN ('00:00:00.000Z', '23:00:00.000Z') OR e.at < l.${c}_due_at)))
    ELSE e.at < l.${c}_due_at END`;

/**
 * Each escalation's stage with its last clock's deadline (largest id: "f", final) and its last before any extension
 * ("o", original), from one pass over the clocks: windows, which both backends read the same way (SQLite's bare
 * columns beside max() are not SQL PostgreSQL accepts), grouped to one row per stage so the join to the ended stages
 * is one hash join (two such lists joined in turn made the server loop over one for every row of the other).
 */
const LAST_CLOCKS = `last_clocks AS MATERIALIZED (
       SELECT eid, stage,
              max(CASE WHEN ro = 1 AND kind <> 'extension-granted' THEN 1 ELSE 0 END) AS has_original,
              max(CASE WHEN ro = 1 AND kind <> 'extension-granted' THEN due_at END) AS o_due_at, max(CASE WHEN ro = 1 AND kind <> 'extension-granted' THEN due_date END) AS o_due_date,
              max(CASE WHEN rf = 1 THEN due_at END) AS f_due_at, max(CASE WHEN rf = 1 THEN due_date END) AS f_due_date
       FROM (SELECT eid, stage, kind, due_at, due_date,
                    row_number() OVER (PARTITION BY eid, stage ORDER BY id DESC) AS rf,
                    row_number() OVER (PARTITION BY eid, stage ORDER BY CASE WHEN kind = 'extension-granted' THEN 1 ELSE 0 END, id DESC) AS ro
             FROM clk) AS ranked
       GROUP BY eid, stage)`;

export const reportRepo = {
  /** Escalations raised in the period by cohort, the stage they started at, and the highest stage reached by the period's end. */
  async initiated(raw: SqlRunner, b: PeriodBounds, stagesJson: string): Promise<InitiatedGroup[]> {
    const d = sqlDialect(raw.dialect);
    const rows = await all(
      raw,
      `WITH st AS MATERIALIZED (SELECT ${d.json('j.value', '$[0]')} AS ladder, ${d.json('j.value', '$[1]')} AS stage, ${d.jsonNumber('j.value', '$[2]')} AS idx FROM ${d.jsonEach('?5')} AS j),
       x AS (SELECT e.cohort AS cohort, e.ladder_key AS ladder,
                    (SELECT ${clockStage(d)} FROM escalation_events c WHERE c.escalation_id = e.id AND c.kind IN ${CLOCK_KINDS} AND c.kind = 'raised') AS start_stage,
                    -- Unchanged since the period ended: the derived column already says; otherwise replay the clocks up to then.
                    CASE WHEN e.updated_at < ?2 THEN e.highest_stage_index ELSE
                    (SELECT max(s.idx) FROM escalation_events c JOIN st s ON s.ladder = e.ladder_key AND s.stage = ${clockStage(d)}
                      WHERE c.escalation_id = e.id AND c.kind IN ${CLOCK_KINDS} AND c.kind IN ('raised', 'escalated', 'bypassed') AND c.at < ?2) END AS hi
             FROM escalations e WHERE e.raised_at >= ?1 AND e.raised_at < ?2)
       SELECT cohort, ladder, start_stage, hi, count(*) AS n FROM x GROUP BY 1, 2, 3, 4`,
      [...p(b), stagesJson],
    );
    return rows.map((r) => ({ cohort: str(r.cohort), ladder: str(r.ladder), startStage: str(r.start_stage), highestIndex: r.hi === null ? null : num(r.hi), count: num(r.n) }));
  },

  /** Escalations raised in the period per category key (keys passed as a JSON array). */
  async byCategory(raw: SqlRunner, b: PeriodBounds, keysJson: string): Promise<Map<string, number>> {
    const d = sqlDialect(raw.dialect);
    const rows = await all(
      raw,
      `SELECT c.value AS key, count(*) AS n FROM escalations e JOIN ${d.jsonEach('?5')} AS c ON ${d.instr('e.categories', "'|' || c.value || '|'")} > 0
       WHERE e.raised_at >= ?1 AND e.raised_at < ?2 GROUP BY c.value`,
      [...p(b), keysJson],
    );
    return new Map(rows.map((r) => [str(r.key), num(r.n)]));
  },

  async byColumn(raw: SqlRunner, b: PeriodBounds, column: 'team' | 'chair' | 'urgency'): Promise<{ key: string; count: number }[]> {
    const rows = await all(raw, `SELECT ${column} AS key, count(*) AS n FROM escalations WHERE raised_at >= ?1 AND raised_at < ?2 GROUP BY 1 ORDER BY 2 DESC, 1`, p(b));
    return rows.map((r) => ({ key: str(r.key), count: num(r.n) }));
  },

  /**
   * Stage clocks that ended in the period, by stage and how they ended. "Original" deadlines are the stage's
   * last clock before any extension (a change of urgency re-rates the deadline and counts); "extended" the last of all.
   */
  async stageTimeliness(raw: SqlRunner, b: PeriodBounds): Promise<TimelinessGroup[]> {
    const d = sqlDialect(raw.dialect);
    const rows = await all(
      raw,
      `WITH ${ends(d)},
       clk AS MATERIALIZED (SELECT c.escalation_id AS eid, c.id AS id, c.kind AS kind, ${clockStage(d)} AS stage, ${clockDueAt(d)} AS due_at, ${clockDueDate(d)} AS due_date
             FROM (SELECT DISTINCT eid FROM ends) x ${d.joinInOrder} escalation_events c ON c.escalation_id = x.eid AND c.kind IN ${CLOCK_KINDS}),
       ${LAST_CLOCKS}
       SELECT e.stage AS stage, e.kind AS kind, count(*) AS ended, ${countIf('l.o_due_at IS NOT NULL')} AS with_timescale,
              ${countIf(onTime('o'))} AS within, ${countIf(onTime('f'))} AS within_extended
       FROM ends e JOIN last_clocks l ON l.eid = e.eid AND l.stage = e.stage AND l.has_original = 1
       GROUP BY 1, 2`,
      p(b),
    );
    return rows.map((r) => ({ stage: str(r.stage), kind: str(r.kind), ended: num(r.ended), withTimescale: num(r.with_timescale), within: num(r.within), withinExtended: num(r.within_extended) }));
  },

  /**
   * Each escalation resolved in the period (by the resolution's date): when raised, the resolution date, the
   * overall target date and the outcomes confirmed. The resolved set only: working days to resolution need
   * the bank-holiday calendar, which lives in JavaScript.
   */
  async resolved(raw: SqlRunner, b: PeriodBounds): Promise<ResolvedRow[]> {
    const d = sqlDialect(raw.dialect);
    // The follow-up columns are in the same index as the dates (migration 0013); "again" counts the escalations that
    // raise this one again (its agreed action not done), from their partial index.
    const rows = await all(
      raw,
      `WITH ${resolvedIn(d)} SELECT e.raised_at AS raised_at, r.rdate AS rdate, e.overall_due_date AS target, r.outcomes AS outcomes,
              e.follow_up_on AS check_on, e.follow_up_result AS result, e.follow_up_done_on AS done_on,
              CASE WHEN e.follow_up_result = 'not-done' THEN (SELECT count(*) FROM escalations x WHERE x.re_raise_of = e.id) ELSE 0 END AS again
       FROM r JOIN escalations e ${d.indexedBy('escalations_id_dates')} ON e.id = r.eid`,
      p(b),
    );
    return rows.map((r) => ({
      raisedAt: str(r.raised_at),
      resolvedOn: str(r.rdate),
      overallDueDate: strOrNull(r.target),
      outcomes: JSON.parse(str(r.outcomes) || '[]') as string[],
      followUp: r.check_on === null ? null : { checkOn: str(r.check_on), result: strOrNull(r.result), doneOn: strOrNull(r.done_on), raisedAgain: num(r.again) > 0 },
    }));
  },

  /** Escalations open at the end of the period, by the stage they were at then, and how many were past that stage's deadline. */
  async openAtEnd(raw: SqlRunner, b: PeriodBounds, lastEndedDay: string = b.to): Promise<{ stage: string; open: number; overdue: number; pastTarget: number }[]> {
    const d = sqlDialect(raw.dialect);
    const rows = await all(
      raw,
      // Closed after the period ended, from their partial index, and still open (closed_at is null exactly when the
      // status is open), from the open rows' covering index: neither reads a table page (migration 0011).
      `WITH o AS MATERIALIZED (SELECT id, updated_at, stage_key, next_due_at, overall_due_date FROM escalations ${d.indexedBy('escalations_closed_state')} WHERE closed_at >= ?2 AND raised_at < ?2
                               UNION ALL SELECT id, updated_at, stage_key, next_due_at, overall_due_date FROM escalations ${d.indexedBy('escalations_open_covering')} WHERE status = 'open' AND raised_at < ?2),
       -- Unchanged since the period ended: the derived columns are the state at the end; otherwise the last clock before it.
       same AS (SELECT stage_key AS stage, next_due_at AS due_at, overall_due_date AS target FROM o WHERE updated_at < ?2),
       last AS MATERIALIZED (SELECT c.escalation_id AS eid, max(c.id) AS mid, o.overall_due_date AS target
             FROM o ${d.joinInOrder} escalation_events c ON c.escalation_id = o.id AND c.kind IN ${CLOCK_KINDS} WHERE o.updated_at >= ?2 AND c.at < ?2 GROUP BY c.escalation_id, o.overall_due_date),
       -- The last clock's fields, found again by its id in the clock index, which holds them: taken in the same pass
       -- as max(id), SQLite would read each event's JSON from the table (measured: twice the pages on a share).
       replay AS (SELECT ${clockStage(d)} AS stage, ${clockDueAt(d)} AS due_at, l.target AS target
             FROM last l ${d.joinInOrder} escalation_events c ${d.indexedBy('escalation_events_clock')} ON c.escalation_id = l.eid AND c.kind IN ${CLOCK_KINDS} AND c.id = l.mid),
       at_end AS (SELECT stage, due_at, target FROM same UNION ALL SELECT stage, due_at, target FROM replay)
       -- Past the overall target: the target's last day had ended (on or before ?5, the last day over by then) with it still open.
       SELECT stage, count(*) AS n, ${countIf('due_at IS NOT NULL AND due_at <= ?2')} AS overdue, ${countIf('target IS NOT NULL AND target <= ?5')} AS past_target FROM at_end GROUP BY stage`,
      [...p(b), lastEndedDay],
    );
    return rows.map((r) => ({ stage: str(r.stage), open: num(r.n), overdue: num(r.overdue), pastTarget: num(r.past_target) }));
  },

  /** Concerns about a chair raised in the period (London dates): counted apart from escalations, never named. */
  async chairConcerns(raw: SqlRunner, b: PeriodBounds): Promise<{ highest: number; status: string; outcome: string | null; raisedOn: string; firstResponseOn: string | null }[]> {
    const rows = await all(raw, 'SELECT highest_stage_index AS hi, status, outcome, raised_on, first_response_on FROM chair_concerns WHERE raised_on BETWEEN ?3 AND ?4', p(b));
    return rows.map((r) => ({ highest: num(r.hi), status: str(r.status), outcome: strOrNull(r.outcome), raisedOn: str(r.raised_on), firstResponseOn: strOrNull(r.first_response_on) }));
  },

  /** Themed concerns raised before the period ended and not closed before it began. */
  async themes(raw: SqlRunner, b: PeriodBounds): Promise<{ raised: number; active: { id: string; title: string; status: string; owner: string; createdAt: string; linkedInPeriod: number; linkedEscalations: number; linkedChildren: number }[] }> {
    const d = sqlDialect(raw.dialect);
    const rows = await all(
      raw,
      `WITH closed AS (SELECT theme_id, max(at) AS closed_at FROM theme_events WHERE kind = 'status-changed' AND ${d.json('body', '$.to')} = 'closed' GROUP BY theme_id)
       SELECT t.id, t.title, t.status, t.owner, t.created_at,
              (SELECT count(*) FROM theme_links l JOIN escalations e ON e.id = l.escalation_id WHERE l.theme_id = t.id AND e.raised_at >= ?1 AND e.raised_at < ?2) AS in_period,
              (SELECT count(*) FROM theme_links l WHERE l.theme_id = t.id AND l.escalation_id IS NOT NULL) AS escalations,
              (SELECT count(DISTINCT l.child_id) FROM theme_links l WHERE l.theme_id = t.id AND l.child_id IS NOT NULL) AS children
       FROM themes t LEFT JOIN closed c ON c.theme_id = t.id
       WHERE t.created_at < ?2 AND (t.status <> 'closed' OR c.closed_at IS NULL OR c.closed_at >= ?1)
       ORDER BY in_period DESC, t.created_at`,
      p(b),
    );
    const [raised] = await all(raw, 'SELECT count(*) AS n FROM themes WHERE created_at >= ?1 AND created_at < ?2', p(b));
    return {
      raised: num(raised?.n),
      active: rows.map((r) => ({
        id: str(r.id),
        title: str(r.title),
        status: str(r.status),
        owner: str(r.owner),
        createdAt: str(r.created_at),
        linkedInPeriod: num(r.in_period),
        linkedEscalations: num(r.escalations),
        linkedChildren: num(r.children),
      })),
    };
  },
};
