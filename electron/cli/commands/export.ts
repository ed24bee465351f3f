import { join, resolve } from 'node:path';
import { createAppServices } from '../../app-services';
import { trackerLocation } from '../../../db/open';
import { sourceRoot } from '../../source-root';
import { exportTracker } from '../../services/export-service';
import { instant, parse, requireString } from '../args';
import { UsageError, type CliCommand } from '../types';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'the whole tracker as an Excel workbook, one sheet per table, for the authority’s records',
  usage: 'export --db FILE --out FILE.xlsx [--now ISO]',
  async run(args, io) {
    const { values } = parse(args, { db: { type: 'string' }, out: { type: 'string' }, now: { type: 'string' } });
    const file = trackerLocation(requireString(values.db, '--db'));
    const out = resolve(requireString(values.out, '--out'));
    if (!/\.xlsx$/i.test(out)) throw new UsageError('--out must name an .xlsx file');
    const now = values.now ? instant(values.now, '--now') : io.now();
    const services = await createAppServices({ trackerFile: file, migrationsDir: join(sourceRoot(), 'db', 'migrations'), appVersion: 'cli', now: () => now });
    try {
      const result = await exportTracker(services.context, { path: out }, { checkRole: false });
      for (const s of result.sheets) io.out(`${s.name.padEnd(24)} ${String(s.rows).padStart(7)} rows`);
      io.out(`Wrote ${out}`);
      return 0;
    } finally {
      await services.close();
    }
  },
};
