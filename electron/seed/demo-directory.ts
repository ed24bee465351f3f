import type { JobRole } from '../../shared/people/roles';
import { jobRoleForRecipient, jobRoleLabels } from '../../shared/people/roles';
import type { NamedPerson } from '../../shared/engine/types';
import { chairs, teams } from './names';

/** A person of the demo tracker's directory: named managers by team, the chairs, a QA manager and an administrator. */
export interface DemoPerson {
  id: string;
  name: string;
  jobRole: JobRole;
  team: string | null;
  email: string;
  /** The Windows account a chair signs in with (their name, as `--user` gives it to the web host). */
  osUser: string | null;
  appRole: 'none' | 'chair' | 'qa-manager' | 'administrator';
  /** The teams a manager covers (their People team is the first). */
  covers: string[];
}

const managers: Record<string, string[]> = {
  'team-manager': ['Tom Barker', 'Anna Lee', 'Rob Hayes', 'Sara Quinn', 'Ben Carter', 'Gita Rao', 'Paul Nash', 'Ruth Mills'],
  'service-manager': ['Dana Okafor', 'Lewis Grant', 'Meera Joshi', 'Callum Reid'],
  'head-of-service': ['Sam Ward', 'Helen Brooks'],
};

const email = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@demo.example.gov.uk`;

/**
 * The directory of a demo tracker: each team's own team manager, a service manager for each pair of teams,
 * a head of service for looked-after teams and one for child protection teams, an assistant director, a
 * director, the Safeguarding Business Manager, the QA manager, the chairs, and the demo's administrator
 * (the account that made it).
 */
export function demoDirectory(adminOsUser: string): DemoPerson[] {
  const people: DemoPerson[] = [];
  const add = (name: string, jobRole: JobRole, team: string | null, appRole: DemoPerson['appRole'] = 'none', osUser: string | null = null) => {
    const known = people.find((p) => p.name === name);
    if (known) known.covers.push(...(team ? [team] : []));
    else people.push({ id: `person-${people.length + 1}`, name, jobRole, team, email: email(name), osUser, appRole, covers: team ? [team] : [] });
  };
  teams.forEach((team, i) => add(managers['team-manager']![i % 8]!, 'team-manager', team));
  teams.forEach((team, i) => add(managers['service-manager']![Math.floor(i / 2)]!, 'service-manager', team));
  teams.forEach((team, i) => add(managers['head-of-service']![i < 2 || i >= 5 ? 0 : 1]!, 'head-of-service', team));
  add('Joanne Fry', 'assistant-director', null);
  add('Martin Cole', 'director', null);
  add('Grace Obi', 'business-manager', null);
  add('Lorna Price', 'qa-manager', null, 'qa-manager', 'lorna price');
  for (const chair of chairs) add(chair, 'chair', null, 'chair', chair.toLowerCase());
  add('Demo Administrator', 'administrator', null, 'administrator', adminOsUser.trim().toLowerCase());
  return people;
}

/** Which team a manager covers: the team managers by team, the others by the teams they were listed for. */
export function demoRecipient(directory: readonly DemoPerson[], role: string, team: string): NamedPerson | null {
  const job = jobRoleForRecipient(role);
  if (!job) return null;
  const holders = directory.filter((p) => p.jobRole === job);
  const person = holders.find((p) => p.covers.includes(team)) ?? holders[0];
  return person ? { name: person.name, role: jobRoleLabels[person.jobRole].replace(/^./, (c) => c.toUpperCase()), email: person.email, personId: person.id } : null;
}

/** The team manager the demo child's record names. */
export const demoTeamManager = (directory: readonly DemoPerson[], team: string): string => directory.find((p) => p.jobRole === 'team-manager' && p.covers.includes(team))?.name ?? '';
