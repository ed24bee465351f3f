import { z } from 'zod';

/** The small shapes the profile's parts share (schema.ts and chair-concerns-schema.ts), in one module so neither imports the other. */

export const key = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens (e.g. "stage-1")');

/** How long the recipient has. `null` = the procedure sets no timescale for this stage. */
export const responseTimeSchema = z.union([
  z.object({ workingDays: z.number().int().min(0).max(365) }).strict(),
  z.object({ hours: z.number().int().min(1).max(24 * 60) }).strict(),
  z.object({ calendarDays: z.number().int().min(0).max(365) }).strict(),
  z.null(),
]);
export type ResponseTime = z.infer<typeof responseTimeSchema>;
