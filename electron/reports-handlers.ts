import type { AreaHandlers } from '../shared/api/contract';
import type { reportsContract } from '../shared/api/reports-contract';
import type { ServiceContext } from './services/context';
import { getAnnualReport, getDashboard, getPeriodReport } from './services/report-service';
import { addThemeNote, createTheme, getTheme, linkTheme, listThemes, setThemeStatus, themesForEscalation, unlinkTheme, updateTheme } from './services/theme-service';
import { exportReport } from './reports/export-report';
import { getCommentary, saveCommentary } from './services/report-commentary-service';

/** Oversight: the dashboard, period and annual reports with their exports, and themed concerns. */
export function createReportsHandlers(ctx: ServiceContext): AreaHandlers<typeof reportsContract> {
  return {
    'reports.dashboard': () => getDashboard(ctx),
    'reports.period': (input) => getPeriodReport(ctx, input.from, input.to),
    'reports.annual': (input) => getAnnualReport(ctx, input.year),
    'reports.export': (input) => exportReport(ctx, input),
    'reports.commentary': (input) => getCommentary(ctx, input.from, input.to),
    'reports.commentary.save': (input) => saveCommentary(ctx, input),
    'themes.list': (input) => listThemes(ctx, input),
    'themes.get': (input) => getTheme(ctx, input.id),
    'themes.create': (input) => createTheme(ctx, input),
    'themes.update': (input) => updateTheme(ctx, input),
    'themes.setStatus': (input) => setThemeStatus(ctx, input),
    'themes.addNote': (input) => addThemeNote(ctx, input),
    'themes.link': (input) => linkTheme(ctx, input),
    'themes.unlink': (input) => unlinkTheme(ctx, input),
    'themes.forEscalation': (input) => themesForEscalation(ctx, input.escalationId),
  };
}
