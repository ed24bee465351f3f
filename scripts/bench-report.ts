import { join, resolve } from 'node:path';
import { createAppServices } from '../electron/app-services';
import { getDashboard, getPeriodReport } from '../electron/services/report-service';
import { londonDateOf } from '../shared/calendar';
import { lastCompleteQuarter } from '../shared/reports/periods';
import { trackerCounts } from '../db/maintenance';

export interface ReportBenchmark {
  /** Median time to compute the quarterly report (the quarter and the one before, every figure). */
  quarterlyReportMs: number;
  /** CPU time of the median run (SQLite's thread included): the figure to trust on a busy machine. */
  quarterlyReportCpuMs: number;
  /** The first run, on a freshly opened tracker. */
  quarterlyReportFirstMs: number;
  dashboardMs: number;
  quarter: { from: string; to: string };
  escalationsInQuarter: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Times the quarterly report on a tracker file (make one with `npm run -s cli -- seed --db FILE
 * --escalations 50000`). The quarter is the last complete financial quarter before the newest escalation.
 */
export async function benchReport(dbFile: string, runs = 5): Promise<ReportBenchmark> {
  const services = await createAppServices({ trackerFile: resolve(dbFile), migrationsDir: join(import.meta.dirname, '..', 'db', 'migrations'), appVersion: 'bench' });
  try {
    const newest = (await trackerCounts(services.context.tracker)).newestRaisedAt;
    if (typeof newest !== 'string') throw new Error(`${dbFile} has no escalations to report on`);
    const quarter = lastCompleteQuarter(londonDateOf(newest));
    const times: number[] = [];
    const cpu: number[] = [];
    let initiated = 0;
    for (let i = 0; i < runs + 1; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      const report = await getPeriodReport(services.context, quarter.from, quarter.to);
      times.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      initiated = report.current.initiated.total;
    }
    const dash: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await getDashboard(services.context);
      dash.push(performance.now() - t);
    }
    return {
      quarterlyReportMs: Math.round(median(times.slice(1))),
      quarterlyReportFirstMs: Math.round(times[0]!),
      quarterlyReportCpuMs: Math.round(median(cpu.slice(1))),
      dashboardMs: Math.round(median(dash)),
      quarter: { from: quarter.from, to: quarter.to },
      escalationsInQuarter: initiated,
    };
  } finally {
    await services.close();
  }
}

if (process.argv[1]?.endsWith('bench-report.ts')) {
  const db = process.argv[2];
  if (!db) {
    console.error('Usage: npx tsx scripts/bench-report.ts TRACKER_FILE   (make one with: npm run -s cli -- seed --db FILE --escalations 50000)');
    process.exit(2);
  }
  benchReport(db).then((r) => console.log(JSON.stringify(r)), (e: unknown) => (console.error(e), process.exit(1)));
}
