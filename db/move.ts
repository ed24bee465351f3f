import { createHash } from 'node:crypto';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { AppError } from '../shared/api/result';
import * as schema from './schema';
import { openTrackerAt, shownLocation } from './open';
import { analyze } from './maintenance';
import type { SqlRunner } from './sql-runner';
import type { Tracker } from './tracker';

/**
 * Moving a tracker between backends (`cli move`): a file to a PostgreSQL server, or back. Every table is copied in
 * one read of the source and one write transaction on the target, then both are counted and checksummed table by table.
 * The source is only read (a file is opened for checking only); the target must be empty.
 */

/** The tables moved, parents before children (foreign keys). Presence and leases are moments, not records: not moved. */
const MOVED: SQLiteTable[] = [
  schema.people,
  schema.children,
  schema.escalations,
  schema.escalationEvents,
  schema.themes,
  schema.themeLinks,
  schema.themeEvents,
  schema.letters,
  schema.monthCounts,
  schema.settings,
  schema.changeLog,
  schema.savedViews,
  schema.profiles,
  schema.recentRecipients,
  schema.chairConcerns,
  schema.chairConcernEvents,
];

const PAGE = 500;

export interface TableCheck {
  table: string;
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
  same: boolean;
}

export interface MoveReport {
  from: string;
  to: string;
  tables: TableCheck[];
  ok: boolean;
  seconds: number;
}

interface Shape {
  name: string;
  columns: string[];
  /** The single-column key pages are read by; null for a small table keyed otherwise (read whole). */
  key: string | null;
  /** Its key is numbered by the database (SQLite's INTEGER PRIMARY KEY AUTOINCREMENT; an identity on the server). */
  numbered: boolean;
}

function shapeOf(table: SQLiteTable): Shape {
  const config = getTableConfig(table);
  const primary = config.columns.find((c) => c.primary);
  const numbered = Boolean((primary as { autoIncrement?: boolean } | undefined)?.autoIncrement);
  return { name: config.name, columns: config.columns.map((c) => c.name), key: primary?.name ?? null, numbered };
}

const quoted = (name: string) => `"${name}"`;

/** A row as text that reads the same from either backend (numbers as numbers, text as text, NULL as null). */
const rowText = (columns: string[], row: Record<string, unknown>) => JSON.stringify(columns.map((c) => (row[c] === undefined ? null : row[c])));

/** Every row of a table in pages by its key, in one read transaction of its tracker. */
async function* pagesOf(q: SqlRunner, shape: Shape): AsyncGenerator<Record<string, unknown>[]> {
  const cols = shape.columns.map(quoted).join(', ');
  if (!shape.key) {
    yield await q.all(`SELECT ${cols} FROM ${quoted(shape.name)}`);
    return;
  }
  let last: unknown = null;
  for (;;) {
    const rows: Record<string, unknown>[] =
      last === null
        ? await q.all(`SELECT ${cols} FROM ${quoted(shape.name)} ORDER BY ${quoted(shape.key)} LIMIT ${PAGE}`)
        : await q.all(`SELECT ${cols} FROM ${quoted(shape.name)} WHERE ${quoted(shape.key)} > ? ORDER BY ${quoted(shape.key)} LIMIT ${PAGE}`, [last]);
    if (rows.length === 0) return;
    yield rows;
    last = rows[rows.length - 1]![shape.key];
    if (rows.length < PAGE) return;
  }
}

/** Rows and an order-free checksum (the sorted hashes of every row's text), so the two backends' orderings cannot differ. */
async function summarise(q: SqlRunner, shape: Shape): Promise<{ rows: number; checksum: string }> {
  const hashes: string[] = [];
  for await (const page of pagesOf(q, shape)) for (const row of page) hashes.push(createHash('sha256').update(rowText(shape.columns, row)).digest('hex'));
  hashes.sort();
  return { rows: hashes.length, checksum: createHash('sha256').update(hashes.join('\n')).digest('hex').slice(0, 16) };
}

/** Whether a tracker holds no people, children, escalations, themes or custom profiles yet. */
export async function isEmptyTracker(target: Tracker): Promise<boolean> {
  return target.readTx(async (_tx, q) => {
    for (const t of ['people', 'children', 'escalations', 'themes', 'profiles']) if ((await q.all(`SELECT 1 FROM ${quoted(t)} LIMIT 1`)).length) return false;
    return true;
  });
}

export async function moveTracker(from: string, to: string, opts: { migrationsDir: string; now: () => Date }): Promise<MoveReport> {
  const started = performance.now();
  if (shownLocation(from) === shownLocation(to)) throw new AppError('INVALID', 'The tracker cannot be moved onto itself: --from and --to name the same tracker.');
  // The source is only looked at: a file opens for checking only (no migration, nothing written).
  const source = await openTrackerAt(from, { migrationsDir: opts.migrationsDir, inspectOnly: true });
  let target: Tracker | null = null;
  try {
    if (source.schemaVersion !== source.appSchemaVersion)
      throw new AppError('INVALID', `${shownLocation(from)} is at schema ${source.schemaVersion}; this app moves schema ${source.appSchemaVersion}. Open it once with this version of the app (which upgrades it), then move it.`);
    target = await openTrackerAt(to, { migrationsDir: opts.migrationsDir, create: true });
    if (target.readOnlyReason) throw new AppError('READ_ONLY', `Cannot move into ${shownLocation(to)}: ${target.readOnlyReason}`);
    if (!(await isEmptyTracker(target))) throw new AppError('CONFLICT', `${shownLocation(to)} already holds a tracker. Move into an empty database (or a new file), so nobody's records are overwritten.`);
    const shapes = MOVED.map(shapeOf);
    const into = target;
    // One read of the source (a consistent snapshot) feeding one write transaction on the target: all or nothing.
    await source.readTx(async (_s, src) =>
      into.writeTx(async (_t, dst) => {
        // What opening the empty target wrote (the summary marker, the month counts) gives way to the source's rows.
        for (const shape of [...shapes].reverse()) await dst.run(`DELETE FROM ${quoted(shape.name)}`);
        for (const shape of shapes) {
          const cols = shape.columns.map(quoted).join(', ');
          const one = `(${shape.columns.map(() => '?').join(', ')})`;
          for await (const page of pagesOf(src, shape))
            if (page.length)
              await dst.run(
              `INSERT INTO ${quoted(shape.name)} (${cols}) VALUES ${page.map(() => one).join(', ')}`,
              page.flatMap((row) => shape.columns.map((c) => row[c] ?? null)),
            );
        }
        // The server numbers new rows from its sequences: start them after the copied keys.
        if (dst.dialect === 'postgres')
          for (const shape of shapes.filter((s) => s.numbered))
            await dst.all(`SELECT setval(pg_get_serial_sequence('${shape.name}', '${shape.key}'), GREATEST((SELECT max(${quoted(shape.key!)}) FROM ${quoted(shape.name)}), 1))`);
      }),
    );
    await analyze(into);
    const tables: TableCheck[] = [];
    for (const shape of shapes) {
      const a = await source.readTx((_x, q) => summarise(q, shape));
      const b = await into.readTx((_x, q) => summarise(q, shape));
      tables.push({ table: shape.name, sourceRows: a.rows, targetRows: b.rows, sourceChecksum: a.checksum, targetChecksum: b.checksum, same: a.rows === b.rows && a.checksum === b.checksum });
    }
    return { from: shownLocation(from), to: shownLocation(to), tables, ok: tables.every((t) => t.same), seconds: Number(((performance.now() - started) / 1000).toFixed(1)) };
  } finally {
    await target?.close().catch(() => undefined);
    await source.close().catch(() => undefined);
  }
}
