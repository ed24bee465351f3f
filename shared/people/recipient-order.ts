import { jobRoleForRecipient, jobRoleLabels, type JobRole } from './roles';

/** A person the picker offers for a stage's letter, with why they are offered. */
export interface RecipientCandidate {
  name: string;
  /** Their role as the letter prints it: the directory's job role, or the role named last time. */
  role: string;
  email: string;
  /** Their People record; null for someone named once and not kept in People. */
  personId: string | null;
  team: string;
  /** "Named last time for CIC 2", "The child's team manager", "Same team" — or '' for the rest. */
  why: string;
}

export interface DirectoryEntry {
  id: string;
  name: string;
  email: string;
  jobRole: JobRole;
  team: string;
}

export interface CandidateQuery {
  /** The stage's recipient role in the procedure's words ("Head of Service (HOS)"). */
  recipientRole: string;
  /** The child's team. */
  team: string;
  /** The child record's social worker and team manager, by name. */
  child?: { socialWorker: string; teamManager: string };
  /** The person last named for this role in this team. */
  last?: { name: string; role: string; email: string | null; personId: string | null } | null;
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * The picker's order: the person last named for this role in this team first, then the child's own team
 * manager (or social worker) when the stage goes to that role, then People holding the role in the child's
 * team, then in other teams (each by name), then the child's social worker and team manager for any other
 * stage. Nobody twice. Pure, so the order is tested without a tracker.
 */
export function orderCandidates(directory: readonly DirectoryEntry[], q: CandidateQuery): RecipientCandidate[] {
  const role = jobRoleForRecipient(q.recipientRole);
  const team = norm(q.team);
  const out: RecipientCandidate[] = [];
  const seen = new Set<string>();
  const keyOf = (c: { personId: string | null; name: string }) => (c.personId ? `id:${c.personId}` : `name:${norm(c.name)}`);
  const push = (c: RecipientCandidate) => {
    if (!c.name.trim()) return;
    const k = keyOf(c);
    // A person already offered by id is not offered again by name, nor the reverse.
    if (seen.has(k) || seen.has(`name:${norm(c.name)}`)) return;
    seen.add(k);
    seen.add(`name:${norm(c.name)}`);
    out.push(c);
  };
  const fromDirectory = (p: DirectoryEntry, why: string): RecipientCandidate => ({ name: p.name, role: jobRoleLabels[p.jobRole], email: p.email, personId: p.id, team: p.team, why });
  const byName = (name: string) => directory.find((p) => norm(p.name) === norm(name));
  if (q.last) {
    const p = q.last.personId ? directory.find((d) => d.id === q.last!.personId) : byName(q.last.name);
    const why = `Named last time${q.team ? ` for ${q.team}` : ''}`;
    push(p ? { ...fromDirectory(p, why), role: q.last.role || jobRoleLabels[p.jobRole] } : { name: q.last.name, role: q.last.role, email: q.last.email ?? '', personId: null, team: q.team, why });
  }
  const childPeople: { name: string; jobRole: JobRole | 'social-worker'; why: string }[] = [];
  if (q.child?.teamManager) childPeople.push({ name: q.child.teamManager, jobRole: 'team-manager', why: 'The child’s team manager' });
  if (q.child?.socialWorker) childPeople.push({ name: q.child.socialWorker, jobRole: 'social-worker', why: 'The child’s social worker' });
  const childCandidate = (c: (typeof childPeople)[number]): RecipientCandidate => {
    const p = byName(c.name);
    return p ? fromDirectory(p, c.why) : { name: c.name, role: c.jobRole === 'social-worker' ? 'Social Worker' : jobRoleLabels[c.jobRole], email: '', personId: null, team: q.team, why: c.why };
  };
  const wantsSocialWorker = /social worker/i.test(q.recipientRole) && !role;
  for (const c of childPeople) if ((role !== null && c.jobRole === role) || (wantsSocialWorker && c.jobRole === 'social-worker')) push(childCandidate(c));
  const holders = role ? directory.filter((p) => p.jobRole === role).sort((a, b) => a.name.localeCompare(b.name)) : [];
  for (const p of holders) if (team && norm(p.team) === team) push(fromDirectory(p, 'Same team'));
  for (const p of holders) push(fromDirectory(p, ''));
  for (const c of childPeople) push(childCandidate(c));
  return out;
}
