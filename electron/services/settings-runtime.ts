import type { Tracker } from '../../db/connection';
import type { ServiceContext } from './context';
import { createActorLookup, type ActorHolder, type ActorLookup } from './actor-lookup';
import { createProfileStore, type ProfileHolder, type ProfileStore } from './profile-store';

export interface SettingsRuntime {
  profiles: ProfileStore;
  identity: ActorLookup;
}

/** The tracker session as far as settings are concerned (electron/store/session.ts TrackerSession). */
export type SettingsSession = ProfileHolder &
  ActorHolder & {
    onOpen: Set<(tracker: Tracker) => void | Promise<void>>;
    opts: ProfileHolder['opts'] & ActorHolder['opts'] & { log?: (m: string, e?: unknown) => void };
  };

const bySession = new WeakMap<object, SettingsRuntime>();
const byContext = new WeakMap<ServiceContext, SettingsRuntime>();

/**
 * Loads the active profile (built-in or custom) and the acting person's name each time the session opens
 * a tracker. createAppServices calls it on every new session, before the first tracker is opened.
 */
export function watchSettings(session: SettingsSession): SettingsRuntime {
  const existing = bySession.get(session);
  if (existing) return existing;
  const runtime = { profiles: createProfileStore(session, session.opts.log), identity: createActorLookup(session) };
  session.onOpen.add(async () => {
    await runtime.profiles.refresh();
    await runtime.identity.refresh();
  });
  bySession.set(session, runtime);
  return runtime;
}

/**
 * Joins a service context to its session's settings (the settings handlers do this). `ctx.profile()` then
 * also notices, every few seconds, a profile another desktop activated or edited.
 */
export function bindSettingsContext(ctx: ServiceContext, session: SettingsSession): SettingsRuntime {
  const runtime = watchSettings(session);
  if (!byContext.has(ctx)) {
    byContext.set(ctx, runtime);
    ctx.profile = () => runtime.profiles.current();
  }
  return runtime;
}

export function settingsRuntime(ctx: ServiceContext): SettingsRuntime {
  const runtime = byContext.get(ctx);
  if (!runtime) throw new Error('The settings runtime is not bound to this context (createSettingsHandlers binds it).');
  return runtime;
}
