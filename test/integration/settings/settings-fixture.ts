import { dispatch } from '../../../electron/dispatch';
import type { AppServices } from '../../../electron/app-services';
import type { Channel, Input, Output } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import { createAppServices } from '../../../electron/app-services';
import { MIGRATIONS, opId, freshTracker } from '../../support/tracker-fixture';

/** A desktop signed in as `osUser` (undefined: the real OS account, as Electron does). */
export function openAs(file: string, user: { name: string; osUser: string } | undefined, now: () => Date = () => new Date('2025-03-03T10:00:00Z')): Promise<AppServices> {
  return createAppServices({ trackerFile: file, migrationsDir: MIGRATIONS, appVersion: 'test', create: true, now, user, machine: `pc-${user?.osUser ?? 'os'}` });
}

/** Calls a channel through the real dispatcher (input validation and all), as the renderer does. */
export async function api<C extends Channel>(s: AppServices, channel: C, input: Input<C>): Promise<Result<Output<C>>> {
  return (await dispatch(s.handlers, channel, input)) as Result<Output<C>>;
}

export async function ok<C extends Channel>(s: AppServices, channel: C, input: Input<C>): Promise<Output<C>> {
  const r = await api(s, channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
  return r.data;
}

/** Two desktops on one tracker file: the administrator (spatel, the first person) and a second account. */
export async function adminAndOther(opts: { now?: () => Date } = {}) {
  const file = await freshTracker();
  const admin = await openAs(file, { name: 'Sam Patel', osUser: 'spatel' }, opts.now);
  await ok(admin, 'people.setup', { person: { name: 'Sam Patel', email: 'sam.patel@example.gov.uk', jobRole: 'chair', team: 'Reviewing' }, opId: opId() });
  const other = await openAs(file, { name: 'Jo Khan', osUser: 'jkhan' }, opts.now);
  return { file, admin, other, close: async () => Promise.all([admin.close(), other.close()]) };
}

/** The second account sets itself up (joining with no access), then the administrator gives it `appRole`. */
export async function otherJoinsAs(t: { admin: AppServices; other: AppServices }, appRole: 'none' | 'chair' | 'qa-manager' | 'administrator'): Promise<void> {
  await ok(t.other, 'people.setup', { person: { name: 'Jo Khan', email: '', jobRole: 'chair', team: '' }, opId: opId() });
  const jo = (await ok(t.admin, 'people.list', {})).find((p) => p.osUser === 'jkhan')!;
  if (appRole !== jo.appRole) await ok(t.admin, 'people.update', { name: jo.name, email: jo.email, jobRole: jo.jobRole, appRole, team: jo.team, osUser: jo.osUser, id: jo.id, version: jo.version, opId: opId() });
}
