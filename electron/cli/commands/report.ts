import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createAppServices } from '../../app-services';
import { trackerLocation } from '../../../db/open';
import { sourceRoot } from '../../source-root';
import { getAnnualReport, getPeriodReport } from '../../services/report-service';
import { protectiveMarkingOf } from '../../services/letter-settings-service';
import { renderReport, type ExportFormat } from '../../reports/export-report';
import { periodSchema } from '../../../shared/api/reports-inputs';
import { describeIssues } from '../../../shared/api/describe-issues';
import { figureTables, formatValue, summaryKind } from '../../../shared/reports/figure-tables';
import { keyMessages } from '../../../shared/reports/key-messages';
import type { AnnualReport, PeriodReport } from '../../../shared/api/reports-outputs';
import { instant, parse, positiveInt, requireString } from '../args';
import { UsageError, type CliCommand } from '../types';

/** A short text version for the terminal: the key messages and the summary table. */
function summaryText(r: PeriodReport): string[] {
  const summary = figureTables([r.current, r.previous])[0]!;
  const short = (l: string) => l.replace(/ \(.*\)$/, '');
  const head = `${'Measure'.padEnd(58)} ${short(r.current.period.label).padStart(14)} ${short(r.previous.period.label).padStart(14)}`;
  const rows = summary.rows.map((row) => `${row.label.padEnd(58)} ${row.values.map((v) => formatValue(v[0] ?? null, summaryKind(row.key)).padStart(14)).join(' ')}`);
  return [`${r.authority}: ${r.current.period.label}`, '', ...keyMessages(r.current, r.previous).map((m) => `- ${m}`), '', head, ...rows];
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'the quarterly (or any period, or annual) escalation report: the same figures as the Reports page',
  usage: 'report --db FILE (--from YYYY-MM-DD --to YYYY-MM-DD | --annual YEAR) [--json] [--docx OUT] [--xlsx OUT] [--csv OUT] [--now ISO] [--profile ID]',
  async run(args, io) {
    const { values } = parse(args, {
      db: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      annual: { type: 'string' },
      json: { type: 'boolean' },
      docx: { type: 'string' },
      xlsx: { type: 'string' },
      csv: { type: 'string' },
      now: { type: 'string' },
      profile: { type: 'string' },
    });
    const file = trackerLocation(requireString(values.db, '--db'));
    const year = positiveInt(values.annual, '--annual');
    if (year === undefined && (values.from === undefined || values.to === undefined)) throw new UsageError('give --from and --to (or --annual YEAR for a financial year)');
    if (year !== undefined && (values.from !== undefined || values.to !== undefined)) throw new UsageError('give either --from/--to or --annual, not both');
    if (year === undefined) {
      const checked = periodSchema.safeParse({ from: values.from, to: values.to });
      if (!checked.success) throw new UsageError(describeIssues(checked.error));
    }
    const now = values.now ? instant(values.now, '--now') : io.now();
    const services = await createAppServices({ trackerFile: file, migrationsDir: join(sourceRoot(), 'db', 'migrations'), appVersion: 'cli', now: () => now, profileId: values.profile });
    try {
      const protectiveMarking = await protectiveMarkingOf(services.context);
      const report: { period: PeriodReport } | { annual: AnnualReport } = year !== undefined ? { annual: await getAnnualReport(services.context, year) } : { period: await getPeriodReport(services.context, values.from!, values.to!) };
      // The marking belongs to the Word file (every page); --json stays the same answer as reports.period.
      const forFile: typeof report = 'period' in report ? { period: { ...report.period, protectiveMarking } } : { annual: { ...report.annual, protectiveMarking } };
      const outputs: [ExportFormat, string | undefined][] = [
        ['docx', values.docx],
        ['xlsx', values.xlsx],
        ['csv', values.csv],
      ];
      for (const [format, out] of outputs) {
        if (!out) continue;
        writeFileSync(resolve(out), await renderReport(forFile, format));
        if (!values.json) io.out(`Wrote ${resolve(out)}`);
      }
      if (values.json) io.out(JSON.stringify('period' in report ? report.period : report.annual, null, 2));
      else if ('period' in report) summaryText(report.period).forEach((l) => io.out(l));
      else io.out(`${report.annual.authority}: ${report.annual.year.period.label}\n\n${keyMessages(report.annual.year, report.annual.previousYear).map((m) => `- ${m}`).join('\n')}`);
      return 0;
    } finally {
      await services.close();
    }
  },
};
