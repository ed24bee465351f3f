import * as I from './inputs';
import type * as O from './outputs';
import { noInput, out } from './out';

/** Channels of the core: app info, the active profile, children and escalations. */
export const coreContract = {
  'app.info': { input: noInput, output: out<O.AppInfo>() },
  'profile.active': { input: noInput, output: out<O.Profile>() },
  'children.list': { input: I.childListSchema, output: out<O.ChildSummary[]>() },
  'children.get': { input: I.byIdSchema, output: out<O.ChildDetail>() },
  'children.create': { input: I.childCreateSchema, output: out<O.ChildSummary>() },
  'children.update': { input: I.childUpdateSchema, output: out<O.ChildSummary>() },
  'escalations.list': { input: I.escalationListSchema, output: out<O.EscalationList>() },
  'escalations.get': { input: I.byIdSchema, output: out<O.EscalationDetail>() },
  'escalations.raise': { input: I.raiseSchema, output: out<O.EscalationDetail>() },
  'escalations.command': { input: I.escalationCommandSchema, output: out<O.EscalationDetail>() },
} as const;
