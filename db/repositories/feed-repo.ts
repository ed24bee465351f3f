import { and, asc, eq, gt, gte, inArray, isNotNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../tracker';
import { changeLog, escalationEvents, leases, people, presence } from '../schema';

/** One change another desktop (or this one) committed: enough for the UI to know what to reload. */
export interface ChangeRecord {
  entity: string;
  entityId: string;
  action: string;
  actor: string;
  machine: string;
  at: string;
  /** The operation that wrote it: a window skips the changes of its own operations (it already has their result). */
  opId?: string;
}

/** Where the change feed has read up to: the last escalation_events id and the last change_log id. */
export interface FeedCursor {
  event: number;
  log: number;
}

export interface PresenceRecord {
  actor: string;
  machine: string;
  escalationId: string | null;
  seenAt: string;
}

/**
 * The shared-file chores: change feed, presence heartbeats, leases, and who the OS user is. Kept behind
 * this interface so a server database could replace the shared file without touching services or UI.
 */
export const feedRepo = {
  async feedHead(db: Db): Promise<FeedCursor> {
    const e = await db.select({ n: sql<number>`coalesce(max(${escalationEvents.id}), 0)` }).from(escalationEvents).get();
    const l = await db.select({ n: sql<number>`coalesce(max(${changeLog.id}), 0)` }).from(changeLog).get();
    return { event: Number(e?.n ?? 0), log: Number(l?.n ?? 0) };
  },

  /** Changes after `cursor` in commit order within each table (at most `limit` of each), and the new cursor. */
  async changesSince(db: Db, cursor: FeedCursor, limit = 200): Promise<{ changes: ChangeRecord[]; cursor: FeedCursor; more: boolean }> {
    const events = await db
      .select({ id: escalationEvents.id, entityId: escalationEvents.escalationId, action: escalationEvents.kind, actor: escalationEvents.actor, machine: escalationEvents.machine, at: escalationEvents.recordedAt, opId: escalationEvents.opId })
      .from(escalationEvents)
      .where(gt(escalationEvents.id, cursor.event))
      .orderBy(asc(escalationEvents.id))
      .limit(limit)
      .all();
    const logs = await db
      .select({ id: changeLog.id, entity: changeLog.entity, entityId: changeLog.entityId, action: changeLog.action, actor: changeLog.actor, machine: changeLog.machine, at: changeLog.at, opId: changeLog.opId })
      .from(changeLog)
      .where(gt(changeLog.id, cursor.log))
      .orderBy(asc(changeLog.id))
      .limit(limit)
      .all();
    const changes: ChangeRecord[] = [
      ...events.map(({ id: _id, ...e }) => ({ entity: 'escalation', ...e })),
      // Concerns about a chair never travel on the feed: every desktop reads it, the chair concerned's too (the cursor
      // still moves past them).
      ...logs.filter((l) => l.entity !== 'chair-concern').map(({ id: _id, ...l }) => l),
    ].sort((a, b) => a.at.localeCompare(b.at));
    return {
      changes,
      cursor: { event: events.at(-1)?.id ?? cursor.event, log: logs.at(-1)?.id ?? cursor.log },
      more: events.length === limit || logs.length === limit,
    };
  },

  async beat(db: Db, row: PresenceRecord): Promise<void> {
    await db
      .insert(presence)
      .values(row)
      .onConflictDoUpdate({ target: [presence.actor, presence.machine], set: { escalationId: row.escalationId, seenAt: row.seenAt } })
      .run();
  },

  /** Presence rows seen since `since` (ISO), optionally only those on one escalation. */
  async live(db: Db, since: string, escalationId?: string): Promise<PresenceRecord[]> {
    const where = escalationId ? and(gte(presence.seenAt, since), eq(presence.escalationId, escalationId)) : gte(presence.seenAt, since);
    return db.select().from(presence).where(where).orderBy(asc(presence.actor)).all();
  },

  /** A heartbeat row is not a record: a desktop that closes cleanly takes its own away. */
  async leave(db: Db, actor: string, machine: string): Promise<void> {
    await db.delete(presence).where(and(eq(presence.actor, actor), eq(presence.machine, machine))).run();
  },

  /** Takes the named lease if it is free, expired, or already ours; returns whether we hold it now. */
  async acquireLease(db: Db, lease: { name: string; holder: string; machine: string; now: string; expiresAt: string }): Promise<boolean> {
    await db
      .insert(leases)
      .values({ name: lease.name, holder: lease.holder, machine: lease.machine, expiresAt: lease.expiresAt })
      .onConflictDoUpdate({
        target: leases.name,
        set: { holder: lease.holder, machine: lease.machine, expiresAt: lease.expiresAt },
        setWhere: or(lt(leases.expiresAt, lease.now), and(eq(leases.holder, lease.holder), eq(leases.machine, lease.machine))),
      })
      .run();
    const row = await db.select().from(leases).where(eq(leases.name, lease.name)).get();
    return row?.holder === lease.holder && row.machine === lease.machine;
  },

  async releaseLease(db: Db, name: string, holder: string, machine: string): Promise<void> {
    await db
      .update(leases)
      .set({ expiresAt: '1970-01-01T00:00:00.000Z' })
      .where(and(eq(leases.name, name), eq(leases.holder, holder), eq(leases.machine, machine)))
      .run();
  },

  /** The person record for an OS account, so the audit trail shows "Sam Patel", not "spatel". */
  async personForOsUser(db: Db, osUser: string): Promise<{ name: string } | undefined> {
    return db
      .select({ name: people.name })
      .from(people)
      .where(and(isNotNull(people.osUser), sql`lower(${people.osUser}) = lower(${osUser})`, ne(people.active, false)))
      .get();
  },

  /** Of these operation ids, the ones that left no trace (no event, no change_log row): lost writes. */
  async missingOps(db: Db, opIds: string[]): Promise<string[]> {
    const found = new Set<string>();
    for (let i = 0; i < opIds.length; i += 500) {
      const chunk = opIds.slice(i, i + 500);
      for (const r of await db.select({ op: escalationEvents.opId }).from(escalationEvents).where(inArray(escalationEvents.opId, chunk)).all()) found.add(r.op);
      for (const r of await db.select({ op: changeLog.opId }).from(changeLog).where(inArray(changeLog.opId, chunk)).all()) found.add(r.op);
    }
    return opIds.filter((id) => !found.has(id));
  },
};
