import { describe, expect, it } from 'vitest';
import { formatPath, formatProblems, validateProfile, type ProfileCheck, type ProfileProblem } from '../../../shared/profile/validate';
import { aProfile, loose, stagesOf, type StageInput } from './profile-builder';

function problemsOf(result: ProfileCheck): ProfileProblem[] {
  if (result.ok) throw new Error('expected the profile to be rejected');
  return result.problems;
}

function pathsOf(result: ProfileCheck): string[] {
  return problemsOf(result).map((p) => p.path);
}

describe('validateProfile', () => {
  it('accepts a small valid profile and fills in the defaults', () => {
    const result = validateProfile(aProfile());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.region).toBe('england-and-wales');
    expect(result.profile.closureDays).toEqual([]);
    expect(stagesOf(result.profile)[0]?.copyTo).toEqual([]);
    expect(result.profile.rules.cafcass.cohorts).toEqual(['looked-after']);
    expect(result.profile.rules.bypass.reasonRequired).toBe(true);
  });

  it('lists a stage without a response time and a duplicate category key together, each with its path', () => {
    const p = aProfile();
    delete (stagesOf(p)[1] as Partial<StageInput>).responseTime;
    p.categories.push({ key: 'safeguarding', label: 'Safeguarding again' });

    const problems = problemsOf(validateProfile(p));

    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems).toContainEqual({
      path: 'ladders[0].stages[1].responseTime',
      message: expect.stringContaining('is required but missing') as unknown as string,
    });
    expect(problems).toContainEqual({
      path: 'categories[2].key',
      message: expect.stringContaining('"safeguarding" already used by categories[0]') as unknown as string,
    });
  });

  it('lists every problem at once rather than stopping at the first', () => {
    const p = loose(aProfile({ id: 'Not A Key', name: '' }));
    const ladder = (p.ladders as Record<string, unknown>[])[0] as Record<string, unknown>;
    (ladder.stages as Record<string, unknown>[])[0]!.kind = 'letter';
    ladder.cohorts = ['looked-after', 'fostering'];
    p.urgency = { ...(p.urgency as object), defaultLevel: 'purple' };
    p.closureDays = ['2025-02-30'];

    const paths = pathsOf(validateProfile(p));

    expect(paths).toEqual(
      expect.arrayContaining([
        'id',
        'name',
        'ladders[0].stages[0].kind',
        'ladders[0].cohorts[1]',
        'urgency.defaultLevel',
        'closureDays[0]',
      ]),
    );
  });

  it('never returns a profile when there is any problem', () => {
    const p = aProfile();
    p.outcomes = [{ key: 'x', label: 'X', categories: ['not-a-category'] }];
    const result = validateProfile(p);
    expect(result.ok).toBe(false);
    expect('profile' in result).toBe(false);
  });

  describe('duplicate keys', () => {
    it('rejects two ladders with the same key', () => {
      const p = aProfile();
      p.ladders.push({ ...structuredClone(p.ladders[0]!), cohorts: ['transition'] });
      expect(pathsOf(validateProfile(p))).toEqual(['ladders[1].key']);
    });

    it('rejects two stages with the same key in one ladder', () => {
      const p = aProfile();
      stagesOf(p)[1]!.key = 'stage-1';
      const problems = problemsOf(validateProfile(p));
      expect(problems).toEqual([
        { path: 'ladders[0].stages[1].key', message: expect.stringContaining('stage key "stage-1"') as unknown as string },
      ]);
    });

    it('allows the same stage key in different ladders', () => {
      const p = aProfile();
      p.ladders = [
        { ...structuredClone(p.ladders[0]!), key: 'lac', cohorts: ['looked-after'] },
        { ...structuredClone(p.ladders[0]!), key: 'cp', cohorts: ['child-protection'] },
      ];
      expect(validateProfile(p).ok).toBe(true);
    });

    it('rejects duplicate outcome keys', () => {
      const p = aProfile();
      p.outcomes = [
        { key: 'safe', label: 'Safe' },
        { key: 'safe', label: 'Safe again' },
      ];
      expect(pathsOf(validateProfile(p))).toEqual(['outcomes[1].key']);
    });

    it('rejects duplicate urgency level keys', () => {
      const p = aProfile();
      p.urgency!.levels.push({ key: 'urgent', label: 'Very urgent', colour: 'red', responseTime: { hours: 4 } });
      expect(pathsOf(validateProfile(p))).toEqual(['urgency.levels[2].key']);
    });
  });

  it('rejects an urgency default level that is not one of the levels', () => {
    const p = aProfile();
    p.urgency!.defaultLevel = 'purple';
    expect(problemsOf(validateProfile(p))).toEqual([
      { path: 'urgency.defaultLevel', message: '"purple" is not one of the urgency levels ("normal", "urgent")' },
    ]);
  });

  it('rejects an outcome tied to a category the profile does not define', () => {
    const p = aProfile();
    p.outcomes = [{ key: 'safe', label: 'Safe', categories: ['safeguarding', 'missing'] }];
    expect(pathsOf(validateProfile(p))).toEqual(['outcomes[0].categories[1]']);
  });

  it('rejects a category for a cohort that no ladder covers', () => {
    const p = aProfile();
    p.categories.push({ key: 'adult-services', label: 'Transition to adult services', cohorts: ['transition'] });
    expect(problemsOf(validateProfile(p))[0]).toEqual({
      path: 'categories[2].cohorts[0]',
      message: expect.stringContaining('no ladder covers it') as unknown as string,
    });
  });

  it('rejects closure days that are not real dates, and badly written ones', () => {
    const p = aProfile({ closureDays: ['2025-12-24', '2025-02-29', '24/12/2025'] });
    const problems = problemsOf(validateProfile(p));
    expect(problems.map((x) => x.path)).toEqual(['closureDays[2]', 'closureDays[1]']);
    expect(problems[1]?.message).toBe('"2025-02-29" is not a real calendar date');
    expect(validateProfile(aProfile({ closureDays: ['2024-02-29'] })).ok).toBe(true);
  });

  it('rejects a bypass target that is not a stage of any ladder', () => {
    const p = aProfile();
    p.rules.bypass.toStageKeys = ['stage-2', 'stage-9'];
    expect(pathsOf(validateProfile(p))).toEqual(['rules.bypass.toStageKeys[1]']);
  });

  it('names an unknown field by its own path, so a misspelling is easy to find', () => {
    const p = loose(aProfile());
    const stage = ((p.ladders as Record<string, unknown>[])[0]!.stages as Record<string, unknown>[])[0]!;
    stage.responseTimes = stage.responseTime;
    expect(problemsOf(validateProfile(p))).toEqual([
      { path: 'ladders[0].stages[0].responseTimes', message: expect.stringContaining('not a field') as unknown as string },
    ]);
  });

  it('explains the accepted response time forms when two units are given', () => {
    const p = loose(aProfile());
    const stage = ((p.ladders as Record<string, unknown>[])[0]!.stages as Record<string, unknown>[])[0]!;
    stage.responseTime = { workingDays: 5, hours: 24 };
    const [problem] = problemsOf(validateProfile(p));
    expect(problem?.path).toBe('ladders[0].stages[0].responseTime');
    expect(problem?.message).toContain('{ "workingDays": N }, { "hours": N }, { "calendarDays": N }, or null');
  });

  it('reports a negative number inside a response time at the number itself', () => {
    const p = aProfile();
    stagesOf(p)[0]!.responseTime = { workingDays: -1 };
    expect(problemsOf(validateProfile(p))).toEqual([
      { path: 'ladders[0].stages[0].responseTime.workingDays', message: 'must be at least 0 (found -1)' },
    ]);
  });

  it('says which values are allowed for a stage kind', () => {
    const p = loose(aProfile());
    ((p.ladders as Record<string, unknown>[])[0]!.stages as Record<string, unknown>[])[0]!.kind = 'letter';
    expect(problemsOf(validateProfile(p))[0]?.message).toBe(
      'must be one of "written-response", "meeting", "external-referral" (found the text "letter")',
    );
  });

  it('rejects something that is not an object at all', () => {
    expect(problemsOf(validateProfile([]))).toEqual([{ path: '(profile)', message: 'must be an object { … }, not a list' }]);
    expect(validateProfile(undefined).ok).toBe(false);
  });

  it('requires at least one ladder, one stage and one category', () => {
    const p = aProfile({ categories: [], outcomes: [] });
    p.ladders[0]!.stages = [];
    expect(problemsOf(validateProfile(p))).toEqual([
      { path: 'ladders[0].stages', message: 'must list at least one item' },
      { path: 'categories', message: 'must list at least one item' },
    ]);
    expect(problemsOf(validateProfile(aProfile({ ladders: [], outcomes: [], categories: [{ key: 'x', label: 'X' }] })))).toEqual([
      { path: 'ladders', message: 'must list at least one item' },
    ]);
  });
});

describe('formatting problems', () => {
  it('writes paths the way a person reads them', () => {
    expect(formatPath(['ladders', 0, 'stages', 2, 'responseTime'])).toBe('ladders[0].stages[2].responseTime');
    expect(formatPath([])).toBe('(profile)');
    expect(formatPath(['notes', 'odd key'])).toBe('notes["odd key"]');
  });

  it('puts one problem per line for the command line', () => {
    expect(
      formatProblems([
        { path: 'id', message: 'must not be empty' },
        { path: 'categories', message: 'must list at least one item' },
      ]),
    ).toBe('id: must not be empty\ncategories: must list at least one item');
  });
});
