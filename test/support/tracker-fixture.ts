import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices, type AppServices } from '../../electron/app-services';
import { readMigrations } from '../../db/migrate';

export const MIGRATIONS = join(import.meta.dirname, '..', '..', 'db', 'migrations');

export function tempDir(prefix = 'et-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * The backend this test project stores trackers on (vitest.config.ts runs the storage tests once per backend): the
 * SQLite file, or a database on the throw-away PostgreSQL cluster.
 */
export const BACKEND: 'sqlite' | 'postgres' = process.env.TRACKER_BACKEND === 'postgres' ? 'postgres' : 'sqlite';

/** A new, empty tracker on this project's backend: a file in a temp folder, or a fresh database on the cluster. */
export async function freshTracker(): Promise<string> {
  if (BACKEND === 'postgres') return (await import('./backends')).freshServerDatabase();
  return join(tempDir(), 'tracker.sqlite');
}

/** A real tracker (file or server, see BACKEND) with the real services; "now" is fixed unless given. */
export async function openServices(opts: { file?: string; now?: () => Date; user?: string; profileId?: string } = {}): Promise<AppServices> {
  const file = opts.file ?? (await freshTracker());
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

/** A copy of the migrations folder with one more migration, as a newer app would ship (in `dir`/migrations). */
export function newerMigrations(dir: string): string {
  const extra = join(dir, 'migrations');
  mkdirSync(join(extra, 'meta'), { recursive: true });
  const current = readMigrations(MIGRATIONS);
  for (const m of current) writeFileSync(join(extra, `${m.tag}.sql`), m.statements.join('\n--> statement-breakpoint\n'));
  writeFileSync(join(extra, '9999_extra.sql'), 'ALTER TABLE children ADD `nickname` text;');
  writeFileSync(join(extra, 'meta', '_journal.json'), JSON.stringify({ entries: [...current.map((m) => ({ idx: m.idx, tag: m.tag })), { idx: current.length, tag: '9999_extra' }] }));
  return extra;
}

/** A concern for `escalations.raise` in one category. */
export const concernIn = (categoryKey: string) => ({
  categoryKeys: [categoryKey],
  summary: 'No permanence plan at the second review.',
  impactOnChild: 'Uncertainty about where the child will grow up.',
  requestedAction: { what: 'Permanence planning meeting', who: 'Team Manager', byWhen: null },
  expectedOutcomeKeys: [],
});
