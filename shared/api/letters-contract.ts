import { z } from 'zod';
import { emailAddressSchema } from '../engine/commands';
import type { EscalationDetail } from './outputs';
import { noInput, out } from './out';

/**
 * Channels of the letters area: Word letters and forms generated from an escalation, the letterhead,
 * the team's own templates, email drafts and batches.
 */

export const letterDocuments = ['stage-form', 'informal', 'resolution', 'cafcass', 'meeting-statement', 'custom'] as const;
export type LetterDocument = (typeof letterDocuments)[number];
export const letterDocumentSchema = z.enum(letterDocuments, { error: 'Choose which document to create' });

/** How each document is named to people (lists, file names, email subjects). */
export const letterDocumentTitles: Record<LetterDocument, string> = {
  'stage-form': 'Escalation form',
  informal: 'Informal escalation email',
  resolution: 'Resolution record',
  cafcass: 'Cafcass referral summary',
  'meeting-statement': 'Meeting statement',
  custom: 'Team template',
};

const opId = z.string().min(8, 'opId must be a unique operation id').max(100);
const id = z.string().min(1, 'id is required').max(200);
/** A base64 file body; 4 MB of text is a 3 MB Word file, far above any letter template. */
const base64File = z
  .string()
  .min(1, 'The file is empty')
  .max(4_000_000, 'The file is too large (at most 3 MB)')
  .regex(/^[A-Za-z0-9+/=\s]+$/, 'The file could not be read (it is not base64)');

export const letterSettingsSaveSchema = z.object({
  authorityName: z.string().trim().max(200, 'The authority name is too long (at most 200 characters)'),
  protectiveMarking: z.string().trim().max(100, 'The protective marking is too long (at most 100 characters)'),
  /** Absolute, or relative to the tracker's folder; empty = "Letters" beside the tracker. */
  lettersFolder: z.string().trim().max(500, 'The folder path is too long'),
  /** A new logo (PNG or JPEG); null removes it; absent keeps the current one. */
  logo: z.object({ fileName: z.string().min(1).max(200), base64: base64File }).nullable().optional(),
  /** The settings version this edit started from (0 when never saved). */
  version: z.number().int().min(0),
  opId,
});

export const generateLetterSchema = z.object({
  escalationId: id,
  document: letterDocumentSchema,
  /** Stage the letter is about; absent = the current stage. */
  stageKey: z.string().min(1).max(100).optional(),
  /** A team template (file name in templates/); required for document "custom". */
  templateId: z.string().min(1).max(200).optional(),
  /** Also record "letter sent" today to the recipient (escalations.command 'record-letter-sent'). */
  recordSent: z.boolean().default(false),
  /** The escalation version the page shows (needed to record the letter as sent). */
  version: z.number().int().positive().optional(),
  /** Also write an .eml draft with the letter attached. */
  emailDraft: z.boolean().default(false),
  /** The recipient's address for the draft, when neither the escalation nor People has one: asked for, never left blank. */
  toEmail: emailAddressSchema.optional(),
  opId,
});

export const batchLettersSchema = z.object({
  escalationIds: z.array(id).min(1, 'Choose at least one escalation').max(25, 'At most 25 escalations per call'),
  document: letterDocumentSchema,
  /** Absent = each escalation's current stage. */
  stageKey: z.string().min(1).max(100).optional(),
  templateId: z.string().min(1).max(200).optional(),
  emailDraft: z.boolean().default(false),
  opId,
});

export const letterPartSchema = z.enum(['letter', 'draft', 'folder']);

export const importTemplateSchema = z.object({
  fileName: z
    .string()
    .trim()
    .min(1, 'The file has no name')
    .max(200)
    .regex(/\.docx$/i, 'Choose a Word document (.docx); save older .doc files as .docx first'),
  base64: base64File,
  name: z.string().trim().min(1, 'Give the template a name').max(120, 'The name is too long (at most 120 characters)'),
  document: letterDocumentSchema,
  /** Only for this stage; null = every stage. */
  stageKey: z.string().min(1).max(100).nullable().default(null),
  opId,
});

export interface LetterSettings {
  authorityName: string;
  protectiveMarking: string;
  lettersFolder: string;
  /** The folder letters are actually saved in (lettersFolder resolved against the tracker's folder). */
  resolvedLettersFolder: string;
  templatesFolder: string;
  logoFileName: string | null;
  version: number;
}

export interface LetterFile {
  id: string;
  escalationId: string;
  stageKey: string;
  document: LetterDocument;
  documentTitle: string;
  fileName: string;
  path: string;
  createdAt: string;
  createdBy: string;
  /** False when the file has been moved or deleted since. */
  exists: boolean;
  /** The .eml draft written with it, if any. */
  draftFileName: string | null;
}

export interface LetterOption {
  document: LetterDocument;
  stageKey: string;
  label: string;
  templateId: string | null;
  /** "Tom Barker, Team Manager" or the role alone. */
  /** "Sam Ward, Head of Service" when the chair named someone for the stage, else the stage's role. */
  recipient: string;
  /** The named recipient's address when known ('' when not): the draft asks for it otherwise. */
  recipientEmail: string;
  /** The option to preselect: the current stage's form. */
  suggested: boolean;
}

export interface GenerateLetterResult {
  letter: LetterFile;
  draftFileName: string | null;
  /** People whose email address the directory does not have: left for the chair to fill in. */
  missingAddresses: string[];
  sentRecorded: boolean;
  sentError: string | null;
  /** The escalation after recording "letter sent", when it was recorded. */
  detail: EscalationDetail | null;
  /** The team's replacement template could not be used and the built-in form was made: why. */
  templateWarning: string | null;
}

export interface BatchItemResult {
  escalationId: string;
  ok: boolean;
  caseId: string;
  childName: string;
  letter: LetterFile | null;
  message: string;
}

export interface TemplateInfo {
  id: string;
  name: string;
  document: LetterDocument;
  stageKey: string | null;
  fileName: string;
  placeholders: string[];
  /** Placeholders the app does not know: the template cannot be used until they are corrected. */
  unknown: string[];
  /** Why the file cannot be used (corrupt, missing), or null. */
  problem: string | null;
  uploadedAt: string | null;
  uploadedBy: string | null;
}

export interface PlaceholderInfo {
  key: string;
  description: string;
  example: string;
  /** Repeating table row fields, e.g. categories.label. */
  repeating: boolean;
}

export interface ThemeTarget {
  id: string;
  title: string;
  status: string;
  escalationIds: string[];
}

const byId = z.object({ id });

export const lettersContract = {
  'letters.settings.get': { input: noInput, output: out<LetterSettings>() },
  'letters.settings.save': { input: letterSettingsSaveSchema, output: out<LetterSettings>() },
  'letters.options': { input: z.object({ escalationId: id }), output: out<LetterOption[]>() },
  'letters.generate': { input: generateLetterSchema, output: out<GenerateLetterResult>() },
  'letters.list': { input: z.object({ escalationId: id }), output: out<LetterFile[]>() },
  'letters.download': {
    input: z.object({ id, part: letterPartSchema.exclude(['folder']).default('letter') }),
    output: out<{ fileName: string; mimeType: string; base64: string }>(),
  },
  'letters.open': { input: z.object({ id, part: letterPartSchema.default('letter') }), output: out<{ opened: boolean }>() },
  'letters.batch': { input: batchLettersSchema, output: out<{ results: BatchItemResult[] }>() },
  'letters.themes': { input: noInput, output: out<ThemeTarget[]>() },
  'letters.templates.list': { input: noInput, output: out<{ folder: string; templates: TemplateInfo[] }>() },
  'letters.templates.import': { input: importTemplateSchema, output: out<TemplateInfo>() },
  'letters.templates.remove': { input: byId.extend({ opId }), output: out<{ removed: boolean }>() },
  'letters.placeholders': { input: noInput, output: out<PlaceholderInfo[]>() },
} as const;
