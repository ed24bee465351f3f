import type { Handlers } from '../shared/api/contract';
import type { ServiceContext } from './services/context';
import { createCoreHandlers, type AppMeta } from './core-handlers';
import { createTrackerHandlers } from './tracker-handlers';

export type { AppMeta };

/**
 * One handler per channel of the contract; a missing one is a compile error. Each area of the app
 * supplies its own handlers; to add an area, spread its factory here.
 */
export function createHandlers(ctx: ServiceContext, meta: AppMeta): Handlers<void> {
  return {
    ...createCoreHandlers(ctx, meta),
    ...createTrackerHandlers(ctx),
  };
}
