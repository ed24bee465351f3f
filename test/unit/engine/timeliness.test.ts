import { describe, expect, it } from 'vitest';
import { timelinessOf } from '../../../shared/engine';
import { buildRagProfile, calendar, cmd, raise, story } from './builders';

// Stage 1 raised Monday 3 March 2025 at 09:00: due by the end of Monday 10 March.
const atStage1 = () => story().do(raise({ startAt: 'stage-1' }), '2025-03-03T09:00:00Z').state();
const at = (iso: string) => timelinessOf(atStage1(), new Date(iso), calendar);

describe('timeliness of the current stage', () => {
  it('is on track with more than one working day left', () => {
    expect(at('2025-03-04T10:00:00Z')).toEqual({ timeliness: 'on-track', workingDaysRemaining: 4 });
  });

  it('is due soon with one working day left', () => {
    expect(at('2025-03-07T10:00:00Z')).toEqual({ timeliness: 'due-soon', workingDaysRemaining: 1 });
  });

  it('is due soon over the weekend before the due date', () => {
    expect(at('2025-03-08T10:00:00Z')).toEqual({ timeliness: 'due-soon', workingDaysRemaining: 1 });
  });

  it('is due soon on the due date itself', () => {
    expect(at('2025-03-10T23:59:59Z')).toEqual({ timeliness: 'due-soon', workingDaysRemaining: 0 });
  });

  it('is overdue from the midnight after the due date, counting the days since', () => {
    expect(at('2025-03-11T00:00:00Z')).toEqual({ timeliness: 'overdue', workingDaysRemaining: -1 });
    expect(at('2025-03-14T10:00:00Z')).toEqual({ timeliness: 'overdue', workingDaysRemaining: -4 });
  });

  it('is overdue exactly 24 hours after a red stage opened', () => {
    const state = story(buildRagProfile()).do(raise({ startAt: 'stage-1', urgency: 'red' }), '2025-03-03T09:00:00Z').state();
    expect(timelinessOf(state, new Date('2025-03-04T08:59:59Z'), calendar).timeliness).toBe('due-soon');
    expect(timelinessOf(state, new Date('2025-03-04T09:00:00Z'), calendar).timeliness).toBe('overdue');
  });

  it('is none once the escalation is closed', () => {
    const state = story().do(raise(), '2025-03-03T09:00:00Z').do(cmd.withdraw(), '2025-03-04T09:00:00Z').state();
    expect(timelinessOf(state, new Date('2025-03-20T09:00:00Z'), calendar)).toEqual({ timeliness: 'none', workingDaysRemaining: null });
  });

  it('is none for a stage with no set timescale', () => {
    const state = story().do(raise({ startAt: 'stage-4' }), '2025-03-03T09:00:00Z').state();
    expect(timelinessOf(state, new Date('2025-03-20T09:00:00Z'), calendar)).toEqual({ timeliness: 'none', workingDaysRemaining: null });
  });

  it('stays on a concurrent Cafcass referral, which keeps the escalation open', () => {
    const state = story().do(raise({ startAt: 'stage-1' }), '2025-03-03T09:00:00Z').do(cmd.cafcass('2025-03-04'), '2025-03-04T09:00:00Z').state();
    expect(timelinessOf(state, new Date('2025-03-04T10:00:00Z'), calendar).timeliness).toBe('on-track');
  });
});
