import type { z } from 'zod';
import { coreContract } from './core-contract';
import { trackerPageContract } from './tracker-page-contract';
import { reportsContract } from './reports-contract';
import { trackerFileContract } from './tracker-file-contract';
import { lettersContract } from './letters-contract';
import { settingsContract } from './settings-contract';
import { myDayContract } from './my-day-contract';
import { returnedFormsContract } from './returned-forms-contract';
import { chairConcernsContract } from './chair-concerns-contract';
import type { Result } from './result';

/**
 * The one API contract: channel → input schema → output type. The preload bridge, the IPC handlers,
 * the web host and the renderer's client are all typed from this object.
 *
 * Each area of the app declares its channels in its own file (core, letters, reports, tracker file, settings…);
 * this object joins them. To add an area: write `<area>-contract.ts` and spread it here.
 */
export const contract = {
  ...coreContract,
  ...reportsContract,
  ...trackerPageContract,
  ...trackerFileContract,
  ...lettersContract,
  ...settingsContract,
  ...myDayContract,
  ...returnedFormsContract,
  ...chairConcernsContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const channels = Object.keys(contract) as Channel[];

/** What a caller passes (defaults may be omitted). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (validated, defaults applied). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

/** The typed client the renderer uses: `window.api` in Electron, the HTTP client in the web host. */
export type Api = { [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>> };

/** A handler for every channel: a missing one is a type error. */
export type Handlers<Ctx> = { [C in Channel]: (input: ParsedInput<C>, ctx: Ctx) => Promise<Output<C>> };

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The handlers of one area's contract (each area's factory returns this; handlers.ts joins them). */
export type AreaHandlers<A extends Record<string, { input: z.ZodType; output: unknown }>, Ctx = void> = {
  [C in keyof A]: (input: z.output<A[C]['input']>, ctx: Ctx) => Promise<A[C]['output']>;
};
