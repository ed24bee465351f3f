import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices, type AppServices } from '../../electron/app-services';

export const MIGRATIONS = join(import.meta.dirname, '..', '..', 'db', 'migrations');

export function tempDir(prefix = 'et-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A real tracker file in a temp folder with the real services; "now" is fixed unless given. */
export async function openServices(opts: { file?: string; now?: () => Date; user?: string; profileId?: string } = {}): Promise<AppServices> {
  const file = opts.file ?? join(tempDir(), 'tracker.sqlite');
  return createAppServices({
    trackerFile: file,
    migrationsDir: MIGRATIONS,
    appVersion: 'test',
    create: true,
    now: opts.now ?? (() => new Date('2025-03-03T10:00:00Z')),
    user: { name: opts.user ?? 'Sam Patel', osUser: 'spatel' },
    machine: 'test-machine',
    profileId: opts.profileId,
  });
}

let counter = 0;
export const opId = (): string => `op-${process.pid}-${Date.now()}-${++counter}`;

export const childInput = (over: Record<string, unknown> = {}) => ({
  name: 'Jordan Ellis',
  caseId: `LCS-${100000 + ++counter}`,
  dateOfBirth: '2014-05-17',
  cohort: 'looked-after' as const,
  socialWorker: 'Priya Shah',
  teamManager: 'Tom Barker',
  team: 'Children in Care 2',
  chair: 'Sam Patel',
  opId: opId(),
  ...over,
});
