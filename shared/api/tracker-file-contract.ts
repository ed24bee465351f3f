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
/** A PostgreSQL server's address, in parts (Settings → Tracker): never a URL typed by hand, so nothing else rides in it. */
export const trackerServerSchema = z.object({
  host: z
    .string()
    .trim()
    .min(1, 'Enter the server’s name, e.g. dbserver.council.local')
    .max(255, 'The server’s name is too long')
    .regex(/^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:]+\]$/, 'The server’s name may hold only letters, digits, dots and hyphens'),
  port: z.number({ error: 'The port must be a number' }).int('The port must be a whole number').min(1, 'The port must be between 1 and 65535').max(65535, 'The port must be between 1 and 65535').default(5432),
  database: z
    .string()
    .trim()
    .min(1, 'Enter the database’s name')
    .max(63, 'A database name is at most 63 characters')
    .regex(/^[A-Za-z0-9_.-]+$/, 'The database’s name may hold only letters, digits, _ . and -'),
  user: z.string().trim().min(1, 'Enter the user name').max(63, 'A user name is at most 63 characters').regex(/^[A-Za-z0-9_.@-]+$/, 'The user name may hold only letters, digits, _ . @ and -'),
  /** Empty: use the password kept on this computer for this address. */
  password: z.string().max(1000, 'The password is too long').default(''),
  tls: z.boolean().default(true),
  /** Keep the password in this computer's protected storage (never in a plain file). */
  keepPassword: z.boolean().default(true),
});
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
  'trackerFile.openServer': { input: trackerServerSchema, output: out<O.TrackerStatus>() },
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
