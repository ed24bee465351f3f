import { z } from 'zod';
import { isoDateField } from '../field-rules';
import { chairConcernsSchema, NEUTRAL_CHAIR_CONCERNS } from './chair-concerns-schema';
import { key, responseTimeSchema } from './basic-schemas';

export { responseTimeSchema, type ResponseTime } from './basic-schemas';

export { chairConcernStageSchema, chairConcernsSchema, NEUTRAL_CHAIR_CONCERNS, type ChairConcernRoute } from './chair-concerns-schema';

/**
 * A protocol profile: one authority's escalation procedure as data.
 * The zod schema is the single source of truth; docs/profile.schema.json is generated from it.
 */

const isoDate = isoDateField('must be a date written YYYY-MM-DD');

export const cohortSchema = z.enum(['looked-after', 'child-protection', 'transition']);
export type Cohort = z.infer<typeof cohortSchema>;

export const regionSchema = z.enum(['england-and-wales', 'scotland', 'northern-ireland']);
export type Region = z.infer<typeof regionSchema>;


export const stageKindSchema = z.enum(['written-response', 'meeting', 'external-referral']);
export type StageKind = z.infer<typeof stageKindSchema>;

/**
 * A timed part of a stage with its own clock (DESIGN.md "Steps"): a letter sent, a response, a meeting, or a
 * decision recorded with an outcome. A stage without steps has one implicit step: its responseTime and kind.
 */
export const stepKindSchema = z.enum(['letter', 'response', 'meeting', 'decision']);
export type StepKind = z.infer<typeof stepKindSchema>;
/** The outcomes a decision (or a response judged by the chair) is recorded with, which `when` may name. */
export const stepOutcomes = ['agreed', 'not-agreed', 'satisfactory', 'unsatisfactory'] as const;
export type StepOutcome = (typeof stepOutcomes)[number];

export const stepSchema = z
  .object({
    key,
    label: z.string().min(1),
    kind: stepKindSchema,
    /** Counted from the step before it in the list (the first from the stage's opening), or from `when.step`. */
    time: responseTimeSchema,
    /** Opens only if the named earlier step ended with this outcome (else it is skipped); counts from that step. */
    when: z.object({ step: key, outcome: z.enum(stepOutcomes) }).strict().optional(),
    /** Counts from the stage's opening and never holds up the ladder (Devon's resolution meeting). */
    alongside: z.boolean().optional(),
    /** Who acts (default: the stage's recipient; the chair for a letter). */
    by: z.string().min(1).optional(),
    copyTo: z.array(z.string().min(1)).optional(),
    /** People to tell, and when: as the step opens or once it is done (sameDay: on the same day). */
    inform: z
      .array(z.object({ role: z.string().min(1), at: z.enum(['open', 'done']), sameDay: z.boolean().optional() }).strict())
      .optional(),
    notes: z.array(z.string()).optional(),
  })
  .strict();
export type StepSpec = z.infer<typeof stepSchema>;

/**
 * What must have happened before a stage may be entered (escalated into, bypassed to or raised at): a discussion
 * or an agreement with someone in a named role, or a meeting held. The chair records who, when and how, or why it
 * was not possible (counted in the report as "precondition waived").
 */
export const preconditionKinds = ['discussion', 'agreement', 'meeting'] as const;
export const preconditionSchema = z
  .object({
    key,
    kind: z.enum(preconditionKinds),
    /** With whom, as the procedure names them ("QARSS Unit Operations Manager"). */
    role: z.string().min(1),
    /** The procedure's sentence, shown on the form and given when the move is refused. */
    text: z.string().min(1),
  })
  .strict();
export type Precondition = z.infer<typeof preconditionSchema>;

/** App roles a procedure may name as the only ones who may move an escalation into a stage. */
export const movingAppRoles = ['chair', 'qa-manager', 'administrator'] as const;

export const stageSchema = z
  .object({
    key,
    label: z.string().min(1),
    /** Who receives the letter / chairs the meeting, e.g. "Team Manager". */
    recipientRole: z.string().min(1),
    responseTime: responseTimeSchema,
    kind: stageKindSchema,
    /** Roles copied in on the letter, e.g. ["Safeguarding Business Manager"]. */
    copyTo: z.array(z.string().min(1)).default([]),
    /** Things the chair must do or know at this stage, quoted or summarised from the procedure. */
    notes: z.array(z.string()).default([]),
    /**
     * Only these of the ladder's cohorts may be escalated into, raised at or bypassed to this stage.
     * Absent = every cohort the ladder serves. Optional without a default so existing data stays valid.
     */
    cohorts: z.array(cohortSchema).optional(),
    /**
     * This stage is a referral to Cafcass: it also obeys rules.cafcass (allowed, and only its cohorts),
     * since an IRO's referral (regulation 45, IRO Handbook) concerns looked-after children.
     */
    cafcassReferral: z.boolean().optional(),
    /** The procedure's checkpoints inside the stage, each with its own clock; absent = one implicit step. */
    steps: z.array(stepSchema).min(1).optional(),
    /** What must have happened before the stage is entered (Devon Stage 4: a discussion with the Operations Manager). */
    requires: z.array(preconditionSchema).optional(),
    /**
     * Only people with these app roles may move an escalation into this stage (Rutland: "the QA manager can move
     * to stage 5"); `text` is the procedure's sentence. Absent = any chair.
     */
    enteredBy: z.object({ appRoles: z.array(z.enum(movingAppRoles)).min(1), text: z.string().min(1) }).strict().optional(),
  })
  .strict();
export type Stage = z.infer<typeof stageSchema>;

export const informalStageSchema = z
  .object({
    label: z.string().min(1),
    recipientRole: z.string().min(1),
    responseTime: responseTimeSchema,
    notes: z.array(z.string()).default([]),
  })
  .strict();
export type InformalStage = z.infer<typeof informalStageSchema>;

export const ladderSchema = z
  .object({
    key,
    label: z.string().min(1),
    /** Cohorts that use this ladder. A profile with one shared ladder lists every cohort. */
    cohorts: z.array(cohortSchema).min(1),
    informal: informalStageSchema.nullable().default(null),
    stages: z.array(stageSchema).min(1),
  })
  .strict();
export type Ladder = z.infer<typeof ladderSchema>;

export const urgencyLevelSchema = z
  .object({
    key,
    label: z.string().min(1),
    /** A CSS colour used alongside the label (never colour alone). */
    colour: z.string().min(1),
    responseTime: responseTimeSchema,
    description: z.string().default(''),
  })
  .strict();

export const urgencySchemeSchema = z
  .object({
    label: z.string().min(1),
    levels: z.array(urgencyLevelSchema).min(1),
    defaultLevel: key,
    /** When true the level's response time replaces the stage's at every stage (Devon's RAG). */
    overridesStageTimes: z.boolean().default(true),
  })
  .strict();
export type UrgencyScheme = z.infer<typeof urgencySchemeSchema>;

export const categorySchema = z
  .object({
    key,
    label: z.string().min(1),
    guidance: z.string().default(''),
    indicators: z.array(z.string()).default([]),
    /** Only for these cohorts; empty = all. */
    cohorts: z.array(cohortSchema).default([]),
  })
  .strict();
export type Category = z.infer<typeof categorySchema>;

export const outcomeSchema = z
  .object({
    key,
    label: z.string().min(1),
    /** Categories this outcome answers; empty = any. */
    categories: z.array(key).default([]),
    /** Only for these cohorts; absent or empty = all. */
    cohorts: z.array(cohortSchema).optional(),
  })
  .strict();
export type Outcome = z.infer<typeof outcomeSchema>;

export const rulesSchema = z
  .object({
    bypass: z
      .object({
        allowed: z.boolean(),
        reasonRequired: z.boolean().default(true),
        agreedWithRequired: z.boolean().default(false),
        /** Who must agree, e.g. "Head of the Reviewing Service". */
        agreedWithRole: z.string().default(''),
        /**
         * Stage keys a bypass may jump to (Rutland: "proceed directly to stage 3 and 4").
         * Absent = any later stage. Optional without a default so existing data stays valid.
         */
        toStageKeys: z.array(key).optional(),
      })
      .strict(),
    extensions: z
      .object({
        allowed: z.boolean(),
        /** Largest single extension in working days; null = no limit stated. */
        maxWorkingDays: z.number().int().positive().nullable().default(null),
      })
      .strict(),
    cafcass: z
      .object({
        allowed: z.boolean(),
        /** Cohorts for which a Cafcass referral may be made (IRO referrals concern looked-after children). */
        cohorts: z.array(cohortSchema).default(['looked-after']),
        /** A referral can run alongside the ladder rather than closing it. */
        concurrent: z.boolean().default(true),
        atAnyPoint: z.boolean().default(true),
        /**
         * The roles the referral must be agreed with (Slough: "in conjunction with the Reviewing Service Manager and
         * the AD Quality, Improvement and Practice"): one person holding each, recorded on the referral.
         */
        agreedWithRoles: z.array(z.string().min(1)).optional(),
      })
      .strict(),
    themedConcerns: z.boolean().default(false),
    /**
     * The follow-up of a resolution with an agreed action (DESIGN.md "Follow-up"): when to check it happened if the
     * agreement sets no "by when", and where the concern is raised again if it did not happen.
     */
    followUp: z
      .object({
        /** Working days after the resolution to check, where the agreed action has no date of its own. */
        checkAfterWorkingDays: z.number().int().min(1).max(120).default(10),
        /** resolved-stage: the stage it was resolved at; first-formal-stage: the ladder's first formal stage; next-stage: the one above it. */
        reRaiseAt: z.enum(['resolved-stage', 'first-formal-stage', 'next-stage']).default('resolved-stage'),
      })
      .strict()
      .prefault({}),
  })
  .strict();
export type Rules = z.infer<typeof rulesSchema>;

export const overallTargetSchema = z
  .object({
    workingDays: z.number().int().positive(),
    from: z.enum(['raised', 'first-formal-stage']),
  })
  .strict();

/** What an email carrying a stage letter sets out in its body, in the procedure's words. */
export const emailContents = ['summary', 'impact', 'themes', 'action', 'outcome', 'deadline'] as const;
const emailSchema = z
  .object({
    /**
     * summary: the concern; impact: its impact on the child; themes: the categories of concern; action: the
     * action required (what, who, by when); outcome: the required outcome for the child; deadline: when the
     * response is due.
     */
    includes: z.array(z.enum(emailContents)).default(['summary', 'themes', 'outcome', 'deadline']),
    /** Copy the child's social worker into every letter's email ("CC the Social Worker so they are aware"). */
    ccSocialWorker: z.boolean().default(true),
  })
  .strict();

export const profileSchema = z
  .object({
    id: key,
    name: z.string().min(1),
    authority: z.string().min(1),
    /** Document this profile reproduces, e.g. "seeds/003 Devon QARSS Resolution Protocol". */
    source: z.string().default(''),
    region: regionSchema.default('england-and-wales'),
    closureDays: z.array(isoDate).default([]),
    ladders: z.array(ladderSchema).min(1),
    urgency: urgencySchemeSchema.nullable().default(null),
    overallTarget: overallTargetSchema.nullable().default(null),
    categories: z.array(categorySchema).min(1),
    outcomes: z.array(outcomeSchema).default([]),
    rules: rulesSchema,
    /** Where the document is ambiguous: the paragraph quoted and the choice made. */
    notes: z.array(z.string()).default([]),
    /** Subject line for letters; {stage} {caseId} {stageNumber} are replaced. */
    letterSubject: z.string().default('Formal Escalation of Concern – {stage} – {caseId}'),
    /** What the email carrying a stage letter must set out, and whether the social worker is copied in. */
    email: emailSchema.prefault({}),
    /** The route for concerns about a chair or the reviewing service; the neutral one unless the procedure words its own. */
    chairConcerns: chairConcernsSchema.prefault(NEUTRAL_CHAIR_CONCERNS),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
