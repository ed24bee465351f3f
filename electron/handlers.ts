import type { Handlers } from '../shared/api/contract';
import type { ServiceContext } from './services/context';
import { createCoreHandlers, type AppMeta } from './core-handlers';
import { createReportsHandlers } from './reports-handlers';
import { createTrackerPageHandlers } from './tracker-page-handlers';
import { createTrackerFileHandlers, type TrackerFileMeta } from './tracker-file-handlers';
import { createLettersHandlers, type LettersMeta } from './letters-handlers';
import { createReturnedFormsHandlers } from './returned-forms-handlers';
import { createSettingsHandlers } from './settings-handlers';
import { createMyDayHandlers } from './my-day-handlers';
import { createChairConcernsHandlers } from './chair-concerns-handlers';
import { guardByRole } from './services/channel-roles';

export type { AppMeta };

/**
 * One handler per channel of the contract; a missing one is a compile error. Each area of the app
 * supplies its own handlers; to add an area, spread its factory here.
 */
export function createHandlers(ctx: ServiceContext, meta: AppMeta & TrackerFileMeta & LettersMeta): Handlers<void> {
  // Each channel's least app role is checked at the door (services/channel-roles.ts).
  return guardByRole(ctx, {
    ...createCoreHandlers(ctx, meta),
    ...createReportsHandlers(ctx),
    ...createTrackerPageHandlers(ctx),
    ...createTrackerFileHandlers(ctx, meta),
    ...createLettersHandlers(ctx, meta),
    ...createReturnedFormsHandlers(ctx),
    ...createSettingsHandlers(ctx),
    ...createMyDayHandlers(ctx),
    ...createChairConcernsHandlers(ctx),
  });
}
