import type { Profile, StepOutcome } from './schema';

/** Key of the informal stage (as in shared/engine INFORMAL; kept here so shared/profile imports nothing else). */
const INFORMAL_KEY = 'informal';

/**
 * A stage's name as the procedure writes it, for a stage key anywhere in the profile ("informal" is the
 * informal stage). Ladders sharing a key share the first ladder's label; an unknown key is shown as itself.
 */
export function stageLabel(profile: Profile, key: string, ladderKey?: string): string {
  // The escalation's own ladder first: Haringey's looked-after "Informal stage or Alert" is not its CP ladder's
  // "Informal Escalation of Concern" (one label per stage, the same in history as on the stepper).
  const own = ladderKey === undefined ? undefined : profile.ladders.find((l) => l.key === ladderKey);
  if (own) {
    if (key === INFORMAL_KEY && own.informal) return own.informal.label;
    const stage = own.stages.find((s) => s.key === key);
    if (stage) return stage.label;
  }
  if (key === INFORMAL_KEY) return profile.ladders.find((l) => l.informal)?.informal?.label ?? 'Informal stage';
  for (const ladder of profile.ladders) {
    const stage = ladder.stages.find((s) => s.key === key);
    if (stage) return stage.label;
  }
  return key;
}

/**
 * Every stage key of the profile once, in ladder order, with its label: for filters and pickers.
 * `informal` adds the informal stage first; `ladderNames` adds "(ladder)" when the profile has several.
 */
export function stageOptions(profile: Profile, options: { informal?: boolean; ladderNames?: boolean } = {}): { key: string; label: string }[] {
  const seen = new Map<string, string>();
  if (options.informal === true && profile.ladders.some((l) => l.informal)) seen.set(INFORMAL_KEY, stageLabel(profile, INFORMAL_KEY));
  const named = options.ladderNames === true && profile.ladders.length > 1;
  for (const ladder of profile.ladders) {
    for (const s of ladder.stages) if (!seen.has(s.key)) seen.set(s.key, named ? `${s.label} (${ladder.label})` : s.label);
  }
  return [...seen.entries()].map(([key, label]) => ({ key, label }));
}

/** A step's name as the profile writes it (the stage's implicit step is "Response"); an unknown key as itself. */
export function stepLabel(profile: Profile, stageKey: string, stepKey: string): string {
  for (const ladder of profile.ladders) {
    const step = ladder.stages.find((s) => s.key === stageKey)?.steps?.find((st) => st.key === stepKey);
    if (step) return step.label;
  }
  return stepKey;
}

/** The outcomes a decision step is recorded with, in the chair's words. */
export const stepOutcomeLabels: Record<StepOutcome, string> = {
  agreed: 'Agreed',
  'not-agreed': 'Not agreed',
  satisfactory: 'Satisfactory',
  unsatisfactory: 'Unsatisfactory',
};
