import { z } from 'zod';
import type * as O from './store-outputs';
import { noInput, out } from './out';

/** Channels of the tracker file itself: which file is open, its health, backups, changes by others, presence, drafts. */

const path = (label: string) => z.string({ error: `${label} is required` }).trim().min(1, `${label} is required`).max(1000, `${label} is too long`);
const fileName = z
  .string()
  .trim()
  .min(1, 'Give the new tracker a file name')
  .max(120, 'The file name is too long')
  .regex(/^[^\\/:*?"<>|]+$/, 'A file name cannot contain \\ / : * ? " < > |');

export const storeOpenSchema = z.object({ file: path('The tracker file') });
export const storeCreateSchema = z.object({ folder: path('The folder'), name: fileName.default('escalation-tracker.sqlite') });
export const storeBrowseSchema = z.object({ purpose: z.enum(['open-tracker', 'choose-folder', 'choose-backup']) });
export const storeChangesSchema = z.object({ session: z.string().max(100).optional(), since: z.number().int().min(0).optional() }).default({});
export const storePresenceSchema = z.object({ escalationId: z.string().min(1).max(100).nullable() });
export const storeRestoreSchema = z.object({
  backup: path('The backup'),
  /** new-file: restore beside the tracker under a new name and switch to it; replace: only when nobody else has it open. */
  mode: z.enum(['new-file', 'replace']),
});
export const draftKeySchema = z.string().min(1).max(300);
export const draftSaveSchema = z.object({ key: draftKeySchema, value: z.unknown().nullable() });

export const storeContract = {
  'store.status': { input: noInput, output: out<O.StoreStatus>() },
  'store.open': { input: storeOpenSchema, output: out<O.StoreStatus>() },
  'store.create': { input: storeCreateSchema, output: out<O.StoreStatus>() },
  'store.useDefault': { input: noInput, output: out<O.StoreStatus>() },
  'store.recent': { input: noInput, output: out<O.RecentTracker[]>() },
  'store.browse': { input: storeBrowseSchema, output: out<{ path: string | null }>() },
  'store.changes': { input: storeChangesSchema, output: out<O.ChangeBatch>() },
  'store.presence': { input: storePresenceSchema, output: out<{ others: O.PresenceEntry[] }>() },
  'store.backup': { input: noInput, output: out<O.BackupEntry>() },
  'store.backups': { input: noInput, output: out<O.BackupList>() },
  'store.restore': { input: storeRestoreSchema, output: out<O.RestoreResult>() },
  'store.check': { input: noInput, output: out<O.CheckResult>() },
  'store.drafts.list': { input: noInput, output: out<Record<string, O.Draft>>() },
  'store.drafts.save': { input: draftSaveSchema, output: out<{ saved: boolean }>() },
} as const;
