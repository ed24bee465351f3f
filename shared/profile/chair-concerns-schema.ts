import { z } from 'zod';
import { key, responseTimeSchema } from './basic-schemas';

/** A stage of the route for concerns about a chair or the reviewing service (DESIGN.md "Concern about a chair"). */
export const chairConcernStageSchema = z
  .object({
    key,
    label: z.string().min(1),
    /** Who handles the concern at this stage, in the procedure's words ("Reviewing Service Manager"). */
    handledBy: z.string().min(1),
    /** The formal response's timescale at this stage; null = the procedure sets none. */
    responseTime: responseTimeSchema.default(null),
    /** The procedure's words for the stage, shown where the manager records it. */
    notes: z.array(z.string()).default([]),
  })
  .strict();

/**
 * The reverse route: an agency unhappy with a review or its chair. A ladder of its own, kept apart from escalations
 * and handled by managers only. Every profile has one: a neutral route unless the procedure words its own (Slough).
 */
export const chairConcernsSchema = z
  .object({
    label: z.string().min(1),
    stages: z.array(chairConcernStageSchema).min(1),
  })
  .strict();
export type ChairConcernRoute = z.infer<typeof chairConcernsSchema>;

export const NEUTRAL_CHAIR_CONCERNS: z.input<typeof chairConcernsSchema> = {
  label: 'Concerns about a chair or the reviewing service',
  stages: [
    { key: 'with-chair', label: 'Raised with the chair', handledBy: 'Independent Chair', notes: ['The agency first raises the concern with the chair, who tries to resolve it.'] },
    { key: 'service-manager', label: 'Formal concern to the reviewing service manager', handledBy: 'Reviewing Service Manager', notes: ['Put in writing; the manager looks into it and gives a formal response to the agency.'] },
    { key: 'head-of-service', label: 'Review by the head of service', handledBy: 'Head of Service', notes: ['If the agency is still not satisfied, a further review by a senior manager.'] },
  ],
};

