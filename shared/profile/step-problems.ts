import type { ProfileProblem } from './validate';
import { duplicateKeys, isObj, str } from './raw-input';

/** Steps: unique keys; `when` names an EARLIER decision or response step; an alongside step has no `when`. */
export function stepProblems(steps: unknown, path: string): ProfileProblem[] {
  if (!Array.isArray(steps)) return [];
  const problems = duplicateKeys(steps, path, 'step');
  const seen: { key: string; kind: unknown }[] = [];
  steps.forEach((step, k) => {
    if (!isObj(step)) return;
    if (isObj(step.when)) {
      const ref = str(step.when.step);
      const earlier = seen.find((x) => x.key === ref);
      if (ref !== undefined && !earlier)
        problems.push({ path: `${path}[${k}].when.step`, message: `refers to the step "${ref}", which is not an earlier step of this stage: a step can only wait on one listed before it` });
      else if (earlier && earlier.kind !== 'decision' && earlier.kind !== 'response')
        problems.push({ path: `${path}[${k}].when.step`, message: `refers to the step "${ref}", which is a ${String(earlier.kind)}: only a decision or a response ends with an outcome to wait on` });
      if (step.alongside === true) problems.push({ path: `${path}[${k}].alongside`, message: 'a step that runs alongside counts from the stage opening, so it cannot also wait on another step (remove "when" or "alongside")' });
    }
    const own = str(step.key);
    if (own !== undefined) seen.push({ key: own, kind: step.kind });
  });
  return problems;
}
