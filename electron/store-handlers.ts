import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AreaHandlers } from '../shared/api/contract';
import { AppError } from '../shared/api/result';
import type { storeContract } from '../shared/api/store-contract';
import type { ServiceContext } from './services/context';
import type { TrackerSession } from './store/session';
import { backupList, backupNow, checkTracker, newTrackerPath, presenceBeat, restoreBackup, storeChanges } from './services/store-service';

export type BrowsePurpose = 'open-tracker' | 'choose-folder' | 'choose-backup';

/** What the store channels need from the host besides the service context. */
export interface StoreMeta {
  session: TrackerSession;
  /** A native file/folder dialog (Electron); absent in the web host and the CLI. */
  pickPath?: (purpose: BrowsePurpose, near: string | null) => Promise<string | null>;
}

export function createStoreHandlers(ctx: ServiceContext, meta: StoreMeta): AreaHandlers<typeof storeContract> {
  const { session } = meta;
  const status = () => session.status(Boolean(meta.pickPath));
  return {
    'store.status': async () => status(),
    'store.open': async ({ file }) => {
      await session.open(file, { remember: true });
      return status();
    },
    'store.create': async ({ folder, name }) => {
      await session.open(newTrackerPath(resolve(folder), name), { create: true, remember: true });
      return status();
    },
    'store.useDefault': async () => {
      await session.open(session.defaultFile(), { create: true, isDefault: true, remember: true });
      return status();
    },
    'store.recent': async () => session.prefs.load().recent.map((r) => ({ ...r, reachable: existsSync(r.file) })),
    'store.browse': async ({ purpose }) => ({ path: meta.pickPath ? await meta.pickPath(purpose, session.file) : null }),
    'store.changes': async (input) => {
      const batch = await storeChanges(session, input);
      return { ...batch, status: { ...batch.status, canBrowse: Boolean(meta.pickPath) } };
    },
    'store.presence': ({ escalationId }) => presenceBeat(session, escalationId),
    'store.backup': () => backupNow(session),
    'store.backups': async () => backupList(session),
    'store.restore': (input) => restoreBackup(session, input),
    'store.check': () => checkTracker(session),
    'store.drafts.list': async () => session.drafts.list(),
    'store.drafts.save': async ({ key, value }) => {
      if (value === null || value === undefined) session.drafts.remove(key);
      else if (!session.drafts.save(key, value, ctx.now()))
        throw new AppError('INVALID', 'This form is too large to keep as a draft (over 256 KB), so the draft was not saved. Save the form itself, or shorten it.', { field: 'value' });
      return { saved: true };
    },
  };
}
