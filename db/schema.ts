import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { audit } from './schema-tracker';
import { jsonAt } from './json-at';

// The tables of the shared file's own machinery (settings, change log, presence, leases, views, profiles, summaries).
export * from './schema-tracker';
// Concerns about a chair, kept apart from escalations (issue 34).
export * from './schema-chair-concerns';

/**
 * The tracker file's schema. Every mutable row carries `version` (optimistic concurrency across desktops)
 * and who last changed it. Events are append-only; escalations hold columns derived from them so the
 * tracker list can be filtered and sorted in SQL with indexes.
 */


export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    osUser: text('os_user'),
    email: text('email'),
    /** chair | qa-manager | administrator | team-manager | service-manager | head-of-service | director | business-manager */
    role: text('role').notNull(),
    team: text('team'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    ...audit,
  },
  (t) => [uniqueIndex('people_os_user').on(t.osUser)],
);

export const children = sqliteTable(
  'children',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    caseId: text('case_id').notNull(),
    dateOfBirth: text('date_of_birth'),
    /** looked-after | child-protection | both */
    cohort: text('cohort').notNull(),
    socialWorker: text('social_worker').notNull().default(''),
    teamManager: text('team_manager').notNull().default(''),
    team: text('team').notNull().default(''),
    chair: text('chair').notNull().default(''),
    /** The child's last and next review (looked after) or conference (CP plan), London dates: the chair tells the meeting of escalations since the last one. */
    lastMeetingDate: text('last_meeting_date'),
    nextMeetingDate: text('next_meeting_date'),
    ...audit,
  },
  (t) => [uniqueIndex('children_case_id').on(t.caseId), index('children_name').on(t.name)],
);

/** Every column of a tracker row (escalations-repo.ts `trackerColumns`), soonest due first: the covering indexes' keys. */
const ROW_COLUMNS = ['dueKey', 'id', 'childId', 'childName', 'caseId', 'cohort', 'chair', 'team', 'status', 'stageKey', 'stageLabel', 'recipientRole', 'urgency', 'raisedAt', 'nextDueDate', 'nextDueAt', 'nextStepLabel', 'nextStepKind', 'version'] as const;
function rowColumns(t: Record<(typeof ROW_COLUMNS)[number], AnySQLiteColumn>): [AnySQLiteColumn, ...AnySQLiteColumn[]] {
  const [first, ...rest] = ROW_COLUMNS.map((k) => t[k]);
  return [first!, ...rest];
}

export const escalations = sqliteTable(
  'escalations',
  {
    id: text('id').primaryKey(),
    childId: text('child_id')
      .notNull()
      .references(() => children.id),
    /** Copies of the child's name and case ID, kept in step on edit, so the tracker sorts and searches one table with indexes. */
    childName: text('child_name').notNull().default(''),
    caseId: text('case_id').notNull().default(''),
    profileId: text('profile_id').notNull(),
    ladderKey: text('ladder_key').notNull(),
    cohort: text('cohort').notNull(),
    /** open | resolved | withdrawn | referred */
    status: text('status').notNull(),
    stageKey: text('stage_key').notNull(),
    stageLabel: text('stage_label').notNull(),
    stageIndex: integer('stage_index').notNull(),
    highestStageIndex: integer('highest_stage_index').notNull(),
    recipientRole: text('recipient_role').notNull(),
    urgency: text('urgency'),
    chair: text('chair').notNull(),
    team: text('team').notNull(),
    /** Category keys joined with '|' with leading and trailing '|', so "|a|b|" LIKE '%|a|%' filters. */
    categories: text('categories').notNull(),
    summary: text('summary').notNull(),
    raisedAt: text('raised_at').notNull(),
    nextDueDate: text('next_due_date'),
    nextDueAt: text('next_due_at'),
    /** next_due_at, or '~' (after every date) when closed or without a timescale: "soonest due first" from an index. */
    dueKey: text('due_key').notNull().default('~'),
    /**
     * What the next due is for when the current stage has steps of its own (DESIGN.md "Steps"): the open step's
     * label and kind ("Dispute Resolution Meeting", meeting). Null for a stage without steps (its due is the response).
     */
    nextStepLabel: text('next_step_label'),
    nextStepKind: text('next_step_kind'),
    overallDueDate: text('overall_due_date'),
    closedAt: text('closed_at'),
    cafcassReferred: integer('cafcass_referred', { mode: 'boolean' }).notNull().default(false),
    eventCount: integer('event_count').notNull().default(0),
    ...audit,
    // Added after the audit columns, as ALTER TABLE adds them (0013, 0014): the server's column order is the schema's.
    /**
     * The resolution's follow-up (DESIGN.md "Follow-up"): the date to check the agreed action happened, what was found
     * (done | partly | not-done) and the date it happened. Null check date = none set: no agreed action, or resolved
     * before follow-ups were kept (migration 0013), shown as "not set", never guessed.
     */
    followUpOn: text('follow_up_on'),
    followUpResult: text('follow_up_result'),
    followUpDoneOn: text('follow_up_done_on'),
    /** Raised again because the action agreed when that escalation was resolved did not happen. */
    reRaiseOf: text('re_raise_of'),
    /** What was agreed (its first 300 characters), for My day's list of agreed actions to check (migration 0014). */
    followUpWhat: text('follow_up_what'),
  },
  (t) => [
    index('escalations_status_due').on(t.status, t.nextDueAt),
    index('escalations_chair_status_due').on(t.chair, t.status, t.nextDueAt),
    index('escalations_team_status_due').on(t.team, t.status, t.nextDueAt),
    index('escalations_child').on(t.childId),
    index('escalations_raised').on(t.raisedAt),
    index('escalations_due_key').on(t.dueKey),
    index('escalations_status_due_key').on(t.status, t.dueKey),
    index('escalations_child_name').on(t.childName),
    index('escalations_case_id').on(t.caseId),
    index('escalations_stage_index').on(t.stageIndex),
    index('escalations_closed').on(t.closedAt),
    // The open escalations with every column the default tracker view and the dashboard read, soonest due
    // first: both are answered from this index alone (a few pages) instead of one table page per row,
    // which on a share is one round trip each. Partial, so saves to closed escalations never touch it.
    // (With when each last changed and its overall target: the report's "open at the end of the period" reads them.)
    index('escalations_open_covering')
      .on(...rowColumns(t), t.updatedAt, t.overallDueDate)
      .where(sql`${t.status} = 'open'`),
    // The closed ones alike (issue 31): a "Closed" filter reads its first page from here in order, and counts a
    // stage from the narrow stage index, instead of reading every escalation. Partial on the closed statuses as the
    // tracker query writes them (escalations-repo.ts), so saves to open escalations never touch it.
    index('escalations_closed_covering')
      .on(...rowColumns(t))
      .where(sql`${t.status} IN ('resolved', 'withdrawn', 'referred')`),
    index('escalations_stage_status').on(t.stageKey, t.status),
    // For the quarterly report (issue 31), each read for a few pages instead of one table page per escalation, and
    // none touched by a note or a response: what was raised in a quarter (by category, team, chair, urgency); the
    // closed rows' state when they closed (partial: the open rows are in the open covering index); each
    // escalation's dates by id (for the resolutions of a quarter).
    index('escalations_raised_by').on(t.raisedAt, t.categories, t.team, t.chair, t.urgency),
    index('escalations_closed_state')
      .on(t.closedAt, t.raisedAt, t.id, t.updatedAt, t.stageKey, t.nextDueAt, t.overallDueDate)
      .where(sql`${t.closedAt} IS NOT NULL`),
    index('escalations_id_dates').on(t.id, t.raisedAt, t.overallDueDate, t.caseId, t.followUpOn, t.followUpResult, t.followUpDoneOn),
    // My day's and the reminders' follow-ups to check: a chair's, by check date, only those not yet recorded, with the
    // row's columns and what was agreed, so the list comes from the index alone (measured on a 50,000 share: 731 page
    // reads for My day with one table page and the agreement's event per row; migration 0014).
    index('escalations_follow_up_due')
      .on(t.chair, t.followUpOn, ...rowColumns(t).filter((c) => c !== t.chair), t.followUpWhat, t.followUpResult)
      .where(sql`${t.followUpOn} IS NOT NULL AND ${t.followUpResult} IS NULL`),
    index('escalations_re_raise_of').on(t.reRaiseOf).where(sql`${t.reRaiseOf} IS NOT NULL`),
  ],
);

export const escalationEvents = sqliteTable(
  'escalation_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    escalationId: text('escalation_id')
      .notNull()
      .references(() => escalations.id),
    seq: integer('seq').notNull(),
    kind: text('kind').notNull(),
    /** The event body as JSON (see shared/engine/types.ts EventBody). */
    body: text('body').notNull(),
    /** When it happened (or was recorded as happening). */
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    machine: text('machine').notNull(),
    /** Unique per user operation: a retried write whose first attempt committed is a no-op. */
    opId: text('op_id').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [
    uniqueIndex('events_op_id').on(t.opId),
    uniqueIndex('events_escalation_seq').on(t.escalationId, t.seq),
    // For the quarterly report: events by kind and time, and stage clocks read from the index, not the JSON.
    index('escalation_events_kind_at').on(t.kind, t.at),
    index('escalation_events_kind_date').on(t.kind, jsonAt(t.body, '$.date')),
    // Partial on the kinds that carry a clock (report-sql.ts CLOCK_KINDS, written the same way there): a note,
    // a response or a letter never touches it, and it is half the size to read (migration 0011).
    index('escalation_events_clock')
      .on(t.escalationId, t.kind, jsonAt(t.body, '$.clock.stageKey'), t.at, jsonAt(t.body, '$.clock.dueAt'), jsonAt(t.body, '$.clock.dueDate'))
      .where(sql`${t.kind} IN ('raised', 'escalated', 'bypassed', 'extension-granted', 'urgency-changed')`),
    // For the quarterly report (issue 31), partial, one kind each, so no other event touches them, each holding what
    // the report reads of that kind (the event's JSON is then never read): resolutions by date, moves up a stage (escalated
    // or bypassed) by when, Cafcass referrals by referral date. (The kind/time index bounds these
    // only from below, as a dated event may be recorded later, and read every such event since the period began.)
    index('escalation_events_resolved')
      .on(jsonAt(t.body, '$.date'), t.escalationId, t.at, jsonAt(t.body, '$.stageKey'), jsonAt(t.body, '$.outcomeKeys'))
      .where(sql`${t.kind} = 'resolved'`),
    index('escalation_events_moves')
      .on(t.at, t.kind, t.escalationId, jsonAt(t.body, '$.fromStageKey'), jsonAt(t.body, '$.noResponse'), jsonAt(t.body, '$.clock.openedAt'))
      .where(sql`${t.kind} IN ('escalated', 'bypassed')`),
    // Extensions granted, with what the report lists of each.
    index('escalation_events_extensions')
      .on(t.at, t.escalationId, jsonAt(t.body, '$.stageKey'), jsonAt(t.body, '$.previousDueDate'), jsonAt(t.body, '$.clock.dueDate'), jsonAt(t.body, '$.reason'))
      .where(sql`${t.kind} = 'extension-granted'`),
    // The few events a bypass or a stage's preconditions put on the meeting's list (the rest never enter these).
    index('escalation_events_raised_bypass')
      .on(t.at)
      .where(sql`${t.kind} = 'raised' AND ${jsonAt(t.body, '$.bypass')} IS NOT NULL`),
    index('escalation_events_preconditions')
      .on(t.at)
      .where(sql`${t.kind} IN ('raised', 'escalated', 'bypassed') AND ${jsonAt(t.body, '$.preconditions')} IS NOT NULL`),
    index('escalation_events_cafcass')
      .on(jsonAt(t.body, '$.referredOn'), t.at, jsonAt(t.body, '$.concurrent'))
      .where(sql`${t.kind} = 'cafcass-referred'`),
  ],
);

/** A concern beyond one child (resource, system, pattern), owned by the QA manager (seeds/003 themed concerns). */
export const themes = sqliteTable(
  'themes',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    evidence: text('evidence').notNull().default(''),
    owner: text('owner').notNull().default(''),
    /** open | monitoring | closed */
    status: text('status').notNull().default('open'),
    ...audit,
  },
  (t) => [index('themes_status').on(t.status)],
);

/** Escalations and children linked to a theme. */
export const themeLinks = sqliteTable(
  'theme_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    themeId: text('theme_id')
      .notNull()
      .references(() => themes.id),
    escalationId: text('escalation_id').references(() => escalations.id),
    childId: text('child_id').references(() => children.id),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('theme_links_theme').on(t.themeId), index('theme_links_escalation').on(t.escalationId)],
);

/** A theme's own append-only history (raised, evidence added, linked, status changed, note). */
export const themeEvents = sqliteTable(
  'theme_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    themeId: text('theme_id')
      .notNull()
      .references(() => themes.id),
    seq: integer('seq').notNull(),
    kind: text('kind').notNull(),
    body: text('body').notNull(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    machine: text('machine').notNull(),
    opId: text('op_id').notNull(),
  },
  (t) => [uniqueIndex('theme_events_op').on(t.opId), uniqueIndex('theme_events_seq').on(t.themeId, t.seq)],
);

/** Letters generated for an escalation: where they were saved, so they can be listed and opened. */
export const letters = sqliteTable(
  'letters',
  {
    id: text('id').primaryKey(),
    escalationId: text('escalation_id')
      .notNull()
      .references(() => escalations.id),
    stageKey: text('stage_key').notNull(),
    /** stage-form | informal | resolution | cafcass | meeting-statement | custom */
    document: text('document').notNull(),
    path: text('path').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    opId: text('op_id').notNull(),
  },
  (t) => [index('letters_escalation').on(t.escalationId), uniqueIndex('letters_op').on(t.opId)],
);


