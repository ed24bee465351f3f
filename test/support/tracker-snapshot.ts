import type { Tracker } from '../../db/tracker';
import { sqlDialect } from '../../db/sql-dialect';

/** Every row of every table, as text: compared before and after a refused call ("nothing was written"). On either backend. */
export async function snapshotRows(tracker: Tracker): Promise<string> {
  return tracker.withConnection(async (raw) => {
    const d = sqlDialect(raw.dialect);
    const tables = await raw.all(d.tablesQuery);
    const out: string[] = [];
    for (const t of tables) {
      const name = String(t.name);
      const rows = await raw.all(`SELECT * FROM "${name.replace(/"/g, '""')}" ORDER BY ${d.rowOrder}`);
      out.push(`${name}:${JSON.stringify(rows)}`);
    }
    return out.join('\n');
  });
}
