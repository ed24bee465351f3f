import type { AreaHandlers } from '../shared/api/contract';
import type { coreContract } from '../shared/api/core-contract';
import type { ServiceContext } from './services/context';
import { createChild, getChild, listChildren, updateChild } from './services/children-service';
import { commandEscalation, getEscalation, listEscalations, raiseEscalation } from './services/escalation-service';
import { londonDateOf } from '../shared/calendar';

export interface AppMeta {
  appVersion: string;
}

export function createCoreHandlers(ctx: ServiceContext, meta: AppMeta): AreaHandlers<typeof coreContract> {
  return {
    'app.info': async () => {
      const profile = ctx.profile();
      return {
        appVersion: meta.appVersion,
        user: ctx.actor,
        trackerFile: ctx.tracker.file,
        schemaVersion: ctx.tracker.schemaVersion,
        readOnlyReason: ctx.tracker.readOnlyReason,
        profile: { id: profile.id, name: profile.name, authority: profile.authority },
        today: londonDateOf(ctx.now()),
      };
    },
    'profile.active': async () => ctx.profile(),
    'children.list': (input) => listChildren(ctx, input),
    'children.get': (input) => getChild(ctx, input.id),
    'children.create': (input) => createChild(ctx, input),
    'children.update': (input) => updateChild(ctx, input),
    'escalations.list': (input) => listEscalations(ctx, input),
    'escalations.get': (input) => getEscalation(ctx, input.id),
    'escalations.raise': (input) => raiseEscalation(ctx, input),
    'escalations.command': (input) => commandEscalation(ctx, input),
  };
}
