import type { AreaHandlers } from '../shared/api/contract';
import type { chairConcernsContract } from '../shared/api/chair-concerns-contract';
import type { ServiceContext } from './services/context';
import { commandConcern, concernLetterFor, getConcern, listConcerns, raiseConcern } from './services/chair-concerns-service';

export function createChairConcernsHandlers(ctx: ServiceContext): AreaHandlers<typeof chairConcernsContract> {
  return {
    'chairConcerns.list': (input) => listConcerns(ctx, input),
    'chairConcerns.get': (input) => getConcern(ctx, input.id),
    'chairConcerns.create': (input) => raiseConcern(ctx, input),
    'chairConcerns.command': (input) => commandConcern(ctx, input),
    'chairConcerns.letter': (input) => concernLetterFor(ctx, input),
  };
}
