import type { Channel, Handlers } from '../../shared/api/contract';
import type { AppRole } from '../../shared/people/roles';
import type { ServiceContext } from './context';
import { requireAppRole, requireRoleOf, type ActorAccess } from './app-roles';
import { AUDIT_WHAT } from './audit-service';

/**
 * The least app role each channel needs, in one table (the role matrix test walks it). Administrators
 * pass everywhere; "no access" people and accounts not in the people list may only look. Reading needs no
 * role: anyone who can open the file can read it, so a role there would be theatre. Services keep their
 * own checks inside the write transaction too; this is the guard at the door for every write channel.
 *
 * 'anyone' also covers what only concerns this desktop: which tracker file it opens, its drafts, presence.
 */
export type ChannelRole = 'anyone' | Exclude<AppRole, 'none'>;

export const channelRoles: Record<Channel, ChannelRole> = {
  'app.info': 'anyone',
  // Concerns about a chair: the service lets only managers in and answers NOT_FOUND to anyone else who names one (the
  // chair concerned included), so a refusal at the door never tells a chair that a concern with that id exists.
  'chairConcerns.list': 'anyone',
  'chairConcerns.get': 'anyone',
  'chairConcerns.create': 'qa-manager',
  'chairConcerns.command': 'chair',
  'chairConcerns.letter': 'chair',
  'profile.active': 'anyone',
  'children.list': 'anyone',
  'children.get': 'anyone',
  'children.create': 'chair',
  'children.update': 'chair',
  'escalations.list': 'anyone',
  'escalations.get': 'anyone',
  'escalations.raise': 'chair',
  'escalations.command': 'chair',
  'reports.dashboard': 'anyone',
  'reports.period': 'anyone',
  'reports.annual': 'anyone',
  'reports.export': 'anyone',
  'reports.commentary': 'anyone',
  'reports.commentary.save': 'chair',
  'themes.list': 'anyone',
  'themes.get': 'anyone',
  'themes.create': 'chair',
  'themes.update': 'chair',
  'themes.setStatus': 'chair',
  'themes.addNote': 'chair',
  'themes.link': 'chair',
  'themes.unlink': 'chair',
  'themes.forEscalation': 'anyone',
  'views.list': 'anyone',
  'views.save': 'chair',
  'views.remove': 'chair',
  'escalations.csv': 'anyone',
  'reminders.mine': 'anyone',
  // My day and the conference summary only read.
  'myday.get': 'anyone',
  'myday.returnedForms': 'anyone',
  'escalations.previewDue': 'anyone',
  'children.conferenceSummary': 'anyone',
  'tracker.facets': 'anyone',
  'trackerFile.status': 'anyone',
  'trackerFile.open': 'anyone',
  'trackerFile.openServer': 'anyone',
  'trackerFile.create': 'anyone',
  'trackerFile.useDefault': 'anyone',
  'trackerFile.recent': 'anyone',
  'trackerFile.browse': 'anyone',
  'feed.changes': 'anyone',
  'presence.beat': 'anyone',
  'backups.make': 'chair',
  'backups.list': 'anyone',
  // 'new-file' touches nobody's work; 'replace' is checked for an administrator in the service (it must
  // also work when the tracker cannot be opened, so there are no roles to read).
  'backups.restore': 'anyone',
  'trackerFile.check': 'anyone',
  'drafts.list': 'anyone',
  'drafts.save': 'anyone',
  'letters.settings.get': 'anyone',
  'letters.settings.save': 'administrator',
  'letters.options': 'anyone',
  'letters.generate': 'chair',
  'letters.list': 'anyone',
  'letters.download': 'anyone',
  'letters.open': 'anyone',
  'letters.batch': 'chair',
  'letters.themes': 'anyone',
  'letters.templates.list': 'anyone',
  'letters.templates.import': 'administrator',
  'letters.templates.remove': 'administrator',
  'letters.placeholders': 'anyone',
  'letters.returned.read': 'anyone',
  'letters.returned.record': 'chair',
  'people.me': 'anyone',
  // First run: a new account sets itself up (as "no access" until an administrator gives it a role).
  'people.setup': 'anyone',
  'people.list': 'anyone',
  'people.recipients': 'anyone',
  'people.create': 'administrator',
  'people.update': 'administrator',
  'people.setActive': 'administrator',
  'profiles.list': 'anyone',
  'profiles.get': 'anyone',
  'profiles.save': 'administrator',
  'profiles.activate': 'administrator',
  'profiles.delete': 'administrator',
  'settings.list': 'anyone',
  'settings.set': 'administrator',
  // The import reads a file by path on this desktop: only for those who may import.
  'import.inspect': 'administrator',
  'import.dryRun': 'administrator',
  'import.start': 'administrator',
  'import.status': 'administrator',
  'audit.list': 'qa-manager',
  'audit.csv': 'qa-manager',
  'export.xlsx': 'administrator',
};

const ALLOWED: Record<Exclude<ChannelRole, 'anyone'>, AppRole[]> = {
  chair: ['chair', 'qa-manager'],
  'qa-manager': ['qa-manager'],
  administrator: ['administrator'],
};

/** Completes "Only … can …" (the same sentences the services use inside their transactions). */
const WHAT: Partial<Record<Channel, string>> = {
  'letters.settings.save': 'change the letterhead',
  'letters.templates.import': 'add letter templates',
  'letters.templates.remove': 'remove letter templates',
  'letters.returned.record': 'record a manager’s returned form',
  'people.create': 'add people',
  'people.update': 'change people’s details and roles',
  'people.setActive': 'mark people as leavers',
  'profiles.save': 'change protocol profiles',
  'profiles.activate': 'choose the tracker’s protocol profile',
  'profiles.delete': 'delete protocol profiles',
  'settings.set': 'change the tracker’s settings',
  'import.inspect': 'import escalations from a spreadsheet',
  'import.dryRun': 'import escalations from a spreadsheet',
  'import.start': 'import escalations from a spreadsheet',
  'import.status': 'import escalations from a spreadsheet',
  'audit.list': AUDIT_WHAT,
  'audit.csv': AUDIT_WHAT,
  'export.xlsx': 'export the whole tracker',
};

/**
 * Channels whose service checks the role inside its own write transaction (one transaction per click: the check
 * and the write see the same people and roles). The guard at the door leaves them to it.
 */
export const CHECKED_IN_WRITE: ReadonlySet<Channel> = new Set<Channel>(['escalations.raise', 'escalations.command']);

/** The channel's role check on access read inside the caller's transaction (see CHECKED_IN_WRITE). */
export function requireChannelRoleOf(access: ActorAccess, channel: Channel): void {
  const least = channelRoles[channel];
  if (least === 'anyone') return;
  requireRoleOf(access, ALLOWED[least], WHAT[channel] ?? 'make changes in the tracker');
}

/** Refuses (FORBIDDEN) unless the acting person's app role may use `channel`. */
export async function requireChannelRole(ctx: ServiceContext, channel: Channel): Promise<void> {
  const least = channelRoles[channel];
  if (least === 'anyone') return;
  await ctx.tracker.readTx((tx) => requireAppRole(ctx, tx, ALLOWED[least], WHAT[channel] ?? 'make changes in the tracker'));
}

/** Every handler behind its channel's role check. */
export function guardByRole(ctx: ServiceContext, handlers: Handlers<void>): Handlers<void> {
  const guarded: Record<string, (input: unknown, c: void) => Promise<unknown>> = {};
  for (const [channel, handler] of Object.entries(handlers) as [Channel, (input: unknown, c: void) => Promise<unknown>][]) {
    guarded[channel] =
      channelRoles[channel] === 'anyone' || CHECKED_IN_WRITE.has(channel)
        ? handler
        : async (input, c) => {
            await requireChannelRole(ctx, channel);
            return handler(input, c);
          };
  }
  return guarded as Handlers<void>;
}
