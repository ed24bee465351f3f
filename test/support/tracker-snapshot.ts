import type { Tracker } from '../../db/tracker';

/** Every row of every table, as text: compared before and after a refused call ("nothing was written"). */
export async function snapshotRows(tracker: Tracker): Promise<string> {
  return tracker.withConnection(async (raw) => {
    const tables = await raw.all("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    const out: string[] = [];
    for (const t of tables) {
      const name = String(t.name);
      const rows = await raw.all(`SELECT * FROM "${name.replace(/"/g, '""')}" ORDER BY rowid`).catch(() => raw.all(`SELECT * FROM "${name.replace(/"/g, '""')}"`));
      out.push(`${name}:${JSON.stringify(rows)}`);
    }
    return out.join('\n');
  });
}
