import { z } from 'zod';
import { cohortSchema, stepOutcomes } from '../profile/schema';
import { isoDateField, requiredText, timeField } from '../field-rules';

/**
 * Every command a chair can give, declared once. The API validates input with these schemas and the
 * engine's `Command` type is derived from them, so the two can never drift apart. Messages are written
 * for the person filling the form.
 */

export const isoDateSchema = isoDateField();
const text = requiredText;
const optionalText = (max = 4000) => z.string().trim().max(max).default('');
/** "When it happened", for something recorded after the fact; absent = now. A time (HH:MM, London) may follow. */
const happenedOn = isoDateSchema.optional();
const happenedTime = timeField.optional();

/** An email address as a person types it; '' = not known. Never a header: no spaces, commas, angle brackets or line breaks. */
export const emailAddressSchema = z
  .string()
  .trim()
  .max(254, 'An email address is at most 254 characters')
  .refine((v) => v === '' || /^[^\s@<>,;"()]+@[^\s@<>,;"()]+\.[^\s@<>,;"()]+$/.test(v), 'Enter an email address like name@council.gov.uk, or leave it empty');

/**
 * A person a letter goes to or is copied to, named by the chair: someone from People (`personId`) or
 * "someone else" typed in place, which `saveAsContact` keeps in People as a contact (not an app user).
 */
export const addresseeSchema = z.object({
  name: text('The person\'s name', 200),
  role: text('The person\'s role', 200),
  email: emailAddressSchema.default(''),
  personId: z.string().trim().min(1).max(64).optional(),
  saveAsContact: z.boolean().optional(),
});
const people = {
  /** Who this stage's letter goes to (absent: the role alone, as escalations recorded before names were asked). */
  recipient: addresseeSchema.optional(),
  copies: z.array(addresseeSchema).max(20, 'At most 20 people can be copied in').optional(),
};

/** How a discussion or agreement happened, as the chair records it. */
export const conferredHows = ['in-person', 'phone', 'teams', 'email', 'meeting'] as const;
export const conferredHowLabels: Record<(typeof conferredHows)[number], string> = { 'in-person': 'In person', phone: 'By phone', teams: 'On Teams', email: 'By email', meeting: 'At a meeting' };

/**
 * One of the target stage's preconditions (profile `requires`), as the chair records it: done with a person of the
 * named role (who, when, how), or not possible, with why ("precondition waived").
 */
export const preconditionEntrySchema = z.object({
  key: z.string().trim().min(1).max(100),
  with: addresseeSchema.optional(),
  on: isoDateSchema.optional(),
  how: z.enum(conferredHows, { error: 'Choose how it happened' }).optional(),
  /** Why it was not possible; non-empty = waived. */
  waived: z.string().trim().max(2000).optional(),
});
const preconditions = { preconditions: z.array(preconditionEntrySchema).max(20).optional() };

/** Who agreed: a person (from People or typed with their role); a plain name is still read from older callers. */
const agreedWithSchema = z.union([addresseeSchema, z.string().trim().max(300)]).optional();

/** What is asked of the stage's recipient: restated at every move up the ladder, "who" being the new recipient. */
export const requestedActionSchema = z.object({
  what: text('Requested action – what'),
  who: text('Requested action – who'),
  byWhen: isoDateSchema.nullable().default(null),
});

/** What the chair found when checking a resolution's agreed action. */
export const followUpResults = ['done', 'partly', 'not-done'] as const;
export const followUpResultLabels: Record<(typeof followUpResults)[number], string> = { done: 'Done', partly: 'Partly done', 'not-done': 'Not done' };

/** How a letter left: the chair's record on My day and the escalation page. */
export const sentHows = ['email', 'post', 'by-hand', 'teams'] as const;
export const sentHowLabels: Record<(typeof sentHows)[number], string> = { email: 'Email', post: 'Post', 'by-hand': 'By hand', teams: 'Teams' };

export const concernSchema = z.object({
  categoryKeys: z.array(z.string().min(1)).min(1, 'Choose at least one category of concern'),
  otherCategory: z.string().trim().max(500).optional(),
  summary: text('Summary of concern'),
  impactOnChild: text('Impact on the child'),
  requestedAction: requestedActionSchema,
  expectedOutcomeKeys: z.array(z.string().min(1)).default([]),
  otherOutcome: z.string().trim().max(500).optional(),
});

/** The engine's raise: the service has already chosen the ladder and cohort from the child. */
export const raiseCommandSchema = z.object({
  kind: z.literal('raise'),
  ladderKey: z.string().min(1),
  cohort: cohortSchema,
  /** 'informal' or a formal stage key. */
  startAt: z.string().min(1),
  urgency: z.string().min(1).nullable().optional(),
  concern: concernSchema,
  happenedOn,
  happenedTime,
  /** Informal stage without a timescale: the review date the chair sets (Haringey). */
  reviewBy: isoDateSchema.optional(),
  ...people,
  /** Starting above the first formal stage is a bypass: its reason and who agreed, under the bypass rules. */
  bypass: z.object({ reason: optionalText(), agreedWith: agreedWithSchema }).optional(),
  ...preconditions,
  /**
   * Raised again because the action agreed when that escalation was resolved did not happen (set by the service, never
   * from a form): it starts where the procedure says, without the bypass rules, the stage having been reached before.
   */
  reRaiseOf: z.object({ escalationId: z.string().min(1).max(64), resolvedOn: isoDateSchema.nullable() }).optional(),
});

/** Commands on an escalation that already exists. */
export const commandSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('record-letter-sent'), sentOn: isoDateSchema, to: text('Sent to', 300), how: z.enum(sentHows, { error: 'Choose how the letter was sent' }).optional() }),
  z.object({
    kind: z.literal('record-response'),
    respondent: text('Respondent', 300),
    what: text('What are you doing / have done'),
    who: text('Who'),
    byWhen: isoDateSchema.nullable().default(null),
    expectedOutcomeKeys: z.array(z.string()).default([]),
    date: isoDateSchema,
  }),
  z.object({
    kind: z.literal('resolve'),
    outcomeKeys: z.array(z.string()).default([]),
    date: isoDateSchema,
    note: optionalText(),
    /** What was agreed would be done (blank "what" = nothing agreed, no follow-up) and when to check; blank check date = the default. */
    followUp: z
      .object({ what: optionalText(), who: optionalText(300), byWhen: isoDateSchema.nullable().default(null), checkOn: isoDateSchema.optional() })
      .optional(),
  }),
  z.object({
    kind: z.literal('escalate'),
    concernsRemaining: text('Concerns remaining'),
    actionsTaken: optionalText(),
    /** Escalating because the recipient did not reply by the deadline ("No response — escalated"). */
    noResponse: z.boolean().optional(),
    happenedOn,
    happenedTime,
    ...people,
    requestedAction: requestedActionSchema.optional(),
    ...preconditions,
  }),
  z.object({
    kind: z.literal('bypass'),
    toStageKey: text('Stage to go to', 100),
    reason: optionalText(),
    agreedWith: agreedWithSchema,
    happenedOn,
    happenedTime,
    ...people,
    requestedAction: requestedActionSchema.optional(),
    ...preconditions,
  }),
  z.object({
    kind: z.literal('grant-extension'),
    newDueDate: isoDateSchema.optional(),
    addWorkingDays: z.number().int().min(1).max(60).optional(),
    reason: text('Reason for the extension'),
    requestedBy: text('Requested by', 300),
  }),
  z.object({ kind: z.literal('change-urgency'), to: text('Urgency', 50), reason: text('Reason') }),
  z.object({
    kind: z.literal('refer-cafcass'),
    concurrent: z.boolean(),
    referredOn: isoDateSchema,
    note: optionalText(),
    /** Who the referral was agreed with, where the procedure names them (one person for each role it names). */
    agreedWith: z.array(addresseeSchema).max(5).optional(),
  }),
  z.object({
    kind: z.literal('record-meeting'),
    status: z.enum(['scheduled', 'held', 'outcome']),
    date: isoDateSchema,
    attendees: optionalText(),
    notes: optionalText(),
  }),
  z.object({ kind: z.literal('withdraw'), reason: text('Reason for withdrawing') }),
  z.object({ kind: z.literal('add-note'), text: text('Note') }),
  /** Ends a step of the current stage (DESIGN.md "Steps"): a decision's outcome, a judged response, or no response by its deadline. */
  z.object({
    kind: z.literal('complete-step'),
    stepKey: text('Step', 100),
    outcome: z.enum([...stepOutcomes, 'done', 'no-response'], { error: 'Choose how the step ended' }).default('done'),
    happenedOn,
    happenedTime,
  }),
  /** Sets (or changes) a resolved escalation's agreed action and the date to check it happened. */
  z.object({
    kind: z.literal('set-follow-up'),
    what: text('What was agreed'),
    who: text('Who will do it', 300),
    byWhen: isoDateSchema.nullable().default(null),
    checkOn: isoDateSchema.optional(),
  }),
  /** Records whether the agreed action happened; "not done" with `reRaise` raises the concern again, linked. */
  z.object({
    kind: z.literal('record-follow-up'),
    result: z.enum(followUpResults, { error: 'Choose whether the agreed action happened' }),
    happenedOn: isoDateSchema.optional(),
    note: optionalText(),
    reRaise: z.boolean().optional(),
  }),
]);

export type RaiseCommand = z.output<typeof raiseCommandSchema>;
/** A command on an existing escalation, as the engine receives it (after defaults are applied). */
export type NextCommand = z.output<typeof commandSchema>;
/** Commands a chair can issue. `raise` creates; the rest act on an existing escalation. */
export type Command = RaiseCommand | NextCommand;
export type CommandKind = Command['kind'];
export type NextCommandKind = NextCommand['kind'];
/** The command of one kind, e.g. CommandOf<'bypass'>. */
export type CommandOf<K extends CommandKind> = Extract<Command, { kind: K }>;

/** Every command on an existing escalation, in the order the escalation page offers them. */
export const nextCommandKinds: readonly NextCommandKind[] = [
  'record-letter-sent',
  'record-response',
  'resolve',
  'escalate',
  'bypass',
  'grant-extension',
  'change-urgency',
  'refer-cafcass',
  'record-meeting',
  'complete-step',
  'withdraw',
  'set-follow-up',
  'record-follow-up',
  'add-note',
];
