import { describe, expect, it } from 'vitest';
import { timelinessOf, type EngineResult } from '../../../shared/engine';
import { buildRagProfile, calendar, cmd, raise, story } from './builders';

const RAISED = '2025-03-03T09:00:00Z'; // Monday
const NOW = '2025-03-05T10:00:00Z'; // Wednesday

function errorOf(result: EngineResult): { code: string; message: string } | null {
  return result.ok ? null : result.error;
}

describe('changing the urgency', () => {
  it('from green to red recomputes the deadline from when the stage opened, not from now', () => {
    const s = story(buildRagProfile()).do(raise({ startAt: 'stage-1' }), RAISED);
    expect(s.state().currentClock?.dueDate).toBe('2025-03-10'); // green: 5 working days
    s.do(cmd.urgency('red'), NOW);
    expect(s.events.at(-1)?.body).toEqual({
      kind: 'urgency-changed',
      from: 'green',
      to: 'red',
      reason: 'New information about risk.',
      clock: { stageKey: 'stage-1', openedAt: '2025-03-03T09:00:00.000Z', responseTime: { hours: 24 }, dueDate: '2025-03-04', dueAt: '2025-03-04T09:00:00.000Z' },
    });
    const state = s.state();
    expect(state.urgency).toBe('red');
    expect(timelinessOf(state, new Date(NOW), calendar)).toEqual({ timeliness: 'overdue', workingDaysRemaining: -1 });
  });

  it('from red to green gives the stage 5 working days from its start', () => {
    const s = story(buildRagProfile()).do(raise({ startAt: 'stage-1', urgency: 'red' }), RAISED).do(cmd.urgency('green'), '2025-03-04T08:00:00Z');
    expect(s.state().currentClock).toMatchObject({ openedAt: '2025-03-03T09:00:00.000Z', dueDate: '2025-03-10', dueAt: '2025-03-11T00:00:00.000Z' });
  });

  it('after an escalation counts from the current stage start', () => {
    const s = story(buildRagProfile())
      .do(raise(), RAISED)
      .do(cmd.escalate(), '2025-03-04T12:00:00Z')
      .do(cmd.urgency('amber'), NOW);
    expect(s.state().currentClock).toMatchObject({ stageKey: 'stage-1', openedAt: '2025-03-04T12:00:00.000Z', dueDate: '2025-03-07' });
  });

  it('projects the future stages at the new level', () => {
    const s = story(buildRagProfile()).do(raise({ startAt: 'stage-1' }), RAISED).do(cmd.urgency('amber'), NOW);
    // Stage 1 due Thu 6 March; stage 2 opens on the day that falls due (Thu 6 is day 0) and has 3 working days.
    expect(s.state().stages.find((st) => st.key === 'stage-2')?.projectedDueDate).toBe('2025-03-11');
  });

  it('to a level the scheme does not have is refused', () => {
    expect(errorOf(story(buildRagProfile()).do(raise(), RAISED).try(cmd.urgency('purple'), NOW))?.code).toBe('UNKNOWN_URGENCY');
  });

  it('is refused when the procedure has no urgency scheme', () => {
    expect(errorOf(story().do(raise(), RAISED).try(cmd.urgency('red'), NOW))).toEqual({
      code: 'UNKNOWN_URGENCY',
      message: 'This procedure does not use an urgency rating, so it cannot be changed.',
    });
  });

  it('leaves the deadline alone when the scheme does not set response times', () => {
    const profile = buildRagProfile((p) => {
      if (p.urgency) p.urgency.overridesStageTimes = false;
    });
    const s = story(profile).do(raise(), RAISED).do(cmd.urgency('red'), NOW);
    expect(s.state()).toMatchObject({ urgency: 'red', currentClock: { dueDate: '2025-03-10', responseTime: { workingDays: 5 } } });
  });

  it("does not override the informal stage's own timescale", () => {
    const s = story(buildRagProfile()).do(raise({ urgency: 'red' }), RAISED);
    expect(s.state().currentClock).toMatchObject({ responseTime: { workingDays: 5 }, dueDate: '2025-03-10' });
    s.do(cmd.escalate(), NOW);
    expect(s.state().currentClock).toMatchObject({ responseTime: { hours: 24 }, dueAt: '2025-03-06T10:00:00.000Z' });
  });

  it('does not override the timescale of an external referral stage', () => {
    const profile = buildRagProfile((p) => {
      const stage = p.ladders[0]!.stages[3]!;
      stage.kind = 'external-referral';
      stage.responseTime = { workingDays: 20 };
    });
    const s = story(profile).do(raise({ startAt: 'stage-4', urgency: 'red' }), RAISED);
    expect(s.state().currentClock?.responseTime).toEqual({ workingDays: 20 });
  });
});
