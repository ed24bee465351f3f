/**
 * Writes docs/profile.schema.json from the zod profile schema.
 * Run after changing shared/profile/schema.ts: npx tsx scripts/write-profile-schema.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { profileJsonSchemaText } from '../shared/profile/json-schema';

const target = fileURLToPath(new URL('../docs/profile.schema.json', import.meta.url));
writeFileSync(target, profileJsonSchemaText(), 'utf8');
console.log(`wrote ${target}`);
