import type { AreaHandlers } from '../shared/api/contract';
import type { trackerPageContract } from '../shared/api/tracker-page-contract';
import type { ServiceContext } from './services/context';
import { escalationsRepo } from '../db/repositories/escalations-repo';
import { exportCsv, listViews, myReminders, removeView, saveView } from './services/tracker-page-service';

export function createTrackerPageHandlers(ctx: ServiceContext): AreaHandlers<typeof trackerPageContract> {
  return {
    'views.list': () => listViews(ctx),
    'views.save': (input) => saveView(ctx, input),
    'views.remove': (input) => removeView(ctx, input),
    'escalations.csv': (input) => exportCsv(ctx, input),
    'reminders.mine': () => myReminders(ctx),
    'tracker.facets': () => ctx.tracker.readTx((tx) => escalationsRepo.facets(tx)),
  };
}
