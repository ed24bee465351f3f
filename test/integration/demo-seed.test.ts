import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openTracker, type Tracker } from '../../db/connection';
import { seedDemoTracker } from '../../electron/seed/demo-seed';
import { getBuiltinProfile } from '../../shared/profile/builtin';
import { createCalendar } from '../../shared/calendar';
import { MIGRATIONS, tempDir } from '../support/tracker-fixture';

// Issue 33: "in the CLI (`seed` makes realistic follow-ups)"; issue 34's concerns about chairs appear in the demo too.
let tracker: Tracker;
beforeAll(async () => {
  tracker = await openTracker({ file: join(tempDir('et-seed-'), 'demo.sqlite'), migrationsDir: MIGRATIONS, create: true });
  const profile = getBuiltinProfile('slough')!;
  await seedDemoTracker(tracker, profile, createCalendar({ region: profile.region }), { escalations: 1200, now: new Date('2026-11-30T10:00:00Z'), seed: 33 });
});
afterAll(async () => tracker.close());

describe('the demo seed', () => {
  it('resolves most concerns with an agreed action and checks most of those, leaving a few unchecked', async () => {
    const [row] = await tracker.readTx((_tx, raw) =>
      raw.all(`SELECT count(*) AS resolved, count(follow_up_on) AS agreed, count(follow_up_result) AS checked,
                      sum(CASE WHEN follow_up_result = 'done' THEN 1 ELSE 0 END) AS done, sum(CASE WHEN follow_up_result = 'not-done' THEN 1 ELSE 0 END) AS not_done
               FROM escalations WHERE status = 'resolved'`),
    );
    const n = (k: string) => Number(row![k]);
    expect(n('agreed') / n('resolved')).toBeGreaterThan(0.6);
    expect(n('agreed')).toBeLessThan(n('resolved'));
    expect(n('checked')).toBeLessThan(n('agreed'));
    expect(n('done')).toBeGreaterThan(n('not_done'));
    expect(n('not_done')).toBeGreaterThan(0);
  });

  it('records a few concerns about chairs on the procedure’s own route, each about a chair in People', async () => {
    const rows = await tracker.readTx((_tx, raw) => raw.all('SELECT c.stage_key AS stage, p.role AS role FROM chair_concerns c LEFT JOIN people p ON p.id = c.about_person_id'));
    expect(rows.length).toBe(3);
    expect(rows.every((r) => r.role === 'chair')).toBe(true);
    expect(rows.every((r) => ['independent-chair', 'reviewing-service-manager', 'head-of-performance-qa'].includes(String(r.stage)))).toBe(true);
  });
});
