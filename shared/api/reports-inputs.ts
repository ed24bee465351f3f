import { z } from 'zod';
import { isoDateField } from '../field-rules';
import { opIdSchema } from './inputs';

/** Input schemas of the oversight channels (reports and themed concerns). Messages are for the person. */

const isoDate = isoDateField();
const id = z.string().min(1, 'id is required').max(100);
const realDate = (label: string) => isoDate.refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), `${label} is not a real date`);

export const periodSchema = z
  .object({ from: realDate('The start date'), to: realDate('The end date') })
  .refine((p) => p.from <= p.to, { message: 'The end date must be on or after the start date', path: ['to'] })
  .refine((p) => Date.parse(p.to) - Date.parse(p.from) <= 5 * 366 * 86_400_000, { message: 'A report can cover at most five years', path: ['to'] });

export const annualSchema = z.object({ year: z.number({ error: 'Choose a financial year' }).int().min(2000, 'Choose a financial year from 2000').max(2100) });

export const exportSchema = z.discriminatedUnion('report', [
  z.object({ report: z.literal('period'), from: realDate('The start date'), to: realDate('The end date'), format: z.enum(['docx', 'xlsx', 'csv']) }),
  z.object({ report: z.literal('annual'), year: annualSchema.shape.year, format: z.enum(['docx', 'xlsx', 'csv']) }),
]);

export const themeStatusSchema = z.enum(['open', 'escalated', 'monitoring', 'closed']);

const title = z.string({ error: 'Give the theme a title' }).trim().min(1, 'Give the theme a title').max(200, 'The title is too long (at most 200 characters)');
const longText = (max = 8000) => z.string().trim().max(max, `This is too long (at most ${max} characters)`).default('');

export const themeListSchema = z
  .object({ status: z.enum(['active', 'all', 'open', 'escalated', 'monitoring', 'closed']).default('active'), search: z.string().max(200).default('') })
  .default({ status: 'active', search: '' });

export const themeCreateSchema = z.object({
  title,
  description: longText(),
  evidence: longText(),
  owner: longText(200),
  /** Raised from an escalation: link it at once. */
  escalationId: id.optional(),
  opId: opIdSchema,
});

export const themeUpdateSchema = z.object({ id, version: z.number().int().positive(), title, description: longText(), evidence: longText(), owner: longText(200), opId: opIdSchema });

export const themeStatusChangeSchema = z.object({
  id,
  version: z.number().int().positive(),
  status: themeStatusSchema,
  note: z.string({ error: 'Say why the status is changing' }).trim().min(1, 'Say why the status is changing (for escalation: to whom and when)').max(4000),
  opId: opIdSchema,
});

export const themeNoteSchema = z.object({
  id,
  kind: z.enum(['note', 'evidence']),
  text: z.string({ error: 'Write the text first' }).trim().min(1, 'Write the text first').max(8000),
  opId: opIdSchema,
});

export const themeLinkSchema = z
  .object({ id, escalationId: id.optional(), childId: id.optional(), opId: opIdSchema })
  .refine((l) => (l.escalationId === undefined) !== (l.childId === undefined), { message: 'Link either an escalation or a child' });

export const themeUnlinkSchema = z.object({ id, linkId: z.number().int().positive(), opId: opIdSchema });

export const escalationThemesSchema = z.object({ escalationId: id });

/** The QA manager's commentary for one period, saved before the Word report is exported. */
export const commentarySaveSchema = z.object({
  from: realDate('The start date'),
  to: realDate('The end date'),
  text: z.string().max(20_000, 'The commentary is too long (at most 20,000 characters)'),
  /** The version read (0 = none yet): a colleague's save in between is a conflict, not lost. */
  version: z.number().int().min(0),
  opId: opIdSchema,
});
