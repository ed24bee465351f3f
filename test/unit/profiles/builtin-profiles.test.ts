import { describe, expect, it } from 'vitest';
import { builtinProfiles, DEFAULT_PROFILE_ID, getBuiltinProfile, isBuiltinProfileId } from '../../../shared/profile/builtin';
import { parseProfileJson, validateProfile } from '../../../shared/profile/validate';

describe('built-in profiles', () => {
  it('provides one profile per seed document plus the generic default', () => {
    expect(builtinProfiles.map((p) => p.id)).toEqual(['iro-handbook', 'lcs-form', 'haringey', 'slough', 'devon', 'rutland']);
  });

  it('makes the IRO Handbook profile the default', () => {
    expect(DEFAULT_PROFILE_ID).toBe('iro-handbook');
    expect(getBuiltinProfile(DEFAULT_PROFILE_ID)?.id).toBe('iro-handbook');
  });

  it('finds nothing for an unknown id', () => {
    expect(getBuiltinProfile('nowhere')).toBeUndefined();
    expect(isBuiltinProfileId('nowhere')).toBe(false);
    expect(isBuiltinProfileId('devon')).toBe(true);
  });

  it.each(builtinProfiles.map((p) => [p.id, p] as const))('%s passes validateProfile, also as JSON text', (_id, profile) => {
    expect(validateProfile(profile)).toEqual({ ok: true, profile });
    expect(parseProfileJson(JSON.stringify(profile, null, 2))).toEqual({ ok: true, profile });
  });

  it.each(builtinProfiles.map((p) => [p.id, p] as const))('%s names its source document and records its choices', (id, profile) => {
    expect(profile.source).toMatch(id === 'iro-handbook' ? /IRO Handbook/ : /^seeds\/00\d_[0-9a-f]{16}\.txt – /);
    expect(profile.notes.length).toBeGreaterThan(0);
  });

  it.each(builtinProfiles.map((p) => [p.id, p] as const))('%s has a timescale on every stage except external referrals', (_id, profile) => {
    for (const ladder of profile.ladders) {
      for (const stage of ladder.stages) {
        if (stage.kind === 'external-referral') expect(stage.responseTime).toBeNull();
        else expect(stage.responseTime).not.toBeNull();
      }
      const referral = ladder.stages.findIndex((s) => s.kind === 'external-referral');
      if (referral >= 0) expect(referral).toBe(ladder.stages.length - 1);
    }
  });

  it('lets IROs refer only looked-after children to Cafcass, in every profile', () => {
    for (const profile of builtinProfiles) expect(profile.rules.cafcass.cohorts).toEqual(['looked-after']);
  });

  it('cannot be edited in place', () => {
    const devon = getBuiltinProfile('devon');
    expect(() => {
      (devon as { name: string }).name = 'Changed';
    }).toThrow(TypeError);
    expect(() => devon?.ladders[0]?.stages.push(devon.ladders[0]!.stages[0]!)).toThrow(TypeError);
  });

  it('can be copied under a new id and edited', () => {
    const copy = structuredClone(getBuiltinProfile('slough')!);
    copy.id = 'slough-local';
    copy.ladders[0]!.stages[0]!.responseTime = { workingDays: 3 };
    const result = validateProfile(copy);
    expect(result.ok).toBe(true);
    expect(getBuiltinProfile('slough')?.ladders[0]?.stages[0]?.responseTime).toEqual({ workingDays: 5 });
  });
});
