import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openTracker } from '../../../db/connection';
import { readMigrations } from '../../../db/migrate';
import { MIGRATIONS, newerMigrations, tempDir } from '../../support/tracker-fixture';

describe('the schema gate on a shared file', () => {
  it('upgrades an older tracker once when several desktops with the newer app open it at the same moment', async () => {
    const dir = tempDir();
    const file = join(dir, 'team.sqlite');
    await (await openTracker({ file, migrationsDir: MIGRATIONS, create: true })).close();
    const extra = newerMigrations(dir);
    const opened = await Promise.all([1, 2, 3, 4].map(() => openTracker({ file, migrationsDir: extra })));
    expect(opened.map((t) => t.schemaVersion)).toEqual([1, 2, 3, 4].map(() => readMigrations(extra).length));
    expect(opened.every((t) => t.readOnlyReason === null)).toBe(true);
    const columns = await opened[0]!.readTx((_tx, raw) => raw.all('PRAGMA table_info(children)'));
    expect(columns.filter((c) => c.name === 'nickname')).toHaveLength(1);
    for (const t of opened) await t.close();
    // A copy was taken before the upgrade (one per desktop that found the file old).
    expect(readdirSync(dir).some((f) => f.startsWith('team.sqlite.before-schema-'))).toBe(true);
    // The older app now opens the upgraded file read-only and says to update.
    const older = await openTracker({ file, migrationsDir: MIGRATIONS });
    expect(older.readOnlyReason).toMatch(/upgraded by a newer version.*please update the app/);
    await older.close();
  });
});
