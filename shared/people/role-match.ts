/**
 * Roles as the procedure words them and as the People directory keeps them: one matcher for letters (who a letter
 * goes to) and the engine (whether the person a chair says agreed holds the role the procedure names).
 */

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The directory stores roles as short keys (team-manager, service-manager, head-of-service, director,
 * business-manager, qa-manager …) while profiles word them as the procedure does. These are the
 * procedure's longer names for the directory's keys.
 */
const aliases: Record<string, string[]> = {
  'safeguarding-business-manager': ['business-manager'],
  'quality-assurance-manager': ['qa-manager'],
  'director-of-childrens-services': ['director'],
  'director-for-people': ['director'],
  'deputy-team-manager': ['team-manager'],
  'assistant-director-operations': ['assistant-director'],
  atm: ['assistant-team-manager'],
  tm: ['team-manager'],
  hos: ['head-of-service'],
  ad: ['assistant-director'],
  // Slough: "in conjunction with the Reviewing Service Manager"; Devon: "the QARSS UNIT Operations Manager".
  'reviewing-service-manager': ['qa-manager'],
  // Haringey: the chair "will consult with their line manager" — a chair's line manager runs the reviewing service.
  'line-manager': ['qa-manager'],
  // Slough's Cafcass referral is agreed with "the AD Quality, Improvement and Practice".
  'ad-quality-improvement-and-practice': ['assistant-director'],
  'qarss-unit-operations-manager': ['qa-manager', 'qarss-operations-manager', 'operations-manager'],
};

/** "Team Manager/Deputy Team Manager" → team-manager, deputy-team-manager; "Head of Service (HOS)" → head-of-service, hos. */
export function roleKeys(role: string): string[] {
  const parts = role
    .split(/\/|&|\bor\b|\(|\)/i)
    .map(slug)
    .filter(Boolean);
  const keys = new Set([slug(role), ...parts]);
  for (const k of [...keys]) for (const a of aliases[k] ?? []) keys.add(a);
  return [...keys];
}

/** Whether a person's role (a directory key or a typed role) is the role a procedure names. */
export function roleMatches(personRole: string, wanted: string): boolean {
  return roleKeys(wanted).includes(slug(personRole));
}
