import { describe, expect, it } from 'vitest';
import type { EngineResult } from '../../../shared/engine';
import { buildProfile, cmd, raise, story } from './builders';

const RAISED = '2025-03-03T09:00:00Z'; // Monday: stage 1 due Monday 10 March
const NOW = '2025-03-06T10:00:00Z'; // Thursday

function errorOf(result: EngineResult): { code: string; message: string } | null {
  return result.ok ? null : result.error;
}

const atStage1 = () => story().do(raise({ startAt: 'stage-1' }), RAISED);

describe('granting an extension', () => {
  it('to a new due date keeps the stage start and moves the deadline to the end of that day', () => {
    const s = atStage1().do(cmd.extendTo('2025-03-14'), NOW);
    expect(s.events.at(-1)?.body).toEqual({
      kind: 'extension-granted',
      stageKey: 'stage-1',
      reason: 'Awaiting legal advice.',
      requestedBy: 'Team Manager',
      previousDueDate: '2025-03-10',
      clock: { stageKey: 'stage-1', openedAt: '2025-03-03T09:00:00.000Z', responseTime: { workingDays: 5 }, dueDate: '2025-03-14', dueAt: '2025-03-15T00:00:00.000Z' },
    });
    const state = s.state();
    expect(state.currentClock?.dueDate).toBe('2025-03-14');
    expect(state.stages.find((st) => st.key === 'stage-1')?.clock?.dueDate).toBe('2025-03-14');
  });

  it('by working days adds them to the current due date', () => {
    const s = atStage1().do(cmd.extendBy(3), NOW);
    expect(s.state().currentClock).toMatchObject({ dueDate: '2025-03-13', dueAt: '2025-03-14T00:00:00.000Z' });
  });

  it('by working days skips bank holidays', () => {
    const s = story().do(raise({ startAt: 'stage-1' }), '2025-12-18T10:00:00Z'); // due Monday 29 December
    s.do(cmd.extendBy(2), '2025-12-22T10:00:00Z');
    expect(s.state().currentClock?.dueDate).toBe('2025-12-31');
    s.do(cmd.extendBy(1), '2025-12-22T10:00:00Z'); // 1 January is New Year's Day
    expect(s.state().currentClock?.dueDate).toBe('2026-01-02');
  });

  it('to a date that has already passed is refused', () => {
    const overdue = '2025-03-20T10:00:00Z';
    expect(errorOf(atStage1().try(cmd.extendTo('2025-03-18'), overdue))).toEqual({
      code: 'EXTENSION_IN_PAST',
      message: 'Tuesday 18 March 2025 has already passed; the new due date must be today or later.',
    });
    expect(errorOf(atStage1().try(cmd.extendBy(2), overdue))?.code).toBe('EXTENSION_IN_PAST');
    expect(atStage1().try(cmd.extendTo('2025-03-20'), overdue).ok).toBe(true);
  });

  it('to a date on or before the current due date is refused', () => {
    expect(errorOf(atStage1().try(cmd.extendTo('2025-03-07'), NOW))).toEqual({
      code: 'EXTENSION_IN_PAST',
      message: 'The new due date must be after the current one, Monday 10 March 2025.',
    });
    expect(errorOf(atStage1().try(cmd.extendTo('2025-03-10'), NOW))?.code).toBe('EXTENSION_IN_PAST');
  });

  it('to a day that is not a working day is refused, saying why', () => {
    expect(errorOf(atStage1().try(cmd.extendTo('2025-03-08'), NOW))).toEqual({
      code: 'INVALID_DATE',
      message: 'Saturday 8 March 2025 is not a working day (Saturday); choose a working day for the new due date.',
    });
    const christmas = story().do(raise({ startAt: 'stage-1' }), '2025-12-18T10:00:00Z');
    expect(errorOf(christmas.try(cmd.extendTo('2025-12-25'), '2025-12-19T10:00:00Z'))?.message).toBe(
      'Thursday 25 December 2025 is not a working day (Christmas Day); choose a working day for the new due date.',
    );
  });

  it('that is not a real date is refused', () => {
    expect(errorOf(atStage1().try(cmd.extendTo('2025-03-32'), NOW))?.code).toBe('INVALID_DATE');
  });

  it('needs exactly one of a new date or a number of working days', () => {
    const both = { kind: 'grant-extension' as const, newDueDate: '2025-03-14', addWorkingDays: 2, reason: '', requestedBy: '' };
    const neither = { kind: 'grant-extension' as const, reason: '', requestedBy: '' };
    expect(errorOf(atStage1().try(both, NOW))?.code).toBe('INVALID_DATE');
    expect(errorOf(atStage1().try(neither, NOW))?.code).toBe('INVALID_DATE');
    expect(errorOf(atStage1().try(cmd.extendBy(0), NOW))?.code).toBe('INVALID_DATE');
  });

  it('longer than the procedure allows is refused', () => {
    expect(errorOf(atStage1().try(cmd.extendBy(11), NOW))).toEqual({
      code: 'EXTENSION_NOT_ALLOWED',
      message: 'This procedure allows at most 10 working days of extra time at once; this extension would add 11 working days.',
    });
    expect(atStage1().try(cmd.extendBy(10), NOW).ok).toBe(true);
  });

  it('is refused where the procedure does not allow extensions', () => {
    const profile = buildProfile((p) => {
      p.rules.extensions = { allowed: false };
    });
    expect(errorOf(story(profile).do(raise(), RAISED).try(cmd.extendBy(1), NOW))?.code).toBe('EXTENSION_NOT_ALLOWED');
  });

  it('is refused for a stage with no set timescale', () => {
    const s = story().do(raise({ startAt: 'stage-4' }), RAISED);
    expect(errorOf(s.try(cmd.extendBy(1), NOW))).toEqual({
      code: 'NO_TIMESCALE',
      message: 'Stage 4 has no set timescale, so there is no deadline to extend.',
    });
  });
});
