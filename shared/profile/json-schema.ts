import { z } from 'zod';
import { profileSchema } from './schema';

/**
 * The JSON Schema of a profile file, generated from the zod schema (the single source of truth).
 * `io: 'input'` describes what an author may write: fields with defaults are optional.
 * scripts/write-profile-schema.ts writes it to docs/profile.schema.json; a test keeps the two equal.
 */
export function profileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(profileSchema, { io: 'input' }),
    title: 'Escalation Tracker protocol profile',
    description: "One authority's escalation procedure as data. See docs/PROFILES.md.",
  };
}

/** The exact text of docs/profile.schema.json. */
export function profileJsonSchemaText(): string {
  return `${JSON.stringify(profileJsonSchema(), null, 2)}\n`;
}
