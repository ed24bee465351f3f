import type { AreaHandlers } from '../shared/api/contract';
import type { returnedFormsContract } from '../shared/api/returned-forms-contract';
import type { ServiceContext } from './services/context';
import { readReturned, recordReturned } from './services/returned-forms-service';

export function createReturnedFormsHandlers(ctx: ServiceContext): AreaHandlers<typeof returnedFormsContract> {
  return {
    'letters.returned.read': (input) => readReturned(ctx, input),
    'letters.returned.record': (input) => recordReturned(ctx, input),
  };
}
