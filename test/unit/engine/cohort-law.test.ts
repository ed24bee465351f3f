import { describe, expect, it } from 'vitest';
import { allowedCommands, type Command } from '../../../shared/engine';
import { rutlandProfile } from '../../../shared/profile/builtin/rutland';
import { iroHandbookProfile } from '../../../shared/profile/builtin/iro-handbook';
import { profileSchema } from '../../../shared/profile/schema';
import { buildProfile, cmd, raise, story } from './builders';

const rutland = profileSchema.parse(rutlandProfile);
const MON = '2025-03-03T09:00:00Z';
const LATER = '2025-06-02T09:00:00Z';

const rutlandRaise = (cohort: 'child-protection' | 'looked-after', startAt = 'stage-4') =>
  raise({
    ladderKey: 'dispute-resolution',
    cohort,
    startAt,
    urgency: null,
    concern: { ...raise().concern, categoryKeys: [rutland.categories.find((c) => c.cohorts.length === 0 || c.cohorts.includes(cohort))!.key], expectedOutcomeKeys: [] },
  });

/** At Stage 5 the way the procedure allows: raised at Stage 4 (a bypass it names), then moved on to Stage 5. */
const atStage5 = (cohort: 'child-protection' | 'looked-after') => story(rutland).do(rutlandRaise(cohort), MON).do(cmd.escalate(), '2025-04-01T09:00:00Z');

// seeds/004 lists "Stage 6: CAFCASS" in a ladder for child-protection plans; an IRO's referral to Cafcass
// (regulation 45, IRO Handbook) concerns looked-after children, and the profile says so: cafcass.cohorts ['looked-after'].
describe('a Cafcass referral stage obeys the Cafcass rule', () => {
  it('refuses to escalate a child-protection case into "Stage 6: CAFCASS", saying what the chair can do instead', () => {
    const s = atStage5('child-protection');
    const r = s.try(cmd.escalate(), LATER);
    expect(r.ok ? null : r.error).toEqual({
      code: 'COHORT_EXCLUDED',
      message:
        'Stage 6: CAFCASS cannot be used for children subject to a child protection plan, so the concern cannot be escalated to it: a referral to Cafcass under this procedure is for looked-after children only. Keep the concern at Stage 5: Independent Chair of the LSCB, record the outcome there, or withdraw the escalation.',
    });
    expect(allowedCommands(s.state(), rutland, new Date(LATER)).kinds).not.toContain('escalate');
  });

  it('lets a looked-after case go to Stage 6', () => {
    const s = atStage5('looked-after').do(cmd.escalate(), LATER);
    expect(s.state().currentStageKey).toBe('stage-6');
  });

  it('refuses to raise a child-protection case at Stage 6 ("Start at")', () => {
    const r = story(rutland).try(rutlandRaise('child-protection', 'stage-6'), MON);
    expect(r.ok ? '' : r.error.code).toBe('COHORT_EXCLUDED');
    expect(r.ok ? '' : r.error.message).toMatch(/^Stage 6: CAFCASS cannot be used for children subject to a child protection plan, so the concern cannot be raised at it/);
  });

  it('leaves Stage 6 off a child-protection child’s stepper, but not a looked-after child’s', () => {
    const cp = story(rutland).do(rutlandRaise('child-protection', 'stage-1'), MON).state();
    const lac = story(rutland).do(rutlandRaise('looked-after', 'stage-1'), MON).state();
    expect(cp.stages.map((s) => s.key)).not.toContain('stage-6');
    expect(lac.stages.map((s) => s.key)).toContain('stage-6');
  });

  it('does not offer a bypass into a Cafcass stage for an excluded cohort (IRO Handbook ladder serves both cohorts)', () => {
    const handbook = profileSchema.parse(iroHandbookProfile);
    const ladder = handbook.ladders[0]!;
    const first = ladder.stages[0]!.key;
    const s = story(handbook).do(
      raise({ ladderKey: ladder.key, cohort: 'child-protection', startAt: first, urgency: null, concern: { ...raise().concern, categoryKeys: [handbook.categories[0]!.key], expectedOutcomeKeys: [] } }),
      MON,
    );
    const targets = allowedCommands(s.state(), handbook, new Date(MON)).bypassTargets.map((t) => t.key);
    expect(targets).not.toContain('cafcass');
    const r = s.try(cmd.bypass('cafcass'), MON);
    expect(r.ok ? '' : r.error.code).toBe('COHORT_EXCLUDED');
  });
});

describe('stages, categories and outcomes limited to cohorts', () => {
  const limited = buildProfile((p) => {
    p.ladders[0]!.stages[2]!.cohorts = ['looked-after'];
    p.outcomes!.push({ key: 'placement-stable', label: 'Placement stability plan agreed', cohorts: ['looked-after'] });
  });

  it('refuses a stage limited to another cohort of the same ladder', () => {
    const s = story(limited).do(raise({ cohort: 'transition', startAt: 'stage-2' }), MON);
    const r = s.try(cmd.escalate(), LATER);
    expect(r.ok ? '' : r.error.message).toMatch(/^Stage 3 cannot be used for young people moving to adult services, so the concern cannot be escalated to it: it is for looked-after children only\./);
  });

  it('refuses an outcome limited to another cohort, when raising and when resolving', () => {
    const concern = { ...raise().concern, expectedOutcomeKeys: ['placement-stable'] };
    expect(story(limited).try(raise({ cohort: 'transition', concern }), MON)).toMatchObject({ ok: false, error: { code: 'COHORT_EXCLUDED' } });
    const s = story(limited).do(raise({ cohort: 'transition' }), MON);
    expect(s.try(cmd.resolve('2025-03-04', ['placement-stable']), LATER)).toMatchObject({ ok: false, error: { code: 'COHORT_EXCLUDED' } });
    expect(story(limited).do(raise(), MON).try(cmd.resolve('2025-03-04', ['placement-stable']), LATER).ok).toBe(true);
  });
});

describe('allowedCommands is what decide accepts', () => {
  const commands: Command[] = [cmd.letter('2025-03-03'), cmd.response('2025-03-03'), cmd.resolve('2025-03-03'), cmd.escalate(), cmd.extendBy(1), cmd.cafcass('2025-03-03'), cmd.withdraw(), cmd.note()];

  it('refuses exactly the kinds it does not list, with the same sentence', () => {
    const s = story().do(raise({ cohort: 'child-protection', ladderKey: 'cp', startAt: 'stage-2' }), MON);
    const allowed = allowedCommands(s.state(), s.profile, new Date(MON));
    for (const c of commands) {
      const r = s.try(c, MON);
      const refusal = allowed.refused[c.kind as keyof typeof allowed.refused];
      if (refusal) expect(r).toEqual({ ok: false, error: refusal });
      else expect(allowed.kinds).toContain(c.kind);
    }
    expect(allowed.refused.escalate?.code).toBe('NO_NEXT_STAGE');
    expect(allowed.refused['refer-cafcass']?.code).toBe('CAFCASS_NOT_ALLOWED');
  });

  it('offers only a note once the escalation is closed', () => {
    const s = story().do(raise(), MON).do(cmd.withdraw(), LATER);
    expect(allowedCommands(s.state(), s.profile, new Date(LATER)).kinds).toEqual(['add-note']);
  });

  // seeds/004: "The Independent Chair has the discretion to proceed directly to stage 3 and 4".
  it('lists the stages a bypass may reach: Rutland stage 3 and 4 from stage 1', () => {
    const s = story(rutland).do(rutlandRaise('child-protection', 'stage-1'), MON);
    expect(allowedCommands(s.state(), rutland, new Date(MON)).bypassTargets.map((t) => t.key)).toEqual(['stage-3', 'stage-4']);
  });
});
