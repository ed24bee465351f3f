import { z } from 'zod';
import type * as O from './tracker-file-outputs';
import { noInput, out } from './out';

/** Channels of the tracker file itself: which file is open, its health, backups, changes by others, presence, drafts. */

const path = (label: string) => z.string({ error: `${label} is required` }).trim().min(1, `${label} is required`).max(1000, `${label} is too long`);
const fileName = z
  .string()
  .trim()
  .min(1, 'Give the new tracker a file name')
  .max(120, 'The file name is too long')
  .regex(/^[^\\/:*?"<>|]+$/, 'A file name cannot contain \\ / : * ? " < > |');

export const trackerOpenSchema = z.object({ file: path('The tracker file') });
export const trackerCreateSchema = z.object({ folder: path('The folder'), name: fileName.default('escalation-tracker.sqlite') });
export const trackerBrowseSchema = z.object({ purpose: z.enum(['open-tracker', 'choose-folder', 'choose-backup']) });
export const feedChangesSchema = z.object({ session: z.string().max(100).optional(), since: z.number().int().min(0).optional() }).default({});
export const presenceBeatSchema = z.object({ escalationId: z.string().min(1).max(100).nullable() });
export const backupRestoreSchema = z.object({
  backup: path('The backup'),
  /** new-file: restore beside the tracker under a new name and switch to it; replace: only when nobody else has it open. */
  mode: z.enum(['new-file', 'replace']),
});
export const draftKeySchema = z.string().min(1).max(300);
export const draftSaveSchema = z.object({ key: draftKeySchema, value: z.unknown().nullable() });

export const trackerFileContract = {
  'trackerFile.status': { input: noInput, output: out<O.TrackerStatus>() },
  'trackerFile.open': { input: trackerOpenSchema, output: out<O.TrackerStatus>() },
  'trackerFile.create': { input: trackerCreateSchema, output: out<O.TrackerStatus>() },
  'trackerFile.useDefault': { input: noInput, output: out<O.TrackerStatus>() },
  'trackerFile.recent': { input: noInput, output: out<O.RecentTracker[]>() },
  'trackerFile.browse': { input: trackerBrowseSchema, output: out<{ path: string | null }>() },
  'feed.changes': { input: feedChangesSchema, output: out<O.ChangeBatch>() },
  'presence.beat': { input: presenceBeatSchema, output: out<{ others: O.PresenceEntry[] }>() },
  'backups.make': { input: noInput, output: out<O.BackupEntry>() },
  'backups.list': { input: noInput, output: out<O.BackupList>() },
  'backups.restore': { input: backupRestoreSchema, output: out<O.RestoreResult>() },
  'trackerFile.check': { input: noInput, output: out<O.CheckResult>() },
  'drafts.list': { input: noInput, output: out<Record<string, O.Draft>>() },
  'drafts.save': { input: draftSaveSchema, output: out<{ saved: boolean }>() },
} as const;
