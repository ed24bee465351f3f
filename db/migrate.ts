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

/** Applies the migrations after `from` inside one exclusive transaction. */
export async function applyMigrations(raw: RawConnection, migrations: Migration[], from: number): Promise<void> {
  const pending = migrations.filter((m) => m.idx >= from);
  if (pending.length === 0) return;
  await raw.exec('BEGIN EXCLUSIVE');
  try {
    for (const m of pending) for (const s of m.statements) await raw.exec(s);
    await raw.exec(`PRAGMA user_version = ${migrations.length}`);
    await raw.exec('COMMIT');
  } catch (err) {
    await raw.exec('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
