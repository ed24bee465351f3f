/**
 * People have two roles. The job role says who they are in the authority (it decides who a letter goes to
 * and who is copied in); the app role says what they may do in the tracker. Managers who only receive
 * letters have no app role.
 */

export const jobRoles = [
  'chair',
  'qa-manager',
  'assistant-team-manager',
  'team-manager',
  'service-manager',
  'head-of-service',
  'assistant-director',
  'director',
  'business-manager',
  'administrator',
  'other',
] as const;
export type JobRole = (typeof jobRoles)[number];

export const jobRoleLabels: Record<JobRole, string> = {
  chair: 'Independent Chair (IRO / CP Chair)',
  'qa-manager': 'Reviewing service / QA manager',
  'assistant-team-manager': 'Assistant team manager',
  'team-manager': 'Team manager',
  'service-manager': 'Service manager',
  'head-of-service': 'Head of service',
  'assistant-director': 'Assistant director',
  director: 'Director',
  'business-manager': 'Safeguarding Business Manager',
  administrator: 'Business support / administrator',
  other: 'Other',
};

/** What a person may do in the app. `none`: in the people list only (letter recipients). */
export const appRoles = ['none', 'chair', 'qa-manager', 'administrator'] as const;
export type AppRole = (typeof appRoles)[number];

export const appRoleLabels: Record<AppRole, string> = {
  none: 'No access (letter recipient only)',
  chair: 'Chair: raise and record escalations',
  'qa-manager': 'QA / reviewing service manager: oversight and reports',
  administrator: 'Administrator: also people, profile, templates, import',
};

/** The app role a person gets when none was chosen: chairs and QA managers use the app; managers receive letters. */
export function defaultAppRole(job: JobRole): AppRole {
  switch (job) {
    case 'chair':
      return 'chair';
    case 'qa-manager':
      return 'qa-manager';
    case 'administrator':
      return 'administrator';
    case 'assistant-team-manager':
    case 'team-manager':
    case 'service-manager':
    case 'head-of-service':
    case 'assistant-director':
    case 'director':
    case 'business-manager':
    case 'other':
      return 'none';
    default: {
      const unreachable: never = job;
      return unreachable;
    }
  }
}

const normalise = (s: string) => s.toLowerCase().replace(/[’'()]/g, '').replace(/[^a-z]+/g, ' ').trim();

/**
 * The job role a profile's stage recipient means ("Team Manager (TM)" → team-manager, "Director for People"
 * → director), or null when it is someone outside the people list (Cafcass, the LSCB chair).
 * Order matters: "Assistant Team Manager" must not be read as "Team Manager".
 */
export function jobRoleForRecipient(recipientRole: string): JobRole | null {
  const r = ` ${normalise(recipientRole)} `;
  if (/ cafcass | lscb | chief executive | elected member /.test(r)) return null;
  if (/ assistant team manager | atm /.test(r)) return 'assistant-team-manager';
  if (/ team manager | tm /.test(r) && !/^ deputy team manager $/.test(r)) return 'team-manager';
  if (/ deputy team manager /.test(r)) return 'assistant-team-manager';
  if (/ service manager | area manager /.test(r)) return 'service-manager';
  if (/ head of service | hos /.test(r)) return 'head-of-service';
  if (/ assistant director | ad /.test(r)) return 'assistant-director';
  if (/ director /.test(r)) return 'director';
  if (/ business manager /.test(r)) return 'business-manager';
  return null;
}
