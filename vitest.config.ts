import { defineConfig } from 'vitest/config';

/**
 * The tests that touch storage run twice from the same files (../shared/DESIGN.md "Backends"): on the SQLite file and
 * on a PostgreSQL server (a throw-away cluster started for the run). `openServices` and `freshTracker`
 * (test/support) make the tracker on the project's backend; tests of what only one backend has stay in the first.
 */
export const SERVER_SUITE = [
  'test/integration/services.test.ts',
  'test/integration/my-day.test.ts',
  'test/integration/follow-ups.test.ts',
  'test/integration/chair-concerns.test.ts',
  'test/integration/named-recipients.test.ts',
  'test/integration/no-response-and-late-dates.test.ts',
  'test/integration/due-previews.test.ts',
  'test/integration/entry-rules.test.ts',
  'test/integration/steps-in-reports.test.ts',
  'test/integration/summaries.test.ts',
  'test/integration/postgres/**/*.test.ts',
  'test/integration/reports/headline.test.ts',
  'test/integration/reports/themes.test.ts',
  'test/integration/reports/timeliness-rules.test.ts',
  'test/integration/settings/*.test.ts',
  'test/integration/security/role-matrix.test.ts',
  'test/integration/security/fuzz.test.ts',
  'test/integration/tracker-file/team-work.test.ts',
  'test/integration/web-host.test.ts',
];

const shared = { environment: 'node', testTimeout: 30_000, hookTimeout: 60_000, pool: 'forks' } as const;

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { ...shared, name: 'sqlite', include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'], exclude: ['test/integration/postgres/**'] } },
      {
        extends: true,
        test: { ...shared, name: 'postgres', include: SERVER_SUITE, env: { TRACKER_BACKEND: 'postgres' }, globalSetup: ['test/support/postgres-global-setup.ts'] },
      },
    ],
  },
});
