import { describe, expect, it } from 'vitest';
import { freeKey, moved, problemIndex, setIn } from '../../../renderer/src/components/profile-editor/draft';
import { getBuiltinProfile } from '../../../shared/profile/builtin';
import { validateProfile } from '../../../shared/profile/validate';

describe('profile editor draft', () => {
  it('changes one path and leaves the original untouched', () => {
    const rutland = getBuiltinProfile('rutland')!;
    const edited = setIn(rutland, ['ladders', 0, 'stages', 1, 'responseTime'], { workingDays: 9 });
    expect(edited.ladders[0]!.stages[1]!.responseTime).toEqual({ workingDays: 9 });
    expect(rutland.ladders[0]!.stages[1]!.responseTime).toEqual({ workingDays: 5 });
    expect(edited.ladders[0]!.stages[0]).toBe(rutland.ladders[0]!.stages[0]);
  });

  it('finds each validator problem at the field that shows it', () => {
    const draft = setIn(setIn(getBuiltinProfile('devon')!, ['ladders', 0, 'stages', 2, 'key'], 'Stage Three'), ['urgency', 'defaultLevel'], 'purple');
    const checked = validateProfile(draft);
    expect(checked.ok).toBe(false);
    const at = problemIndex(checked.ok ? [] : checked.problems);
    expect(at(['ladders', 0, 'stages', 2, 'key'])).toBe('This must be lower-case letters, digits and hyphens (e.g. "stage-1") (found the text "Stage Three").');
    expect(at(['urgency', 'defaultLevel'])).toBe('"purple" is not one of the urgency levels ("green", "amber", "red").');
    expect(at(['ladders', 0, 'stages', 1, 'key'])).toBeUndefined();
  });

  it('offers the next free key and moves items within bounds', () => {
    expect(freeKey('stage', ['stage-1', 'stage-2', 'stage-4'])).toBe('stage-5');
    expect(freeKey('stage', ['stage-2'])).toBe('stage-3');
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});
