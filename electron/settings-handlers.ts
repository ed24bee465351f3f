import type { AreaHandlers } from '../shared/api/contract';
import type { settingsContract } from '../shared/api/settings-contract';
import type { ServiceContext } from './services/context';
import { createPerson, listPeople, me, recipientsFor, setPersonActive, setupMe, updatePerson } from './services/people-service';
import { activateProfile, deleteProfile, getProfile, listProfiles, saveProfile } from './services/profile-service';
import { listSettings, setSetting } from './services/settings-service';
import { dryRunImport, importStatus, inspectImport, startImport } from './services/import-service';
import { auditCsv, listAudit } from './services/audit-service';
import { exportTracker } from './services/export-service';

/** People, profiles, settings, import, audit and export. Role checks live in the services, not here. */
export function createSettingsHandlers(ctx: ServiceContext): AreaHandlers<typeof settingsContract> {
  return {
    'people.me': () => me(ctx),
    'people.setup': (input) => setupMe(ctx, input),
    'people.list': (input) => listPeople(ctx, input),
    'people.recipients': (input) => recipientsFor(ctx, input),
    'people.create': (input) => createPerson(ctx, input),
    'people.update': (input) => updatePerson(ctx, input),
    'people.setActive': (input) => setPersonActive(ctx, input),
    'profiles.list': () => listProfiles(ctx),
    'profiles.get': (input) => getProfile(ctx, input.id),
    'profiles.save': (input) => saveProfile(ctx, input),
    'profiles.activate': (input) => activateProfile(ctx, input),
    'profiles.delete': (input) => deleteProfile(ctx, input),
    'settings.list': () => listSettings(ctx),
    'settings.set': (input) => setSetting(ctx, input),
    'import.inspect': (input) => inspectImport(ctx, input),
    'import.dryRun': (input) => dryRunImport(ctx, input),
    'import.start': (input) => startImport(ctx, input),
    'import.status': (input) => importStatus(input.jobId),
    'audit.list': (input) => listAudit(ctx, input),
    'audit.csv': (input) => auditCsv(ctx, input),
    'export.xlsx': (input) => exportTracker(ctx, input),
  };
}
