import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../tracker';
import { dialectOf } from '../sql-dialect';

/** One row of the audit log: a change_log row or an escalation event, in one shape. */
export interface AuditRecord {
  source: 'change' | 'event';
  at: string;
  actor: string;
  machine: string;
  entity: string;
  entityId: string;
  action: string;
  detail: string;
  childId: string | null;
  childName: string | null;
  escalationId: string | null;
  eventAt: string | null;
}

export interface AuditFilter {
  actor: string;
  childId: string;
  escalationId: string;
  /** ISO instants: from inclusive, to exclusive. */
  fromAt: string | null;
  toAt: string | null;
}

/**
 * Both logs as one list. Escalation events are listed when they were recorded (recorded_at), which for
 * imported history differs from when they happened (at, shown in the summary).
 */
const union = sql`
  SELECT 'change' AS source, c.at AS at, c.actor AS actor, c.machine AS machine, c.entity AS entity, c.entity_id AS entity_id,
         c.action AS action, c.detail AS detail,
         CASE WHEN c.entity = 'child' THEN c.entity_id ELSE e.child_id END AS child_id,
         CASE WHEN c.entity = 'escalation' THEN c.entity_id ELSE NULL END AS escalation_id,
         NULL AS event_at, c.id AS ord
    FROM change_log c LEFT JOIN escalations e ON c.entity = 'escalation' AND e.id = c.entity_id
  UNION ALL
  SELECT 'event', ev.recorded_at, ev.actor, ev.machine, 'escalation', ev.escalation_id, ev.kind, ev.body,
         e.child_id, ev.escalation_id, ev.at, ev.id
    FROM escalation_events ev JOIN escalations e ON e.id = ev.escalation_id`;

function where(f: AuditFilter): SQL {
  const parts: SQL[] = [sql`1 = 1`];
  if (f.actor) parts.push(sql`a.actor = ${f.actor}`);
  if (f.childId) parts.push(sql`a.child_id = ${f.childId}`);
  if (f.escalationId) parts.push(sql`a.escalation_id = ${f.escalationId}`);
  if (f.fromAt) parts.push(sql`a.at >= ${f.fromAt}`);
  if (f.toAt) parts.push(sql`a.at < ${f.toAt}`);
  return sql.join(parts, sql` AND `);
}

type Cell = string | number | null;
const str = (v: Cell | undefined): string => (v === null || v === undefined ? '' : String(v));
const strOrNull = (v: Cell | undefined): string | null => (v === null || v === undefined ? null : String(v));

export const auditRepo = {
  async page(db: Db, f: AuditFilter, limit: number, offset: number): Promise<{ rows: AuditRecord[]; total: number }> {
    const rows = (await db.all(sql`
      SELECT a.source, a.at, a.actor, a.machine, a.entity, a.entity_id, a.action, a.detail, a.child_id, ch.name, a.escalation_id, a.event_at
        FROM (${union}) a LEFT JOIN children ch ON ch.id = a.child_id
       WHERE ${where(f)}
       ORDER BY a.at DESC, a.source, a.ord DESC
       LIMIT ${limit} OFFSET ${offset}`)) as Cell[][];
    const count = (await db.all(sql`SELECT count(*) FROM (${union}) a WHERE ${where(f)}`)) as Cell[][];
    return {
      total: Number(count[0]?.[0] ?? 0),
      rows: rows.map((r) => ({
        source: r[0] === 'event' ? 'event' : 'change',
        at: str(r[1]),
        actor: str(r[2]),
        machine: str(r[3]),
        entity: str(r[4]),
        entityId: str(r[5]),
        action: str(r[6]),
        detail: str(r[7]),
        childId: strOrNull(r[8]),
        childName: strOrNull(r[9]),
        escalationId: strOrNull(r[10]),
        eventAt: strOrNull(r[11]),
      })),
    };
  },
  async actors(db: Db): Promise<string[]> {
    const rows = (await db.all(sql`SELECT actor FROM change_log UNION SELECT actor FROM escalation_events ORDER BY 1`)) as Cell[][];
    return rows.map((r) => str(r[0])).filter(Boolean);
  },
  /** The ids recorded in the change log for one kind of record (e.g. the keys of imported rows). */
  async entityIds(db: Db, entity: string): Promise<string[]> {
    const rows = (await db.all(sql`SELECT DISTINCT entity_id FROM change_log WHERE entity = ${entity}`)) as Cell[][];
    return rows.map((r) => str(r[0]));
  },
  async hasEntity(db: Db, entity: string, entityId: string): Promise<boolean> {
    const rows = (await db.all(sql`SELECT 1 FROM change_log WHERE entity = ${entity} AND entity_id = ${entityId} LIMIT 1`)) as Cell[][];
    return rows.length > 0;
  },
  /** Every table of the tracker file (for the export), in creation order; not the search indexes (their words are the rows'). */
  async tableNames(db: Db): Promise<string[]> {
    const rows = (await db.all(sql.raw(dialectOf(db).tablesQuery))) as Cell[][];
    return rows.map((r) => str(r[0]));
  },
  /** A whole table: its column names and rows (positional). `name` must come from tableNames(). */
  async dumpTable(db: Db, name: string): Promise<{ columns: string[]; rows: Cell[][] }> {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Not a table name: ${name}`);
    const d = dialectOf(db);
    const info = (await db.all(sql.raw(d.columnsQuery(name)))) as Cell[][];
    const rows = (await db.all(sql.raw(`SELECT * FROM "${name}" ORDER BY ${d.rowOrder}`))) as Cell[][];
    return { columns: info.map((c) => str(c[0])), rows };
  },
};
