import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../../../shared/profile/builtin';
import { haringeyProfile } from '../../../shared/profile/builtin/haringey';
import { procedureWarnings } from '../../../shared/profile/procedure-warnings';
import { profileSchema } from '../../../shared/profile/schema';
import { validateProfile } from '../../../shared/profile/validate';
import { profileInput } from '../engine/builders';

const withStage1Time = (rt: unknown) => {
  const p = profileInput() as unknown as { ladders: { stages: { responseTime: unknown }[] }[] };
  p.ladders[0]!.stages[0]!.responseTime = rt;
  return validateProfile(p);
};

describe('profile check messages', () => {
  it('names an unknown response time unit instead of "(found an object)"', () => {
    const r = withStage1Time({ days: 2 });
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([
      'uses "days", which is not a unit the profile format knows: give { "workingDays": N }, { "hours": N }, { "calendarDays": N }, or null when the procedure sets no timescale',
    ]);
  });

  it('says "a whole number" for a fractional count', () => {
    const r = withStage1Time({ workingDays: 2.5 });
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual(['workingDays must be a whole number (found 2.5)']);
  });
});

describe('profile check warnings', () => {
  // IRO Handbook 6.2 (quoted in seeds/001): "timescales in total of no more than 20 working days".
  it('warns when a ladder’s stages, chained, exceed the overall target', () => {
    const warnings = procedureWarnings(profileSchema.parse(haringeyProfile));
    expect(warnings.map((w) => w.message)).toContain(
      'Children subject to a child protection plan (CP Chair): its stages, chained, take 5 + 5 + 10 + 5 + 8 = 33 working days, more than the overall target of 20 working days.',
    );
  });

  it('reports Cafcass contradictions: a Cafcass stage without the flag, with referral not allowed, and a rule naming a cohort no ladder serves', () => {
    const input = profileInput();
    input.ladders[1]!.stages.push({ key: 'cafcass', label: 'Referral to Cafcass', recipientRole: 'Cafcass', responseTime: null, kind: 'external-referral' });
    input.rules.cafcass = { allowed: false, cohorts: ['looked-after'] };
    const messages = procedureWarnings(profileSchema.parse(input)).map((w) => `${w.path}: ${w.message}`);
    expect(messages).toEqual([
      'ladders[1].stages[2]: Referral to Cafcass looks like a referral to Cafcass: add "cafcassReferral": true so that only the cohorts in rules.cafcass can reach it.',
      'ladders[1].stages[2]: Referral to Cafcass is a Cafcass referral stage, but rules.cafcass.allowed is false: no child can reach it.',
    ]);
    input.rules.cafcass = { allowed: true, cohorts: ['looked-after'] };
    input.ladders[1]!.stages[2]!.cafcassReferral = true;
    input.ladders = input.ladders.slice(1);
    const second = procedureWarnings(profileSchema.parse(input)).map((w) => `${w.path}: ${w.message}`);
    expect(second).toEqual(['rules.cafcass.cohorts[0]: names the cohort "looked-after", which no ladder serves.']);
  });

  it('finds no Cafcass contradiction in the built-in profiles', () => {
    for (const p of builtinProfiles) expect(procedureWarnings(p).filter((w) => /cafcass/i.test(w.message))).toEqual([]);
  });
});
