import type { AnnualReport, Dashboard, PeriodReport } from '../../shared/api/reports-outputs';
import { describePeriod, financialYear, previousPeriod, quartersOf } from '../../shared/reports/periods';
import type { ServiceContext } from './context';
import { dashboardFigures } from '../reports/dashboard-figures';
import { periodFigures } from '../reports/period-figures';
import { reportDefinitions } from '../reports/definitions';

/**
 * The oversight figures. The Reports page, the Word/Excel/CSV exports and `cli report` all call these
 * functions, so every place shows the same numbers. Each runs in one read transaction: a consistent
 * snapshot even while other desktops are saving.
 */

export async function getDashboard(ctx: ServiceContext): Promise<Dashboard> {
  const profile = ctx.profile();
  const calendar = ctx.calendar(profile);
  const now = ctx.now();
  return ctx.tracker.readTx((_tx, raw) => dashboardFigures(raw, profile, calendar, now));
}

export async function getPeriodReport(ctx: ServiceContext, from: string, to: string): Promise<PeriodReport> {
  const profile = ctx.profile();
  const calendar = ctx.calendar(profile);
  const current = describePeriod(from, to);
  const previous = previousPeriod(from, to);
  return ctx.tracker.readTx(async (_tx, raw) => ({
    authority: profile.authority,
    profileName: profile.name,
    generatedAt: ctx.now().toISOString(),
    current: await periodFigures(raw, profile, calendar, current, ctx.now()),
    previous: await periodFigures(raw, profile, calendar, previous, ctx.now()),
    definitions: reportDefinitions(profile),
  }));
}

/** The IRO annual report's figures: the financial year, the year before, and each quarter of the year. */
export async function getAnnualReport(ctx: ServiceContext, startYear: number): Promise<AnnualReport> {
  const profile = ctx.profile();
  const calendar = ctx.calendar(profile);
  return ctx.tracker.readTx(async (_tx, raw) => {
    const quarters = [];
    for (const q of quartersOf(startYear)) quarters.push(await periodFigures(raw, profile, calendar, q, ctx.now()));
    return {
      authority: profile.authority,
      profileName: profile.name,
      generatedAt: ctx.now().toISOString(),
      year: await periodFigures(raw, profile, calendar, financialYear(startYear), ctx.now()),
      previousYear: await periodFigures(raw, profile, calendar, financialYear(startYear - 1), ctx.now()),
      quarters,
      definitions: reportDefinitions(profile),
    };
  });
}
