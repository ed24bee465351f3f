import { describe, expect, it } from 'vitest';
import type { EngineResult } from '../../../shared/engine';
import { buildProfile, cmd, raise, story } from './builders';

const RAISED = '2025-03-03T09:00:00Z'; // Monday
const NOW = '2025-03-06T10:00:00Z'; // Thursday

function errorOf(result: EngineResult): { code: string; message: string } | null {
  return result.ok ? null : result.error;
}

const informal = () => story().do(raise(), RAISED);
const childProtection = () => story().do(raise({ ladderKey: 'cp', cohort: 'child-protection', startAt: 'stage-1' }), RAISED);

describe('recording a letter and a response', () => {
  it('attaches them to the current stage', () => {
    const s = informal().do(cmd.letter('2025-03-03', 'Social Worker'), NOW).do(cmd.response('2025-03-05', ['plan-updated']), NOW);
    expect(s.events.map((e) => e.body)).toMatchObject([
      { kind: 'raised' },
      { kind: 'letter-sent', stageKey: 'informal', sentOn: '2025-03-03', to: 'Social Worker' },
      { kind: 'response-recorded', stageKey: 'informal', date: '2025-03-05', expectedOutcomeKeys: ['plan-updated'] },
    ]);
    expect(s.state().stages[0]).toMatchObject({ key: 'informal', letterSentOn: '2025-03-03', responseRecordedOn: '2025-03-05' });
  });

  it('refuses a letter dated after today', () => {
    expect(errorOf(informal().try(cmd.letter('2025-03-07'), NOW))).toEqual({
      code: 'INVALID_DATE',
      message: 'The date the letter was sent cannot be Friday 7 March 2025, because that is after today.',
    });
  });

  it('refuses a response with an outcome the procedure does not have', () => {
    expect(errorOf(informal().try(cmd.response('2025-03-05', ['rehoused']), NOW))?.code).toBe('UNKNOWN_OUTCOME');
  });

  it('refuses a response dated after today or not a real date', () => {
    expect(errorOf(informal().try(cmd.response('2025-03-09'), NOW))?.code).toBe('INVALID_DATE');
    expect(errorOf(informal().try(cmd.response('5/3/2025'), NOW))?.message).toBe('"5/3/2025" is not a real date; write it as YYYY-MM-DD.');
  });
});

describe('resolving', () => {
  it('closes the escalation with its outcomes', () => {
    const state = informal().do(cmd.resolve('2025-03-06', ['plan-updated', 'assessment-completed']), NOW).state();
    expect(state).toMatchObject({ status: 'resolved', closedAt: '2025-03-06T10:00:00.000Z', outcomeKeys: ['plan-updated', 'assessment-completed'] });
  });

  it('refuses an outcome the procedure does not have', () => {
    expect(errorOf(informal().try(cmd.resolve('2025-03-06', ['rehoused']), NOW))).toEqual({
      code: 'UNKNOWN_OUTCOME',
      message: 'This procedure has no outcome called "rehoused".',
    });
  });
});

describe('referring to Cafcass', () => {
  it('alongside the ladder keeps the escalation open and marks it referred', () => {
    const state = informal().do(cmd.cafcass('2025-03-06', true), NOW).state();
    expect(state).toMatchObject({ status: 'open', cafcassReferred: true, closedAt: null });
  });

  it('instead of the ladder closes the escalation', () => {
    const state = informal().do(cmd.cafcass('2025-03-06', false), NOW).state();
    expect(state).toMatchObject({ status: 'referred', cafcassReferred: true, closedAt: '2025-03-06T10:00:00.000Z' });
  });

  it('closes the escalation when the procedure does not allow concurrent referrals', () => {
    const profile = buildProfile((p) => {
      p.rules.cafcass = { allowed: true, concurrent: false };
    });
    const s = story(profile).do(raise(), RAISED).do(cmd.cafcass('2025-03-06', true), NOW);
    expect(s.events.at(-1)?.body).toMatchObject({ kind: 'cafcass-referred', concurrent: false });
    expect(s.state().status).toBe('referred');
  });

  it('is refused for a child on a child protection plan, naming the cohort', () => {
    expect(errorOf(childProtection().try(cmd.cafcass('2025-03-06'), NOW))).toEqual({
      code: 'CAFCASS_NOT_ALLOWED',
      message: 'A Cafcass referral cannot be made for children subject to a child protection plan (referrals under this procedure are for looked-after children).',
    });
  });

  it('is refused where the procedure has no Cafcass referral', () => {
    const profile = buildProfile((p) => {
      p.rules.cafcass = { allowed: false };
    });
    expect(errorOf(story(profile).do(raise(), RAISED).try(cmd.cafcass('2025-03-06'), NOW))?.code).toBe('CAFCASS_NOT_ALLOWED');
  });

  it('waits for the last stage when the procedure does not allow it at any point', () => {
    const profile = buildProfile((p) => {
      p.rules.cafcass = { allowed: true, atAnyPoint: false };
    });
    const early = story(profile).do(raise(), RAISED);
    expect(errorOf(early.try(cmd.cafcass('2025-03-06'), NOW))?.message).toBe(
      'This procedure allows a Cafcass referral only once the last stage, Stage 4, has been reached.',
    );
    expect(early.do(cmd.bypass('stage-4'), NOW).try(cmd.cafcass('2025-03-06'), NOW).ok).toBe(true);
  });
});

describe('meetings, withdrawal and notes', () => {
  it('may schedule a meeting in the future but not hold one there', () => {
    expect(informal().try(cmd.meeting('scheduled', '2025-03-20'), NOW).ok).toBe(true);
    expect(errorOf(informal().try(cmd.meeting('held', '2025-03-20'), NOW))?.code).toBe('INVALID_DATE');
    expect(informal().try(cmd.meeting('outcome', '2025-03-06'), NOW).ok).toBe(true);
  });

  it('withdraws with a reason', () => {
    const state = informal().do(cmd.withdraw('Child returned home.'), NOW).state();
    expect(state).toMatchObject({ status: 'withdrawn', closedAt: '2025-03-06T10:00:00.000Z' });
  });

  it('refuses to withdraw without a reason', () => {
    expect(errorOf(informal().try(cmd.withdraw(' '), NOW))).toEqual({ code: 'REASON_REQUIRED', message: 'Record why the escalation is being withdrawn.' });
  });

  it('refuses an empty note', () => {
    expect(errorOf(informal().try(cmd.note(''), NOW))?.code).toBe('DETAIL_REQUIRED');
  });

  it('records notes and meetings without changing the stage or status', () => {
    const state = informal().do(cmd.note(), NOW).do(cmd.meeting('held', '2025-03-05'), NOW).state();
    expect(state).toMatchObject({ status: 'open', currentStageKey: 'informal' });
  });
});
