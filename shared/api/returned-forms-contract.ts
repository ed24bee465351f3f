import { z } from 'zod';
import { isoDateField } from '../field-rules';
import type { EscalationDetail } from './outputs';
import { out } from './out';

/**
 * Channels for the manager's returned stage form: read a dropped file (a .docx, or the .eml / Outlook .msg
 * it came back in) and show what it says, then record the response the chair confirmed or corrected.
 */

const opId = z.string().min(8, 'opId must be a unique operation id').max(100);
const id = z.string().min(1, 'id is required').max(200);
/** 4.9 MB of base64 is about 3.5 MB of file: a stage form with its email is far smaller (the web host takes 5 MB a call). */
const base64File = z
  .string()
  .min(1, 'The file is empty')
  .max(4_900_000, 'The file is too large (at most 3.5 MB): save the Word document out of the email and drop that')
  .regex(/^[A-Za-z0-9+/=\s]+$/, 'The file could not be read (it is not base64)');
const fileName = z.string().trim().min(1, 'The file has no name').max(255, 'The file name is too long');
const isoDate = isoDateField('Enter the date as a day, month and year');

export const readReturnedSchema = z.object({
  fileName,
  base64: base64File,
  /** The escalation page it was dropped on; absent when dropped on the tracker. */
  escalationId: id.optional(),
});

export const returnedFieldsSchema = z.object({
  what: z.string().trim().min(1, 'Enter what the manager is doing or has done').max(10_000, 'At most 10,000 characters'),
  who: z.string().trim().max(500, 'At most 500 characters'),
  byWhen: isoDate.nullable(),
  outcomeKeys: z.array(z.string().min(1).max(100)).max(50),
  date: isoDate,
  respondent: z.string().trim().min(1, 'Enter who responded').max(300, 'At most 300 characters'),
});

export const recordReturnedSchema = z.object({
  fileName,
  base64: base64File,
  escalationId: id,
  /** The answers as the chair confirmed or corrected them. */
  fields: returnedFieldsSchema,
  /** The escalation version the page shows. */
  version: z.number().int().positive(),
  opId,
});

export type ReturnedFields = z.output<typeof returnedFieldsSchema>;

/** What one returned form says, and whether it can be recorded. */
export interface ReturnedFormReport {
  /** The file dropped, and the document inside it when it came in an email. */
  file: string;
  escalationId: string | null;
  stageKey: string | null;
  letterId: string | null;
  caseId: string | null;
  childName: string | null;
  stageTitle: string | null;
  fields: { what: string; who: string; byWhen: string | null; outcomeKeys: string[]; date: string | null; respondent: string };
  /** "controls": read from the form's fields; "text": the fields were lost and the answers read from the text. */
  via: 'controls' | 'text' | 'none';
  /** True when read from text: the chair must check each answer. */
  checkNeeded: boolean;
  recorded: boolean;
  /** Why nothing can be (or was) recorded from this file. */
  problems: string[];
  /** Answers left blank that the chair can fill in before recording. */
  missing: string[];
  warnings: string[];
  /** Where the returned file was kept (the Letters folder), once recorded. */
  savedAs: string | null;
}

export const returnedFormsContract = {
  'letters.returned.read': { input: readReturnedSchema, output: out<{ reports: ReturnedFormReport[] }>() },
  'letters.returned.record': { input: recordReturnedSchema, output: out<{ report: ReturnedFormReport; detail: EscalationDetail }>() },
} as const;
