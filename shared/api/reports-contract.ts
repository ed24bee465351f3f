import * as I from './reports-inputs';
import { byIdSchema } from './inputs';
import type * as O from './reports-outputs';
import { noInput, out } from './out';

/** Channels of oversight: the dashboard, period and annual reports with their exports, and themed concerns. */
export const reportsContract = {
  'reports.dashboard': { input: noInput, output: out<O.Dashboard>() },
  'reports.period': { input: I.periodSchema, output: out<O.PeriodReport>() },
  'reports.annual': { input: I.annualSchema, output: out<O.AnnualReport>() },
  'reports.export': { input: I.exportSchema, output: out<O.ExportedFile>() },
  'reports.commentary': { input: I.periodSchema, output: out<O.ReportCommentary>() },
  'reports.commentary.save': { input: I.commentarySaveSchema, output: out<O.ReportCommentary>() },
  'themes.list': { input: I.themeListSchema, output: out<O.ThemeSummary[]>() },
  'themes.get': { input: byIdSchema, output: out<O.ThemeDetail>() },
  'themes.create': { input: I.themeCreateSchema, output: out<O.ThemeDetail>() },
  'themes.update': { input: I.themeUpdateSchema, output: out<O.ThemeDetail>() },
  'themes.setStatus': { input: I.themeStatusChangeSchema, output: out<O.ThemeDetail>() },
  'themes.addNote': { input: I.themeNoteSchema, output: out<O.ThemeDetail>() },
  'themes.link': { input: I.themeLinkSchema, output: out<O.ThemeDetail>() },
  'themes.unlink': { input: I.themeUnlinkSchema, output: out<O.ThemeDetail>() },
  'themes.forEscalation': { input: I.escalationThemesSchema, output: out<O.EscalationThemes>() },
} as const;
