import { z } from 'zod';
import { cohortSchema } from '../profile/schema';

/** Input schemas for every channel. Messages are written for the person filling the form. */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD');
const text = (label: string, max = 4000) =>
  z.string({ error: `${label} is required` }).trim().min(1, `${label} is required`).max(max, `${label} is too long (at most ${max} characters)`);
const optionalText = (max = 4000) => z.string().trim().max(max).default('');
export const opIdSchema = z.string().min(8, 'opId must be a unique operation id').max(100);
const id = z.string().min(1, 'id is required').max(100);

export const childCohortSchema = z.enum(['looked-after', 'child-protection', 'both']);

export const childFieldsSchema = z.object({
  name: text('Name of child', 200),
  caseId: text('Case ID', 50),
  dateOfBirth: isoDate.nullable().default(null),
  cohort: childCohortSchema,
  socialWorker: optionalText(200),
  teamManager: optionalText(200),
  team: optionalText(200),
  chair: optionalText(200),
  /** Last and next review or conference (Rutland: the chair tells the conference of escalations since the previous meeting). */
  lastMeetingDate: isoDate.nullable().default(null),
  nextMeetingDate: isoDate.nullable().default(null),
});

export const childCreateSchema = childFieldsSchema.extend({ opId: opIdSchema });
export const childUpdateSchema = childFieldsSchema.extend({ id, version: z.number().int().positive(), opId: opIdSchema });
export const childListSchema = z.object({ search: z.string().max(200).default('') }).default({ search: '' });
export const byIdSchema = z.object({ id });

export const concernSchema = z.object({
  categoryKeys: z.array(z.string().min(1)).min(1, 'Choose at least one category of concern'),
  otherCategory: z.string().trim().max(500).optional(),
  summary: text('Summary of concern'),
  impactOnChild: text('Impact on the child'),
  requestedAction: z.object({
    what: text('Requested action – what'),
    who: text('Requested action – who'),
    byWhen: isoDate.nullable().default(null),
  }),
  expectedOutcomeKeys: z.array(z.string().min(1)).default([]),
  otherOutcome: z.string().trim().max(500).optional(),
});

export const raiseSchema = z.object({
  childId: id,
  /** Ladder key; when absent, the profile's ladder for the child's cohort. */
  ladderKey: z.string().min(1).optional(),
  cohort: cohortSchema.optional(),
  /** 'informal' or a formal stage key. */
  startAt: z.string().min(1).default('informal'),
  urgency: z.string().min(1).nullable().optional(),
  concern: concernSchema,
  opId: opIdSchema,
});

export const commandSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('record-letter-sent'), sentOn: isoDate, to: text('Sent to', 300) }),
  z.object({
    kind: z.literal('record-response'),
    respondent: text('Respondent', 300),
    what: text('What are you doing / have done'),
    who: text('Who'),
    byWhen: isoDate.nullable().default(null),
    expectedOutcomeKeys: z.array(z.string()).default([]),
    date: isoDate,
  }),
  z.object({ kind: z.literal('resolve'), outcomeKeys: z.array(z.string()).default([]), date: isoDate, note: optionalText() }),
  z.object({ kind: z.literal('escalate'), concernsRemaining: text('Concerns remaining'), actionsTaken: optionalText() }),
  z.object({ kind: z.literal('bypass'), toStageKey: text('Stage to go to', 100), reason: optionalText(), agreedWith: optionalText(300) }),
  z.object({
    kind: z.literal('grant-extension'),
    newDueDate: isoDate.optional(),
    addWorkingDays: z.number().int().min(1).max(60).optional(),
    reason: text('Reason for the extension'),
    requestedBy: text('Requested by', 300),
  }),
  z.object({ kind: z.literal('change-urgency'), to: text('Urgency', 50), reason: text('Reason') }),
  z.object({ kind: z.literal('refer-cafcass'), concurrent: z.boolean(), referredOn: isoDate, note: optionalText() }),
  z.object({
    kind: z.literal('record-meeting'),
    status: z.enum(['scheduled', 'held', 'outcome']),
    date: isoDate,
    attendees: optionalText(),
    notes: optionalText(),
  }),
  z.object({ kind: z.literal('withdraw'), reason: text('Reason for withdrawing') }),
  z.object({ kind: z.literal('add-note'), text: text('Note') }),
]);

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
