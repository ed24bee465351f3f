import { describe, expect, it } from 'vitest';
import { decide, INFORMAL, type EngineResult } from '../../../shared/engine';
import { buildProfile, buildRagProfile, calendar, raise, story } from './builders';

const NOW = new Date('2025-03-03T09:00:00Z'); // Monday

function codeOf(result: EngineResult): string {
  return result.ok ? 'accepted' : result.error.code;
}

describe('raising an escalation', () => {
  it('emits one raised event with a clock opened now at the informal stage', () => {
    const result = decide(null, raise(), { profile: buildProfile(), calendar, now: NOW });
    expect(result).toEqual({
      ok: true,
      events: [
        {
          kind: 'raised',
          ladderKey: 'lac',
          cohort: 'looked-after',
          urgency: null,
          concern: raise().concern,
          clock: { stageKey: INFORMAL, openedAt: '2025-03-03T09:00:00.000Z', responseTime: { workingDays: 5 }, dueDate: '2025-03-10', dueAt: '2025-03-11T00:00:00.000Z' },
        },
      ],
    });
  });

  it('treats an empty log like no log', () => {
    expect(codeOf(decide([], raise(), { profile: buildProfile(), calendar, now: NOW }))).toBe('accepted');
  });

  it('counts working days across the Christmas bank holidays', () => {
    const s = story().do(raise({ startAt: 'stage-1' }), '2025-12-18T10:00:00Z'); // Thursday
    // Fri 19, Mon 22, Tue 23, Wed 24, (25 and 26 are bank holidays), Mon 29.
    expect(s.state().currentClock).toMatchObject({ dueDate: '2025-12-29', dueAt: '2025-12-30T00:00:00.000Z' });
  });

  it('uses the default urgency level when none is given', () => {
    const s = story(buildRagProfile()).do(raise(), NOW);
    expect(s.state().urgency).toBe('green');
  });

  it('takes the urgency level given and its response time', () => {
    const s = story(buildRagProfile()).do(raise({ startAt: 'stage-1', urgency: 'red' }), NOW);
    expect(s.state().currentClock).toMatchObject({ responseTime: { hours: 24 }, dueAt: '2025-03-04T09:00:00.000Z', dueDate: '2025-03-04' });
  });

  it('refuses an urgency level the scheme does not have, listing the levels', () => {
    const result = story(buildRagProfile()).try(raise({ urgency: 'purple' }), NOW);
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_URGENCY', message: '"purple" is not one of this procedure\'s urgency levels (Green, Amber, Red).' } });
  });

  it('refuses an urgency level when the procedure has no urgency scheme', () => {
    expect(codeOf(story().try(raise({ urgency: 'red' }), NOW))).toBe('UNKNOWN_URGENCY');
  });

  it('refuses a ladder the procedure does not have', () => {
    expect(codeOf(story().try(raise({ ladderKey: 'nope' }), NOW))).toBe('UNKNOWN_LADDER');
  });

  it('refuses a ladder that does not serve the cohort and names the right one', () => {
    const result = story().try(raise({ cohort: 'child-protection' }), NOW);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'COHORT_MISMATCH',
        message: 'The Looked-after children ladder is not used for children subject to a child protection plan. Use the Child protection ladder instead.',
      },
    });
  });

  it('refuses to start informally on a ladder without an informal stage', () => {
    const result = story().try(raise({ ladderKey: 'cp', cohort: 'child-protection', startAt: 'informal', concern: { ...raise().concern, categoryKeys: [] } }), NOW);
    expect(result.ok ? '' : result.error).toEqual({
      code: 'UNKNOWN_STAGE',
      message: 'The Child protection ladder has no informal stage, so the concern must start at a formal stage such as Stage 1.',
    });
  });

  it('refuses a stage the ladder does not have', () => {
    expect(codeOf(story().try(raise({ startAt: 'stage-9' }), NOW))).toBe('UNKNOWN_STAGE');
  });

  it('refuses a category the procedure does not have', () => {
    const result = story().try(raise({ concern: { ...raise().concern, categoryKeys: ['care-planning', 'housing'] } }), NOW);
    expect(result.ok ? '' : result.error).toEqual({ code: 'UNKNOWN_CATEGORY', message: 'This procedure has no category of concern called "housing".' });
  });

  it('refuses a category limited to another cohort', () => {
    const result = story().try(
      raise({ ladderKey: 'cp', cohort: 'child-protection', startAt: 'stage-1', concern: { ...raise().concern, categoryKeys: ['permanence'] } }),
      NOW,
    );
    expect(result.ok ? '' : result.error.message).toBe('The category "Permanence" does not apply to children subject to a child protection plan.');
  });

  it('refuses an expected outcome the procedure does not have', () => {
    const result = story().try(raise({ concern: { ...raise().concern, expectedOutcomeKeys: ['x', 'y'] } }), NOW);
    expect(result.ok ? '' : result.error).toEqual({ code: 'UNKNOWN_OUTCOME', message: 'This procedure has no expected outcomes called "x" or "y".' });
  });

  it('refuses an empty summary', () => {
    expect(codeOf(story().try(raise({ concern: { ...raise().concern, summary: '   ' } }), NOW))).toBe('DETAIL_REQUIRED');
  });

  it('refuses a requested-by date that is not a real date', () => {
    const concern = { ...raise().concern, requestedAction: { what: 'x', who: 'y', byWhen: '2025-02-30' } };
    expect(codeOf(story().try(raise({ concern }), NOW))).toBe('INVALID_DATE');
  });

  it('can start at a later formal stage, showing the stages below as skipped', () => {
    const state = story().do(raise({ startAt: 'stage-2' }), NOW).state();
    expect(state.stages.map((s) => [s.key, s.state])).toEqual([
      ['stage-1', 'bypassed'],
      ['stage-2', 'current'],
      ['stage-3', 'future'],
      ['stage-4', 'future'],
    ]);
    expect(state.highestStageIndex).toBe(2);
  });
});
