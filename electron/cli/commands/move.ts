import { join } from 'node:path';
import { moveTracker } from '../../../db/move';
import { trackerLocation } from '../../../db/open';
import { sourceRoot } from '../../source-root';
import { parse, requireString } from '../args';
import type { CliCommand } from '../types';

export const moveCommand: CliCommand = {
  name: 'move',
  summary: 'copy a tracker to a PostgreSQL server (or back to a file), then compare every table: row counts and a checksum; the source is never changed',
  usage: 'move --from FILE|postgres://… --to postgres://…|FILE [--json]',
  async run(args, io) {
    const { values } = parse(args, { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } });
    const from = trackerLocation(requireString(values.from, '--from'));
    const to = trackerLocation(requireString(values.to, '--to'));
    const report = await moveTracker(from, to, { migrationsDir: join(sourceRoot(), 'db', 'migrations'), now: io.now });
    if (values.json) io.out(JSON.stringify(report));
    else {
      io.out(`Moved ${report.from} → ${report.to} in ${report.seconds} s`);
      for (const t of report.tables) io.out(`${t.table.padEnd(20)} ${String(t.sourceRows).padStart(8)} → ${String(t.targetRows).padStart(8)} rows  ${t.same ? 'same' : `DIFFERENT (${t.sourceChecksum} ≠ ${t.targetChecksum})`}`);
      io.out(report.ok ? 'Every table arrived whole. Point the desktops at the new tracker (Settings → Tracker).' : 'Some tables differ: do not use the new tracker; the source is unchanged.');
    }
    return report.ok ? 0 : 1;
  },
};
