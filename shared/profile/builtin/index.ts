import type { Profile, ProfileInput } from '../schema';
import { formatProblems, validateProfile } from '../validate';
import { devonProfile } from './devon';
import { haringeyProfile } from './haringey';
import { iroHandbookProfile } from './iro-handbook';
import { lcsFormProfile } from './lcs-form';
import { rutlandProfile } from './rutland';
import { sloughProfile } from './slough';

/**
 * The built-in protocol profiles, one per seed document plus the generic default. They are checked at
 * module load (schema and semantic checks), so a mistake in one fails every test and the app at start
 * rather than surfacing halfway through an escalation. They are frozen: built-ins cannot be edited,
 * only copied (structuredClone) under a new id.
 */

export const DEFAULT_PROFILE_ID = 'iro-handbook';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function load(input: ProfileInput): Profile {
  const checked = validateProfile(input);
  if (!checked.ok) {
    throw new Error(`Built-in profile "${input.id}" is invalid:\n${formatProblems(checked.problems)}`);
  }
  return deepFreeze(checked.profile);
}

export const builtinProfiles: Profile[] = [
  iroHandbookProfile,
  lcsFormProfile,
  haringeyProfile,
  sloughProfile,
  devonProfile,
  rutlandProfile,
].map(load);

const byId = new Map(builtinProfiles.map((p) => [p.id, p]));

export function getBuiltinProfile(id: string): Profile | undefined {
  return byId.get(id);
}

export function isBuiltinProfileId(id: string): boolean {
  return byId.has(id);
}
