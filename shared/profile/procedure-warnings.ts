import type { Cohort, Profile, ResponseTime, Stage } from './schema';
import type { ProfileProblem } from './validate';

/**
 * Things a valid profile says that contradict each other or the law, reported by `profile check` as
 * warnings (a profile valid today stays valid): the administrator decides, with the sentence in front of them.
 */
export function procedureWarnings(profile: Profile, builtinIds: readonly string[] = []): ProfileProblem[] {
  const warnings: ProfileProblem[] = [];
  if (builtinIds.includes(profile.id)) {
    warnings.push({ path: 'id', message: `"${profile.id}" is the id of a built-in profile, which is taken: give this procedure a new id (e.g. "${profile.id}-local").` });
  }
  const cafcass = profile.rules.cafcass;
  const served = new Set<Cohort>(profile.ladders.flatMap((l) => l.cohorts));
  profile.ladders.forEach((ladder, li) => {
    ladder.stages.forEach((stage, si) => {
      const path = `ladders[${li}].stages[${si}]`;
      const looksLikeCafcass = /cafcass/i.test(`${stage.key} ${stage.label} ${stage.recipientRole}`);
      if (looksLikeCafcass && stage.cafcassReferral !== true) {
        warnings.push({ path, message: `${stage.label} looks like a referral to Cafcass: add "cafcassReferral": true so that only the cohorts in rules.cafcass can reach it.` });
      }
      if (stage.cafcassReferral === true || looksLikeCafcass) {
        if (!cafcass.allowed) warnings.push({ path, message: `${stage.label} is a Cafcass referral stage, but rules.cafcass.allowed is false: no child can reach it.` });
        const excluded = (stage.cohorts ?? ladder.cohorts).filter((c) => !cafcass.cohorts.includes(c));
        if (cafcass.allowed && excluded.length > 0 && (stage.cafcassReferral !== true || stage.cohorts?.some((c) => excluded.includes(c)))) {
          warnings.push({ path, message: `${stage.label} is a Cafcass referral stage in a ladder for ${excluded.join(', ')}, which rules.cafcass excludes (an IRO's referral concerns looked-after children).` });
        }
      }
    });
  });
  cafcass.cohorts.forEach((c, i) => {
    if (!served.has(c)) warnings.push({ path: `rules.cafcass.cohorts[${i}]`, message: `names the cohort "${c}", which no ladder serves.` });
  });
  const target = profile.overallTarget;
  if (target) {
    profile.ladders.forEach((ladder, li) => {
      const days = ladder.stages.map(stageWorkingDays).filter((d): d is number => d !== null);
      const total = days.reduce((a, b) => a + b, 0);
      if (total > target.workingDays) {
        warnings.push({
          path: `ladders[${li}]`,
          message: `${ladder.label}: its stages, chained, take ${days.join(' + ')} = ${total} working days, more than the overall target of ${target.workingDays} working days.`,
        });
      }
    });
  }
  return warnings;
}

/**
 * A stage's working days end to end: its own response time, or for a stage with steps its longest path
 * (each step after the one it counts from; a conditional step as if its condition held; alongside ones aside).
 */
function stageWorkingDays(stage: Stage): number | null {
  if (!stage.steps?.length) return workingDaysOf(stage.responseTime);
  const end = new Map<string, number>();
  let previous: number | null = null;
  let latest = 0;
  for (const step of stage.steps) {
    const own = workingDaysOf(step.time);
    if (own === null) return null;
    const start: number = step.alongside ? 0 : step.when ? (end.get(step.when.step) ?? 0) : (previous ?? 0);
    end.set(step.key, start + own);
    if (!step.alongside) {
      previous = start + own;
      latest = Math.max(latest, start + own);
    }
  }
  return latest;
}

function workingDaysOf(rt: ResponseTime): number | null {
  return rt !== null && 'workingDays' in rt ? rt.workingDays : null;
}
