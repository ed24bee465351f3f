import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileJsonSchema, profileJsonSchemaText } from '../../../shared/profile/json-schema';

const committed = new URL('../../../docs/profile.schema.json', import.meta.url);

describe('docs/profile.schema.json', () => {
  it('is exactly what scripts/write-profile-schema.ts generates (run it after changing the schema)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(profileJsonSchemaText());
  });

  it('describes what an author writes: fields with defaults are optional', () => {
    const schema = profileJsonSchema() as { required: string[]; additionalProperties: unknown };
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'name', 'authority', 'ladders', 'categories', 'rules']));
    expect(schema.required).not.toContain('notes');
    expect(schema.required).not.toContain('urgency');
    expect(schema.additionalProperties).toBe(false);
  });
});
