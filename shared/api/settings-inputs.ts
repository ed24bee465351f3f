import { z } from 'zod';
import { appRoles, jobRoles } from '../people/roles';
import { importFieldKeys } from '../import/fields';
import { opIdSchema } from './inputs';
import { plainLine, realIsoDate } from './text-rules';

/** A profile is a few KB; 256 KB is far above any real one and keeps a 1 MB "name" out. */
export const MAX_PROFILE_BYTES = 256 * 1024;

/** Input schemas of the settings area (people, profiles, settings, import, audit, export). */

const id = z.string().min(1, 'id is required').max(100);
const version = z.number().int().positive();
const isoDate = realIsoDate;
const name = plainLine(z.string({ error: 'Name is required' }).trim().min(1, 'Enter the person’s name').max(200, 'The name is too long (at most 200 characters)'), 'The name');
const email = z
  .string()
  .trim()
  .max(320)
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'Enter an email address like name@council.gov.uk, or leave it empty')
  .default('');
const osUser = z
  .string()
  .trim()
  .max(100)
  .refine((v) => !/[\\/\s]/.test(v), 'Enter the Windows user name alone, without the domain (e.g. spatel, not COUNCIL\\spatel)')
  .default('');

export const personFieldsSchema = z.object({
  name,
  email,
  jobRole: z.enum(jobRoles, { error: 'Choose a job role' }),
  appRole: z.enum(appRoles, { error: 'Choose what the person may do in the app' }),
  team: plainLine(z.string().trim().max(200), 'The team').default(''),
  osUser,
});

export const personCreateSchema = personFieldsSchema.extend({ opId: opIdSchema });
export const personUpdateSchema = personFieldsSchema.extend({ id, version, opId: opIdSchema });
export const personActiveSchema = z.object({ id, version, active: z.boolean(), opId: opIdSchema });
export const peopleListSchema = z
  .object({
    includeInactive: z.boolean().default(false),
    jobRole: z.enum(jobRoles).optional(),
    team: z.string().max(200).optional(),
  })
  .default({ includeInactive: false });
export const recipientsSchema = z.object({
  recipientRole: z.string().min(1).max(300),
  team: z.string().max(200).default(''),
  copyTo: z.array(z.string().max(300)).max(20).default([]),
  /** The child the letter is about: their social worker and team manager are offered, and their team is used when `team` is blank. */
  childId: z.string().min(1).max(64).optional(),
});

/** First run: either claim an existing person record (added by an administrator) or create one's own. */
export const firstRunSchema = z.object({
  claimPersonId: id.optional(),
  person: z
    .object({ name, email, jobRole: z.enum(jobRoles, { error: 'Choose your job role' }), team: z.string().trim().max(200).default('') })
    .optional(),
  /** Only the tracker's first person (its first administrator) chooses the profile. */
  profileId: z.string().min(1).max(100).optional(),
  opId: opIdSchema,
});

export const profileIdSchema = z.object({ id });
export const profileSaveSchema = z.object({
  /** The profile itself; validated with the same rules as `cli profile check`. */
  profile: z.unknown().refine((v) => JSON.stringify(v ?? null).length <= MAX_PROFILE_BYTES, `The profile is too large (at most ${MAX_PROFILE_BYTES / 1024} KB)`),
  /** The stored version when changing an existing custom profile; absent when creating one. */
  version: version.optional(),
  basedOn: z.string().max(100).nullable().default(null),
  opId: opIdSchema,
});
export const profileActivateSchema = z.object({ id, opId: opIdSchema });
export const profileDeleteSchema = z.object({ id, version, opId: opIdSchema });

export const settingKeySchema = z.string().regex(/^[a-zA-Z][\w.-]{0,99}$/, 'A setting name is letters, digits, dots and hyphens');
export const settingSetSchema = z.object({ key: settingKeySchema, value: z.json(), version: version.nullable(), opId: opIdSchema });

export const importSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1, 'Choose a file').max(1000) }),
  z.object({
    kind: z.literal('upload'),
    name: z.string().min(1).max(300),
    base64: z.string().min(1, 'The file is empty').max(7_000_000, 'The file is too large to upload (at most about 5 MB); save it as .csv or ask IT to run the import from the command line'),
  }),
]);

export const importMappingSchema = z.partialRecord(z.enum(importFieldKeys), z.string().max(300).nullable());
export const importDefaultsSchema = z
  .object({
    cohort: z.enum(['looked-after', 'child-protection', 'transition']).nullable().default(null),
    categoryKey: z.string().max(100).nullable().default(null),
  })
  .default({ cohort: null, categoryKey: null });

export const importInspectSchema = z.object({ source: importSourceSchema, sheet: z.string().max(300).optional(), headerRow: z.number().int().min(1).optional() });
export const importRunSchema = z.object({
  source: importSourceSchema,
  sheet: z.string().max(300),
  headerRow: z.number().int().min(1),
  mapping: importMappingSchema,
  defaults: importDefaultsSchema,
});
export const importStartSchema = importRunSchema.extend({ opId: opIdSchema });
export const importStatusSchema = z.object({ jobId: id });

export const auditQuerySchema = z
  .object({
    actor: z.string().max(200).default(''),
    childId: z.string().max(100).default(''),
    escalationId: z.string().max(100).default(''),
    from: isoDate.or(z.literal('')).default(''),
    to: isoDate.or(z.literal('')).default(''),
    limit: z.number().int().min(1).max(1000).default(200),
    offset: z.number().int().min(0).default(0),
  })
  .default({ actor: '', childId: '', escalationId: '', from: '', to: '', limit: 200, offset: 0 });

export const exportSchema = z.object({ path: z.string().max(1000).optional() }).default({});
