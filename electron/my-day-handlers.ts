import type { AreaHandlers } from '../shared/api/contract';
import type { myDayContract } from '../shared/api/my-day-contract';
import type { ServiceContext } from './services/context';
import { myDay, previewDue, returnedFormsWaiting } from './services/my-day-service';
import { conferenceSummary } from './services/conference-summary-service';

export function createMyDayHandlers(ctx: ServiceContext): AreaHandlers<typeof myDayContract> {
  return {
    'myday.get': () => myDay(ctx),
    'myday.returnedForms': () => returnedFormsWaiting(),
    'escalations.previewDue': (input) => previewDue(ctx, input),
    'children.conferenceSummary': (input) => conferenceSummary(ctx, input.id),
  };
}
