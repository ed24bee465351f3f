import { integer, index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The tables of the tracker file's own machinery, beside the case tables in schema.ts (which re-exports these, so
 * drizzle-kit and the repositories see one schema): settings, the change log, presence and leases, saved views,
 * custom profiles, recent recipients and the summary rows. None refers to a case table.
 */

/** Who made and last changed a mutable row, and its version (optimistic concurrency across desktops). */
export const audit = {
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
};

/**
 * Summary rows (issue 31): escalations raised and closed per London calendar month ('YYYY-MM'), kept in the same
 * write transaction as the rows they count (month-counts-repo.ts), so the dashboard's 12-month chart reads a page
 * instead of two indexes. Built from the rows when a tracker first gets the table; `cli check --rebuild-summaries`.
 */
export const monthCounts = sqliteTable('month_counts', {
  month: text('month').primaryKey(),
  raised: integer('raised').notNull().default(0),
  closed: integer('closed').notNull().default(0),
});

/** Tracker-wide settings (active profile, authority name, …) as JSON values. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  ...audit,
});

/** Every change to any row, for other desktops to refresh what they show and for the audit log. */
export const changeLog = sqliteTable(
  'change_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    actor: text('actor').notNull(),
    machine: text('machine').notNull(),
    at: text('at').notNull(),
    opId: text('op_id').notNull(),
    detail: text('detail').notNull().default('{}'),
  },
  (t) => [index('change_log_entity').on(t.entity, t.entityId), uniqueIndex('change_log_op').on(t.opId, t.entity, t.entityId)],
);

/** Who has which escalation open: heartbeat rows, a hint ("Sam Patel is editing this"), never a lock. */
export const presence = sqliteTable(
  'presence',
  {
    actor: text('actor').notNull(),
    machine: text('machine').notNull(),
    escalationId: text('escalation_id'),
    seenAt: text('seen_at').notNull(),
  },
  (t) => [uniqueIndex('presence_actor_machine').on(t.actor, t.machine), index('presence_escalation').on(t.escalationId)],
);

/** Short leases so only one desktop at a time does a shared chore (e.g. the automatic backup). */
export const leases = sqliteTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  machine: text('machine').notNull(),
  expiresAt: text('expires_at').notNull(),
});

/** A person's saved tracker views (filters and sort). */
export const savedViews = sqliteTable(
  'saved_views',
  {
    id: text('id').primaryKey(),
    owner: text('owner').notNull(),
    name: text('name').notNull(),
    query: text('query').notNull(),
    ...audit,
  },
  (t) => [index('saved_views_owner').on(t.owner)],
);

/** Custom protocol profiles written by an administrator (built-ins live in code and cannot change). */
export const profiles = sqliteTable('profiles', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  basedOn: text('based_on'),
  json: text('json').notNull(),
  ...audit,
});

/**
 * The person last named for a recipient role in a team ("Head of Service" for the North team): the person
 * picker offers them first next time. One row per role and team, replaced in the write that names them.
 */
export const recentRecipients = sqliteTable(
  'recent_recipients',
  {
    /** The role as a directory key (head-of-service), or the profile's words lower-cased when it is no job role. */
    roleKey: text('role_key').notNull(),
    team: text('team').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    email: text('email'),
    personId: text('person_id'),
    namedAt: text('named_at').notNull(),
    namedBy: text('named_by').notNull(),
  },
  (t) => [uniqueIndex('recent_recipients_role_team').on(t.roleKey, t.team)],
);
