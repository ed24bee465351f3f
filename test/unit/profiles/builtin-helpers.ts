import { getBuiltinProfile } from '../../../shared/profile/builtin';
import type { Ladder, Profile } from '../../../shared/profile/schema';

export function builtin(id: string): Profile {
  const profile = getBuiltinProfile(id);
  if (!profile) throw new Error(`no built-in profile "${id}"`);
  return profile;
}

export function ladderOf(profile: Profile, key: string): Ladder {
  const ladder = profile.ladders.find((l) => l.key === key);
  if (!ladder) throw new Error(`${profile.id} has no ladder "${key}"`);
  return ladder;
}

/** [label, recipient role, response time, kind] for each formal stage, in order. */
export function stageRows(ladder: Ladder): [string, string, unknown, string][] {
  return ladder.stages.map((s) => [s.label, s.recipientRole, s.responseTime, s.kind]);
}

export function categoryLabels(profile: Profile): string[] {
  return profile.categories.map((c) => c.label);
}

export function category(profile: Profile, key: string) {
  const found = profile.categories.find((c) => c.key === key);
  if (!found) throw new Error(`${profile.id} has no category "${key}"`);
  return found;
}

export function notesMention(profile: Profile, text: string): boolean {
  return profile.notes.some((n) => n.includes(text));
}
