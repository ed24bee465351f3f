import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { containsText, escapeLike } from './text-search';
import type { Db } from '../tracker';
import { dialectOf } from '../sql-dialect';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { updateAtVersion } from './update-at-version';
import { escalationEvents, escalations } from '../schema';

export type EscalationRecord = typeof escalations.$inferSelect;
export type NewEscalation = typeof escalations.$inferInsert;
export type EventRecord = typeof escalationEvents.$inferSelect;
export type NewEvent = typeof escalationEvents.$inferInsert;

/** Columns of one tracker row (no duplicate column names: rows travel as positional arrays). */
export const trackerColumns = {
  id: escalations.id,
  childId: escalations.childId,
  childName: escalations.childName,
  caseId: escalations.caseId,
  cohort: escalations.cohort,
  chair: escalations.chair,
  team: escalations.team,
  status: escalations.status,
  stageKey: escalations.stageKey,
  stageLabel: escalations.stageLabel,
  recipientRole: escalations.recipientRole,
  urgency: escalations.urgency,
  raisedAt: escalations.raisedAt,
  nextDueDate: escalations.nextDueDate,
  nextDueAt: escalations.nextDueAt,
  nextStepLabel: escalations.nextStepLabel,
  nextStepKind: escalations.nextStepKind,
  version: escalations.version,
};
export type TrackerRecord = {
  [K in keyof typeof trackerColumns]: (typeof trackerColumns)[K]['_']['data'] | ((typeof trackerColumns)[K]['_']['notNull'] extends true ? never : null);
};

/** The tracker's filters as concrete values (the service resolves "mine", "overdue", "this week" …). */
export interface TrackerQuery {
  status: 'open' | 'closed' | 'any';
  search: string;
  chair?: string;
  team?: string;
  stage?: string;
  category?: string;
  urgency?: string;
  cohort?: string;
  /** Overdue: next_due_at at or before this instant. */
  overdueAt?: string;
  /** Not yet overdue: next_due_at after this instant ("due today" leaves out what is already overdue). */
  dueAfter?: string;
  /** next_due_date within [dueFrom, dueTo]. */
  dueFrom?: string;
  dueTo?: string;
  /** raised_at within [raisedFrom, raisedTo) (instants). */
  raisedFrom?: string;
  raisedTo?: string;
  /** closed_at within [closedFrom, closedTo) (instants). */
  closedFrom?: string;
  closedTo?: string;
  sort: 'due' | 'raised' | 'child' | 'caseId' | 'cohort' | 'stage' | 'chair' | 'team' | 'status' | 'urgency';
  direction: 'asc' | 'desc';
  limit: number;
  offset: number;
}

const sortColumns = {
  due: escalations.dueKey,
  raised: escalations.raisedAt,
  child: escalations.childName,
  caseId: escalations.caseId,
  cohort: escalations.cohort,
  stage: escalations.stageIndex,
  chair: escalations.chair,
  team: escalations.team,
  status: escalations.status,
  urgency: escalations.urgency,
} as const;

/**
 * `column = value`, or `column IN (…)` for "red,amber". `unindexed` writes the column as `+column`, which SQLite may
 * not look up in an index: a page of open or closed rows is then read from their covering index (migrations 0005,
 * 0010), filtered as it is read (a few pages), never from the stage or chair index and one table page per row
 * (thousands for a stage or a chair on a big tracker; on a share each is a round trip). Counts keep the indexes.
 */
const fileColumn = (column: AnySQLiteColumn, unindexed: boolean): SQL => (unindexed ? sql`+${column}` : sql`${column}`);
// The server plans with its own statistics: none of the file's planner hints (`+column`, likelihood) there.
const serverColumn = (column: AnySQLiteColumn): SQL => sql`${column}`;

function matches(columnOf: (c: AnySQLiteColumn, unindexed: boolean) => SQL, column: AnySQLiteColumn, value: string, unindexed: boolean, several = false): SQL {
  const values = several ? value.split(',').filter(Boolean) : [value];
  const col = columnOf(column, unindexed);
  return values.length === 1 ? sql`${col} = ${values[0]}` : sql`${col} IN (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;
}

// "Most rows are closed", as far as the planner knows (as for open below): otherwise, with no statistics, it takes the
// status index and reads one table page per closed row.
const CLOSED = sql.raw(`likelihood("escalations"."status" IN ('resolved', 'withdrawn', 'referred'), 0.9)`);
const SERVER_CLOSED = sql.raw(`"escalations"."status" IN ('resolved', 'withdrawn', 'referred')`);

function trackerWhere(db: Db, q: TrackerQuery, fromCovering = false): SQL | undefined {
  const onServer = dialectOf(db).name === 'postgres';
  const columnOf = onServer ? serverColumn : fileColumn;
  const parts: (SQL | undefined)[] = [];
  // "Most rows are open", as far as the planner knows: without statistics (trackers are never ANALYZEd) it
  // would take the status index and read one table page per row. This way the open rows' covering index
  // (migration 0005) serves the page, in due order, from a few pages: on a share each page is a round trip.
  if (q.status === 'open') parts.push(onServer ? sql`${escalations.status} = 'open'` : sql`likelihood(${escalations.status} = 'open', 0.9)`);
  // The closed statuses written out, not bound: the closed rows' covering index (migration 0010) is partial on this
  // very expression, and SQLite uses a partial index only when the query's WHERE states its condition.
  if (q.status === 'closed') parts.push(onServer ? SERVER_CLOSED : CLOSED);
  if (q.chair) parts.push(matches(columnOf, escalations.chair, q.chair, fromCovering));
  if (q.team) parts.push(matches(columnOf, escalations.team, q.team, fromCovering));
  // Stage and urgency take one value or several separated by commas ("red,amber").
  if (q.stage) parts.push(matches(columnOf, escalations.stageKey, q.stage, fromCovering, true));
  if (q.urgency) parts.push(matches(columnOf, escalations.urgency, q.urgency, false, true));
  if (q.cohort) parts.push(eq(escalations.cohort, q.cohort));
  if (q.category) parts.push(sql`${escalations.categories} LIKE ${`%|${escapeLike(q.category)}|%`} ESCAPE '\\'`);
  // Ranges the same way: a page of open or closed rows is read from their covering index, not looked up row by row.
  const col = (c: AnySQLiteColumn) => columnOf(c, fromCovering);
  if (q.overdueAt) parts.push(sql`${col(escalations.nextDueAt)} <= ${q.overdueAt}`);
  if (q.dueAfter) parts.push(sql`${col(escalations.nextDueAt)} > ${q.dueAfter}`);
  if (q.dueFrom) parts.push(sql`${col(escalations.nextDueDate)} >= ${q.dueFrom}`);
  if (q.dueTo) parts.push(sql`${col(escalations.nextDueDate)} <= ${q.dueTo}`);
  if (q.raisedFrom) parts.push(sql`${col(escalations.raisedAt)} >= ${q.raisedFrom}`);
  if (q.raisedTo) parts.push(sql`${col(escalations.raisedAt)} < ${q.raisedTo}`);
  if (q.closedFrom) parts.push(sql`${col(escalations.closedAt)} >= ${q.closedFrom}`);
  if (q.closedTo) parts.push(sql`${col(escalations.closedAt)} < ${q.closedTo}`);
  if (q.search) parts.push(containsText(db, q.search, 'escalations_search', [escalations.childName, escalations.caseId]));
  return and(...parts);
}

export const escalationsRepo = {
  /** Distinct chairs and teams (each read from its own index). */
  /** Copies a child's new name and case ID onto their escalations (kept there for the tracker's indexes). */
  async renameChild(db: Db, childId: string, name: string, caseId: string): Promise<void> {
    await db.update(escalations).set({ childName: name, caseId }).where(eq(escalations.childId, childId)).run();
  },
  async facets(db: Db): Promise<{ chairs: string[]; teams: string[] }> {
    const chairs = await db.selectDistinct({ v: escalations.chair }).from(escalations).orderBy(asc(escalations.chair)).all();
    const teams = await db.selectDistinct({ v: escalations.team }).from(escalations).orderBy(asc(escalations.team)).all();
    return { chairs: chairs.map((r) => r.v).filter(Boolean), teams: teams.map((r) => r.v).filter(Boolean) };
  },
  async get(db: Db, id: string): Promise<EscalationRecord | undefined> {
    return db.select().from(escalations).where(eq(escalations.id, id)).get();
  },
  async insert(db: Db, row: NewEscalation): Promise<void> {
    await db.insert(escalations).values(row).run();
  },
  async update(db: Db, id: string, version: number, patch: Partial<NewEscalation>): Promise<boolean> {
    return updateAtVersion(db, escalations, escalations.id, id, version, patch);
  },
  async events(db: Db, escalationId: string): Promise<EventRecord[]> {
    return db.select().from(escalationEvents).where(eq(escalationEvents.escalationId, escalationId)).orderBy(asc(escalationEvents.seq)).all();
  },
  async appendEvents(db: Db, rows: NewEvent[]): Promise<void> {
    if (rows.length) await db.insert(escalationEvents).values(rows).run();
  },
  /** The escalation an operation already wrote to, if that operation committed before. */
  async escalationForOp(db: Db, opId: string): Promise<string | undefined> {
    const row = await db
      .select({ escalationId: escalationEvents.escalationId })
      .from(escalationEvents)
      .where(eq(escalationEvents.opId, opId))
      .get();
    return row?.escalationId;
  },
  async forChild(db: Db, childId: string): Promise<TrackerRecord[]> {
    return db
      .select(trackerColumns)
      .from(escalations)
      .where(eq(escalations.childId, childId))
      .orderBy(desc(escalations.raisedAt))
      .all() as Promise<TrackerRecord[]>;
  },
  /** The tracker page's query, unexecuted (the EXPLAIN QUERY PLAN test checks the very same SQL). */
  trackerRowsQuery(db: Db, q: TrackerQuery) {
    const column = sortColumns[q.sort];
    const order = q.direction === 'asc' ? [asc(column), asc(escalations.id)] : [desc(column), desc(escalations.id)];
    return db
      .select(trackerColumns)
      .from(escalations)
      .where(trackerWhere(db, q, q.status !== 'any' && !q.search))
      .orderBy(...order)
      .limit(q.limit)
      .offset(q.offset);
  },
  trackerCountQuery(db: Db, q: TrackerQuery) {
    return db.select({ n: sql<number>`count(*)` }).from(escalations).where(trackerWhere(db, q));
  },
  async tracker(db: Db, q: TrackerQuery): Promise<{ rows: TrackerRecord[]; total: number }> {
    const rows = (await escalationsRepo.trackerRowsQuery(db, q).all()) as TrackerRecord[];
    const count = await escalationsRepo.trackerCountQuery(db, q).get();
    return { rows, total: Number(count?.n ?? 0) };
  },
};
