import { z } from 'zod';
import * as I from './inputs';
import type * as O from './outputs';
import type { Result } from './result';

/**
 * The one API contract: channel → input schema → output type. The preload bridge, the IPC handlers,
 * the web host and the renderer's client are all typed from this object.
 */
const out = <T>() => undefined as unknown as T;
const none = z.object({}).strict().default({});

export const contract = {
  'app.info': { input: none, output: out<O.AppInfo>() },
  'profile.active': { input: none, output: out<O.Profile>() },
  'children.list': { input: I.childListSchema, output: out<O.ChildSummary[]>() },
  'children.get': { input: I.byIdSchema, output: out<O.ChildDetail>() },
  'children.create': { input: I.childCreateSchema, output: out<O.ChildSummary>() },
  'children.update': { input: I.childUpdateSchema, output: out<O.ChildSummary>() },
  'escalations.list': { input: I.escalationListSchema, output: out<O.EscalationList>() },
  'escalations.get': { input: I.byIdSchema, output: out<O.EscalationDetail>() },
  'escalations.raise': { input: I.raiseSchema, output: out<O.EscalationDetail>() },
  'escalations.command': { input: I.escalationCommandSchema, output: out<O.EscalationDetail>() },
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
