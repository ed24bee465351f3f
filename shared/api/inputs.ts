import { z } from 'zod';
import { cohortSchema } from '../profile/schema';
import { plainLine, realIsoDate } from './text-rules';
import { requiredText } from '../field-rules';
import { commandSchema, concernSchema, raiseCommandSchema } from '../engine/commands';

export { commandSchema, concernSchema };

/** Input schemas for every channel. Messages are written for the person filling the form. */

const isoDate = realIsoDate;
const text = requiredText;
const optionalText = (max = 4000) => z.string().trim().max(max).default('');
export const opIdSchema = z.string().min(8, 'opId must be a unique operation id').max(100);
const id = z.string().min(1, 'id is required').max(100);

export const childCohortSchema = z.enum(['looked-after', 'child-protection', 'both']);

export const childFieldsSchema = z.object({
  name: plainLine(text('Name of child', 200), 'The name'),
  caseId: plainLine(text('Case ID', 50), 'The case ID'),
  dateOfBirth: isoDate.nullable().default(null),
  cohort: childCohortSchema,
  socialWorker: plainLine(optionalText(200), 'The social worker’s name'),
  teamManager: plainLine(optionalText(200), 'The team manager’s name'),
  team: plainLine(optionalText(200), 'The team'),
  chair: plainLine(optionalText(200), 'The chair’s name'),
  /** Last and next review or conference (Rutland: the chair tells the conference of escalations since the previous meeting). */
  lastMeetingDate: isoDate.nullable().default(null),
  nextMeetingDate: isoDate.nullable().default(null),
});

export const childCreateSchema = childFieldsSchema.extend({ opId: opIdSchema });
export const childUpdateSchema = childFieldsSchema.extend({ id, version: z.number().int().positive(), opId: opIdSchema });
export const childListSchema = z.object({ search: z.string().max(200).default('') }).default({ search: '' });
export const byIdSchema = z.object({ id });

/**
 * Raising a concern for a child: the engine's raise command (one schema, not restated field by field) with the
 * child in place of the ladder and cohort, which the service chooses from the child unless given.
 */
export const raiseSchema = raiseCommandSchema.omit({ kind: true, ladderKey: true, cohort: true }).extend({
  childId: id,
  /** Ladder key; when absent, the profile's ladder for the child's cohort. */
  ladderKey: z.string().min(1).optional(),
  cohort: cohortSchema.optional(),
  /** 'informal' or a formal stage key. */
  startAt: z.string().min(1).default('informal'),
  /** Dates checked as real calendar dates at the door, as every other date field of the API is. */
  happenedOn: isoDate.optional(),
  reviewBy: isoDate.optional(),
  opId: opIdSchema,
});

export const escalationCommandSchema = z.object({
  id,
  version: z.number().int().positive(),
  command: commandSchema,
  opId: opIdSchema,
});

export const trackerSortSchema = z.enum(['due', 'raised', 'child', 'caseId', 'cohort', 'stage', 'chair', 'team', 'status', 'urgency']);

/** The tracker's filters. Every field is optional so a saved view or a report click-through can set any mix. */
export const trackerFilterSchema = z.object({
  scope: z.enum(['mine', 'team', 'all']).default('all'),
  status: z.enum(['open', 'closed', 'any']).default('open'),
  search: z.string().trim().max(200).default(''),
  /** One stage key, or several separated by commas. */
  stage: z.string().max(500).default(''),
  category: z.string().max(100).default(''),
  /** One urgency level, or several separated by commas. */
  urgency: z.string().max(300).default(''),
  cohort: z.string().max(50).default(''),
  chair: z.string().max(200).default(''),
  team: z.string().max(200).default(''),
  /** Only escalations whose current stage is overdue now. */
  overdue: z.boolean().default(false),
  /**
   * Overdue now; due later today (not yet overdue); due tomorrow; due by the end of this week (Sunday),
   * London time. The words and counts are those of My day and the reminder banner.
   */
  dueWithin: z.enum(['', 'overdue', 'today', 'tomorrow', 'week']).default(''),
  /** Raised on or after / on or before these London dates. */
  from: z.union([isoDate, z.literal('')]).default(''),
  to: z.union([isoDate, z.literal('')]).default(''),
  /** Closed on or after / on or before these London dates (report click-through "closed per month"). */
  closedFrom: z.union([isoDate, z.literal('')]).default(''),
  closedTo: z.union([isoDate, z.literal('')]).default(''),
  sort: trackerSortSchema.default('due'),
  direction: z.enum(['asc', 'desc']).default('asc'),
});
export type TrackerFilter = z.output<typeof trackerFilterSchema>;

export const escalationListSchema = trackerFilterSchema
  .extend({
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .default(() => ({ ...trackerFilterSchema.parse({}), limit: 100, offset: 0 }));

export const escalationCsvSchema = trackerFilterSchema.default(() => trackerFilterSchema.parse({}));
