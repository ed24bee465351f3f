import * as I from './settings-inputs';
import type * as O from './settings-outputs';
import { noInput, out } from './out';

/**
 * Channels of the settings area: people and roles, protocol profiles, tracker settings, import from the
 * old spreadsheet, the audit log and the export. Every change here is refused (FORBIDDEN) unless the
 * acting person is an administrator, except the first-run setup of one's own record.
 */
export const settingsContract = {
  'people.me': { input: noInput, output: out<O.Me>() },
  'people.setup': { input: I.firstRunSchema, output: out<O.Me>() },
  'people.list': { input: I.peopleListSchema, output: out<O.PersonSummary[]>() },
  'people.recipients': { input: I.recipientsSchema, output: out<O.Recipients>() },
  'people.create': { input: I.personCreateSchema, output: out<O.PersonSummary>() },
  'people.update': { input: I.personUpdateSchema, output: out<O.PersonSummary>() },
  'people.setActive': { input: I.personActiveSchema, output: out<O.PersonSummary>() },
  'profiles.list': { input: noInput, output: out<O.ProfileListItem[]>() },
  'profiles.get': { input: I.profileIdSchema, output: out<O.ProfileRecord>() },
  'profiles.save': { input: I.profileSaveSchema, output: out<O.ProfileRecord>() },
  'profiles.activate': { input: I.profileActivateSchema, output: out<O.ProfileRecord>() },
  'profiles.delete': { input: I.profileDeleteSchema, output: out<{ deleted: string }>() },
  'settings.list': { input: noInput, output: out<O.SettingRecord[]>() },
  'settings.set': { input: I.settingSetSchema, output: out<O.SettingRecord>() },
  'import.inspect': { input: I.importInspectSchema, output: out<O.ImportInspection>() },
  'import.dryRun': { input: I.importRunSchema, output: out<O.ImportReport>() },
  'import.start': { input: I.importStartSchema, output: out<O.ImportJob>() },
  'import.status': { input: I.importStatusSchema, output: out<O.ImportJob>() },
  'audit.list': { input: I.auditQuerySchema, output: out<O.AuditPage>() },
  'audit.csv': { input: I.auditQuerySchema, output: out<O.CsvFile>() },
  'export.xlsx': { input: I.exportSchema, output: out<O.ExportResult>() },
} as const;
