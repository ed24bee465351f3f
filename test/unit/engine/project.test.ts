import { describe, expect, it } from 'vitest';
import { project, timelinessOf } from '../../../shared/engine';
import { buildProfile, buildRagProfile, calendar, cmd, raise, story } from './builders';

describe('a full journey: informal, stage 1, response, stage 2, resolved', () => {
  const journey = () =>
    story()
      .do(raise(), '2025-03-03T09:00:00Z')
      .do(cmd.letter('2025-03-03', 'Social Worker'), '2025-03-03T10:00:00Z')
      .do(cmd.response('2025-03-07'), '2025-03-07T16:00:00Z')
      .do(cmd.escalate(), '2025-03-10T09:00:00Z')
      .do(cmd.letter('2025-03-10'), '2025-03-10T09:30:00Z')
      .do(cmd.response('2025-03-14'), '2025-03-14T12:00:00Z')
      .do(cmd.escalate(), '2025-03-18T09:00:00Z');

  it('shows each stage done, current or still to come, with its letters and responses', () => {
    const state = journey().state();
    expect(state).toMatchObject({ status: 'open', currentStageKey: 'stage-2', currentStageLabel: 'Stage 2', currentRecipientRole: 'Service Manager', highestStageIndex: 2 });
    expect(state.stages.map((s) => ({ key: s.key, state: s.state, letter: s.letterSentOn, response: s.responseRecordedOn, due: s.clock?.dueDate ?? null, projected: s.projectedDueDate }))).toEqual([
      { key: 'informal', state: 'done', letter: '2025-03-03', response: '2025-03-07', due: '2025-03-10', projected: null },
      { key: 'stage-1', state: 'done', letter: '2025-03-10', response: '2025-03-14', due: '2025-03-17', projected: null },
      { key: 'stage-2', state: 'current', letter: null, response: null, due: '2025-03-25', projected: null },
      // Stage 3 opens when stage 2 falls due (Wednesday 26 March) and has 10 calendar days.
      { key: 'stage-3', state: 'future', letter: null, response: null, due: null, projected: '2025-04-04' },
      // Stage 4 has no timescale.
      { key: 'stage-4', state: 'future', letter: null, response: null, due: null, projected: null },
    ]);
    expect(timelinessOf(state, new Date('2025-03-19T10:00:00Z'), calendar)).toEqual({ timeliness: 'on-track', workingDaysRemaining: 4 });
  });

  it('ends resolved, with no more deadlines or projections', () => {
    const state = journey().do(cmd.resolve('2025-03-20'), '2025-03-20T15:00:00Z').state();
    expect(state).toMatchObject({ status: 'resolved', closedAt: '2025-03-20T15:00:00.000Z', outcomeKeys: ['plan-updated'], currentStageKey: 'stage-2' });
    expect(state.stages.map((s) => s.projectedDueDate)).toEqual([null, null, null, null, null]);
    expect(timelinessOf(state, new Date('2025-04-01T10:00:00Z'), calendar)).toEqual({ timeliness: 'none', workingDaysRemaining: null });
  });

  it('keeps the concern and when it was raised', () => {
    const state = journey().state();
    expect(state.concern).toEqual(raise().concern);
    expect(state.raisedAt).toBe('2025-03-03T09:00:00.000Z');
    expect(state).toMatchObject({ ladderKey: 'lac', cohort: 'looked-after', urgency: null, cafcassReferred: false, closedAt: null, outcomeKeys: [] });
  });
});

describe('the stage list', () => {
  it('leaves out the informal stage when the escalation started at a formal stage', () => {
    const state = story().do(raise({ startAt: 'stage-1' }), '2025-03-03T09:00:00Z').state();
    expect(state.stages.map((s) => s.key)).toEqual(['stage-1', 'stage-2', 'stage-3', 'stage-4']);
    expect(state.highestStageIndex).toBe(1);
  });

  it('starts at index 0 for an informal escalation', () => {
    expect(story().do(raise(), '2025-03-03T09:00:00Z').state().highestStageIndex).toBe(0);
  });

  it('follows the log order given by seq, not array order', () => {
    const s = story().do(raise(), '2025-03-03T09:00:00Z').do(cmd.escalate(), '2025-03-04T09:00:00Z');
    expect(project([...s.events].reverse(), s.profile, calendar).currentStageKey).toBe('stage-1');
  });

  it('refuses a log that does not start with the concern being raised', () => {
    const s = story().do(raise(), '2025-03-03T09:00:00Z').do(cmd.note(), '2025-03-03T09:00:00Z');
    expect(() => project(s.events.slice(1), s.profile, calendar)).toThrow(/raised/);
  });
});

describe('a profile changed after a stage opened', () => {
  const opened = () => story().do(raise({ startAt: 'stage-1' }), '2025-03-03T09:00:00Z'); // due Monday 10 March

  it('keeps the due date the stage was opened with', () => {
    const slower = buildProfile((p) => {
      p.ladders[0]!.stages[0]!.responseTime = { workingDays: 20 };
    });
    const state = opened().state(slower);
    expect(state.currentClock).toMatchObject({ responseTime: { workingDays: 5 }, dueDate: '2025-03-10' });
  });

  it('keeps a stage the ladder no longer has, after the stage opened before it', () => {
    const s = opened().do(cmd.escalate(), '2025-03-11T09:00:00Z');
    const withoutStage2 = buildProfile((p) => {
      p.ladders[0]!.stages.splice(1, 1);
    });
    const state = s.state(withoutStage2);
    expect(state.stages.map((st) => [st.key, st.state])).toEqual([
      ['stage-1', 'done'],
      ['stage-2', 'current'],
      ['stage-3', 'future'],
      ['stage-4', 'future'],
    ]);
    expect(state.currentClock?.dueDate).toBe('2025-03-18');
  });

  it('still shows the informal stage when the ladder has dropped it', () => {
    const s = story().do(raise(), '2025-03-03T09:00:00Z');
    const noInformal = buildProfile((p) => {
      p.ladders[0]!.informal = null;
    });
    expect(s.state(noInformal).stages[0]).toMatchObject({ key: 'informal', state: 'current', clock: { dueDate: '2025-03-10' } });
  });
});

describe('the overall due date', () => {
  it('counts from when the concern was raised', () => {
    const state = story(buildRagProfile()).do(raise(), '2025-03-03T09:00:00Z').state();
    expect(state.overallDueDate).toBe('2025-03-31');
  });

  it('counts from the first formal stage, and is unknown until it is reached', () => {
    const profile = buildProfile((p) => {
      p.overallTarget = { workingDays: 20, from: 'first-formal-stage' };
    });
    const s = story(profile).do(raise(), '2025-03-03T09:00:00Z');
    expect(s.state().overallDueDate).toBeNull();
    s.do(cmd.escalate(), '2025-03-10T09:00:00Z');
    expect(s.state().overallDueDate).toBe('2025-04-07');
  });

  it('is null without an overall target', () => {
    expect(story().do(raise(), '2025-03-03T09:00:00Z').state().overallDueDate).toBeNull();
  });
});

describe('extensions in the projection', () => {
  it('use the latest clock for the stage and project later stages from it', () => {
    const s = story().do(raise({ startAt: 'stage-1' }), '2025-03-03T09:00:00Z').do(cmd.extendTo('2025-03-14'), '2025-03-05T09:00:00Z');
    const state = s.state();
    expect(state.stages[0]?.clock?.dueDate).toBe('2025-03-14');
    // Stage 2 opens Saturday 15 March: five working days later is Friday 21 March.
    expect(state.stages[1]?.projectedDueDate).toBe('2025-03-21');
  });
});
