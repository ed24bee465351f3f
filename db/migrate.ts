import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawConnection } from './sqlite';

export interface Migration {
  idx: number;
  tag: string;
  statements: string[];
}

/**
 * Reads drizzle-kit's generated migrations (append-only). We apply them ourselves rather than with
 * drizzle's migrator because the schema version must live in `PRAGMA user_version` (readable without
 * a table, so an older app can recognise a newer tracker and open it read-only) and the upgrade must
 * run under an exclusive lock on a shared file.
 */
export function readMigrations(dir: string): Migration[] {
  const journal = JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  return journal.entries
    .sort((a, b) => a.idx - b.idx)
    .map((e) => ({
      idx: e.idx,
      tag: e.tag,
      statements: readFileSync(join(dir, `${e.tag}.sql`), 'utf8')
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter(Boolean),
    }));
}

export async function schemaVersionOf(raw: RawConnection): Promise<number> {
  const rows = await raw.all('PRAGMA user_version');
  return Number(rows[0]?.user_version ?? 0);
}

/**
 * Applies the migrations after the file's current version inside one exclusive transaction and returns
 * the version the file has afterwards. The version is read again under the lock: another desktop may
 * have migrated (or a newer app upgraded) the file between our first look and getting the lock, and
 * applying the same migration twice would fail half-way.
 */
export async function applyMigrations(raw: RawConnection, migrations: Migration[], lock: (begin: () => Promise<void>) => Promise<void> = (b) => b()): Promise<number> {
  await lock(() => raw.exec('BEGIN EXCLUSIVE'));
  try {
    const from = await schemaVersionOf(raw);
    if (from >= migrations.length) {
      await raw.exec('ROLLBACK');
      return from;
    }
    for (const m of migrations.filter((m) => m.idx >= from)) for (const s of m.statements) await raw.exec(s);
    await raw.exec(`PRAGMA user_version = ${migrations.length}`);
    await raw.exec('COMMIT');
    return migrations.length;
  } catch (err) {
    await raw.exec('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
