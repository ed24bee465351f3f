import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AreaHandlers } from '../shared/api/contract';
import { AppError } from '../shared/api/result';
import type { trackerFileContract } from '../shared/api/tracker-file-contract';
import type { ServiceContext } from './services/context';
import type { TrackerSession } from './tracker-file/session';
import { serverUrl } from '../db/postgres/address';
import { isServerAddress } from '../db/open';
import { displayAddress } from '../db/postgres/errors';
import { backupList, backupNow, checkTracker, newTrackerPath, presenceBeat, restoreBackup, feedChanges } from './services/tracker-file-service';

export type BrowsePurpose = 'open-tracker' | 'choose-folder' | 'choose-backup';

/** What the tracker file's channels (open, feed, presence, backups, drafts) need from the host besides the service context. */
export interface TrackerFileMeta {
  session: TrackerSession;
  /** A native file/folder dialog (Electron); absent in the web host and the CLI. */
  pickPath?: (purpose: BrowsePurpose, near: string | null) => Promise<string | null>;
}

export function createTrackerFileHandlers(ctx: ServiceContext, meta: TrackerFileMeta): AreaHandlers<typeof trackerFileContract> {
  const { session } = meta;
  const status = () => session.status(Boolean(meta.pickPath));
  return {
    'trackerFile.status': async () => status(),
    'trackerFile.open': async ({ file }) => {
      await session.open(file, { remember: true });
      return status();
    },
    'trackerFile.create': async ({ folder, name }) => {
      await session.open(newTrackerPath(resolve(folder), name), { create: true, remember: true });
      return status();
    },
    'trackerFile.openServer': async ({ password, keepPassword, ...parts }) => {
      // An empty password field: the one kept on this computer for this very address, if any.
      const address = displayAddress(serverUrl(parts, ''));
      const given = password || session.opts.secrets?.get(address) || '';
      if (!given) throw new AppError('INVALID', 'Enter the password for this user on the server (it is not kept on this computer yet).', { field: 'password' });
      await session.open(serverUrl(parts, given), { remember: true, keepPassword });
      return status();
    },
    'trackerFile.useDefault': async () => {
      await session.open(session.defaultFile(), { create: true, isDefault: true, remember: true });
      return status();
    },
    // A server is not a path to look for: it is shown as reachable and says otherwise when opened.
    'trackerFile.recent': async () => session.prefs.load().recent.map((r) => ({ ...r, reachable: isServerAddress(r.file) || existsSync(r.file) })),
    'trackerFile.browse': async ({ purpose }) => ({ path: meta.pickPath ? await meta.pickPath(purpose, session.file) : null }),
    'feed.changes': async (input) => {
      const batch = await feedChanges(session, input);
      return { ...batch, status: { ...batch.status, canBrowse: Boolean(meta.pickPath) } };
    },
    'presence.beat': ({ escalationId }) => presenceBeat(session, escalationId),
    'backups.make': () => backupNow(session),
    'backups.list': async () => backupList(session),
    'backups.restore': (input) => restoreBackup(session, input),
    'trackerFile.check': () => checkTracker(session),
    'drafts.list': async () => session.drafts.list(),
    'drafts.save': async ({ key, value }) => {
      if (value === null || value === undefined) session.drafts.remove(key);
      else if (!session.drafts.save(key, value, ctx.now()))
        throw new AppError('INVALID', 'This form is too large to keep as a draft (over 256 KB), so the draft was not saved. Save the form itself, or shorten it.', { field: 'value' });
      return { saved: true };
    },
  };
}
