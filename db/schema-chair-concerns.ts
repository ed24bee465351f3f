import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { audit } from './schema-tracker';
import { children } from './schema';

/**
 * Concerns about a chair or the reviewing service (DESIGN.md "Concern about a chair"), kept apart from escalations:
 * never on the tracker, My day or a child's history; only managers read them (the service decides who). The row holds
 * what the list and the report count; the log, like an escalation's, is append-only.
 */
export const chairConcerns = sqliteTable(
  'chair_concerns',
  {
    id: text('id').primaryKey(),
    /** The chair it is about, as named; their People record where chosen (the service hides it from them). */
    aboutChair: text('about_chair').notNull(),
    aboutPersonId: text('about_person_id'),
    raisedByAgency: text('raised_by_agency').notNull(),
    childId: text('child_id').references(() => children.id),
    profileId: text('profile_id').notNull(),
    /** open | resolved | withdrawn */
    status: text('status').notNull(),
    stageKey: text('stage_key').notNull(),
    stageIndex: integer('stage_index').notNull(),
    highestStageIndex: integer('highest_stage_index').notNull(),
    raisedOn: text('raised_on').notNull(),
    dueDate: text('due_date'),
    /** The first formal response's date and the latest response's outcome (upheld | partly-upheld | not-upheld). */
    firstResponseOn: text('first_response_on'),
    outcome: text('outcome'),
    closedOn: text('closed_on'),
    eventCount: integer('event_count').notNull().default(0),
    ...audit,
  },
  (t) => [index('chair_concerns_raised').on(t.raisedOn), index('chair_concerns_status').on(t.status, t.raisedOn)],
);

export const chairConcernEvents = sqliteTable(
  'chair_concern_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    concernId: text('concern_id')
      .notNull()
      .references(() => chairConcerns.id),
    seq: integer('seq').notNull(),
    kind: text('kind').notNull(),
    body: text('body').notNull(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    machine: text('machine').notNull(),
    opId: text('op_id').notNull(),
  },
  (t) => [uniqueIndex('chair_concern_events_op').on(t.opId), uniqueIndex('chair_concern_events_seq').on(t.concernId, t.seq)],
);
