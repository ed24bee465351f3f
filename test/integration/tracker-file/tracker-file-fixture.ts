import { join } from 'node:path';
import { createAppHost, createAppServices, type AppServices } from '../../../electron/app-services';
import { dispatch } from '../../../electron/dispatch';
import type { RawConnection } from '../../../db/sqlite';
import type { Channel, Input, Output } from '../../../shared/api/contract';
import { MIGRATIONS, tempDir } from '../../support/tracker-fixture';

export const NOW = new Date('2025-03-03T10:00:00Z');

/** One desktop on a tracker file: the real services, a named person and machine, a controllable clock. */
export async function desktop(file: string, who: string, opts: { now?: () => Date; openRaw?: (file: string, mode: number) => Promise<RawConnection>; busyTotalMs?: number } = {}): Promise<AppServices> {
  return createAppServices({
    trackerFile: file,
    migrationsDir: MIGRATIONS,
    appVersion: 'test',
    create: true,
    now: opts.now ?? (() => NOW),
    user: { name: who, osUser: who.toLowerCase().replace(/\s+/g, '') },
    machine: `${who.split(' ')[0]!.toUpperCase()}-PC`,
    openRaw: opts.openRaw,
    busyTotalMs: opts.busyTotalMs,
    reconnectMs: 60_000, // tests reconnect by hand
  });
}

/** A desktop host (first-run screen, remembered choice) with its own app-data folder. */
export async function host(dataDir: string, opts: { initialFile?: string; who?: string } = {}): Promise<AppServices> {
  return createAppHost({
    dataDir,
    initialFile: opts.initialFile,
    migrationsDir: MIGRATIONS,
    appVersion: 'test',
    now: () => NOW,
    user: { name: opts.who ?? 'Sam Patel', osUser: 'spatel' },
    machine: 'SAM-PC',
    reconnectMs: 60_000,
  });
}

export async function call<C extends Channel>(s: AppServices, channel: C, input: Input<C>): Promise<Output<C>> {
  const r = await dispatch(s.handlers, channel, input);
  if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), { code: r.error.code, details: r.error.details });
  return r.data as Output<C>;
}

export async function attempt<C extends Channel>(s: AppServices, channel: C, input: Input<C>) {
  return dispatch(s.handlers, channel, input);
}

export const trackerIn = (dir = tempDir()) => join(dir, 'team-tracker.sqlite');

export const concern = (categoryKey: string) => ({
  categoryKeys: [categoryKey],
  summary: 'No permanence plan at the second review.',
  impactOnChild: 'Uncertainty about where the child will grow up.',
  requestedAction: { what: 'Permanence planning meeting', who: 'Team Manager', byWhen: null },
  expectedOutcomeKeys: [],
});
