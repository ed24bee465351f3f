import type { Addressee } from './types';
import { roleKeys, roleMatches } from '../../shared/people/role-match';

export { roleMatches };

/** A row of the people directory, as the letters need it. */
export interface DirectoryPerson {
  name: string;
  role: string;
  email: string | null;
  team: string | null;
}

function byName(directory: readonly DirectoryPerson[], name: string): DirectoryPerson | undefined {
  const want = name.trim().toLowerCase();
  if (!want) return undefined;
  const found = directory.filter((p) => p.name.trim().toLowerCase() === want);
  return found.length === 1 ? found[0] : found.find((p) => p.email);
}

/**
 * The one person holding a role, preferring the child's team. Several candidates and no way to choose
 * means nobody: the chair picks, the letter never guesses.
 */
function byRole(directory: readonly DirectoryPerson[], role: string, team: string): DirectoryPerson | undefined {
  const holders = directory.filter((p) => roleMatches(p.role, role));
  if (holders.length === 1) return holders[0];
  const inTeam = holders.filter((p) => team && p.team?.trim().toLowerCase() === team.trim().toLowerCase());
  return inTeam.length === 1 ? inTeam[0] : undefined;
}

/** A named person (the child's social worker, the chair): their address if the directory has it. */
export function namedPerson(directory: readonly DirectoryPerson[], name: string, role: string): Addressee {
  const person = byName(directory, name);
  return { role, name: name.trim(), email: person?.email ?? null };
}

/**
 * The recipient of a stage letter. The team manager is the child's own (the child record names them);
 * other roles come from the directory; an unknown name stays blank for the chair to fill.
 */
export function recipientFor(directory: readonly DirectoryPerson[], role: string, child: { teamManager: string; team: string }): Addressee {
  if (child.teamManager && roleKeys(role).some((k) => k === 'team-manager' || k === 'social-worker-team-manager')) {
    return namedPerson(directory, child.teamManager, role);
  }
  const person = byRole(directory, role, child.team);
  return { role, name: person?.name ?? '', email: person?.email ?? null };
}

/** The people a profile copies in by role (e.g. the Safeguarding Business Manager). */
export function copyToPeople(directory: readonly DirectoryPerson[], roles: readonly string[], team: string): Addressee[] {
  return roles.map((role) => {
    const person = byRole(directory, role, team);
    return { role, name: person?.name ?? '', email: person?.email ?? null };
  });
}

/** "Tom Barker, Team Manager" or the role alone. */
export function describeAddressee(a: Addressee): string {
  return a.name ? `${a.name}, ${a.role}` : a.role;
}

/** Removes repeats (same address, or same name without one) and blanks, keeping the first. */
export function uniqueAddressees(list: readonly Addressee[], exclude: readonly Addressee[] = []): Addressee[] {
  const seen = new Set(exclude.map(keyOf).filter(Boolean));
  const outList: Addressee[] = [];
  for (const a of list) {
    const key = keyOf(a);
    if (!a.name && !a.email && !a.role) continue;
    if (key && seen.has(key)) continue;
    if (key) seen.add(key);
    outList.push(a);
  }
  return outList;
}

function keyOf(a: Addressee): string {
  return a.email ? a.email.toLowerCase() : a.name ? `name:${a.name.toLowerCase()}` : '';
}
