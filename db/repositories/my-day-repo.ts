import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../tracker';
import { jsonField } from '../sql-dialect';
import { children, escalationEvents, escalations } from '../schema';
import { trackerColumns, type TrackerRecord } from './escalations-repo';

/** The few extra reads behind a chair's "My day" (due dates come from the tracker query itself). */
export const myDayRepo = {
  /** Open escalations of this chair whose current stage (the informal one too: its email is the letter) has no letter recorded as sent. */
  async lettersNotSent(db: Db, chair: string, limit = 100): Promise<TrackerRecord[]> {
    return db
      .select(trackerColumns)
      .from(escalations)
      .where(
        and(
          eq(escalations.status, 'open'),
          eq(escalations.chair, chair),
          sql`NOT EXISTS (SELECT 1 FROM ${escalationEvents} l WHERE l.escalation_id = ${escalations.id} AND l.kind = 'letter-sent' AND ${jsonField(db, sql.raw('l.body'), '$.stageKey')} = ${escalations.stageKey})`,
        ),
      )
      .orderBy(asc(escalations.dueKey))
      .limit(limit)
      .all() as Promise<TrackerRecord[]>;
  },
  /**
   * Meetings scheduled between two London dates on this chair's open escalations, where the meeting
   * is the escalation's latest meeting event (a later "held" or "outcome" closes it).
   */
  async meetingsBetween(db: Db, chair: string, from: string, to: string): Promise<{ record: TrackerRecord; date: string }[]> {
    const field = (path: string) => jsonField(db, escalationEvents.body, path);
    const rows = await db
      .select({ ...trackerColumns, meetingDate: sql<string>`${field('$.date')}` })
      .from(escalationEvents)
      .innerJoin(escalations, eq(escalations.id, escalationEvents.escalationId))
      .where(
        and(
          eq(escalations.status, 'open'),
          eq(escalations.chair, chair),
          eq(escalationEvents.kind, 'meeting'),
          sql`${field('$.status')} = 'scheduled'`,
          sql`${field('$.date')} BETWEEN ${from} AND ${to}`,
          sql`NOT EXISTS (SELECT 1 FROM ${escalationEvents} m WHERE m.escalation_id = ${escalationEvents.escalationId} AND m.kind = 'meeting' AND m.seq > ${escalationEvents.seq})`,
        ),
      )
      .orderBy(field('$.date'))
      .all();
    return rows.map(({ meetingDate, ...record }) => ({ record: record as TrackerRecord, date: meetingDate }));
  },
  /** The follow-ups query alone (its plan is tested: the partial covering index escalations_follow_up_due, never a table page). */
  followUpsDueQuery(db: Db, chair: string, to: string, limit: number) {
    return db
      .select({ ...trackerColumns, checkOn: escalations.followUpOn, what: escalations.followUpWhat })
      .from(escalations)
      .where(and(eq(escalations.chair, chair), sql`${escalations.followUpOn} IS NOT NULL AND ${escalations.followUpResult} IS NULL`, lte(escalations.followUpOn, to)))
      .orderBy(asc(escalations.followUpOn))
      .limit(limit);
  },
  /**
   * This chair's resolved escalations whose follow-up falls due by `to` and is not recorded yet (DESIGN.md "Follow-up"),
   * earliest check first, with what was agreed.
   */
  async followUpsDue(db: Db, chair: string, to: string, limit = 100): Promise<{ record: TrackerRecord; checkOn: string; what: string }[]> {
    const rows = await this.followUpsDueQuery(db, chair, to, limit).all();
    return rows.map(({ checkOn, what, ...record }) => ({ record: record as TrackerRecord, checkOn: checkOn ?? to, what: what ?? '' }));
  },
  /** This chair's children with a review or conference between two dates and at least one open escalation. */
  async reviewsBetween(db: Db, chair: string, from: string, to: string): Promise<{ id: string; name: string; caseId: string; date: string; open: number }[]> {
    // Written out in full: drizzle leaves a column in the select list unqualified, which inside the subquery would mean e.id.
    const open = sql<number>`(SELECT count(*) FROM escalations e WHERE e.child_id = children.id AND e.status = 'open')`;
    const rows = await db
      .select({ id: children.id, name: children.name, caseId: children.caseId, date: children.nextMeetingDate, open })
      .from(children)
      .where(and(eq(children.chair, chair), gte(children.nextMeetingDate, from), lte(children.nextMeetingDate, to), sql`${open} > 0`))
      .orderBy(asc(children.nextMeetingDate))
      .all();
    return rows.map((r) => ({ ...r, date: r.date ?? from, open: Number(r.open) }));
  },
};
