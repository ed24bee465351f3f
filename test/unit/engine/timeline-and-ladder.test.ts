import { describe, expect, it } from 'vitest';
import { describeResponseTime, ladderForCohort, projectTimeline, responseTimeFor } from '../../../shared/engine';
import { buildProfile, buildRagProfile, calendar } from './builders';

const FROM = new Date('2025-03-03T09:00:00Z'); // Monday

describe('projecting a ladder timeline', () => {
  it('opens each stage on the day the previous one falls due (day 0), stopping at a stage without a timescale', () => {
    expect(projectTimeline(buildProfile(), 'lac', null, FROM, calendar)).toEqual({
      stages: [
        { key: 'stage-1', label: 'Stage 1', recipientRole: 'Team Manager', openedAt: '2025-03-03T09:00:00.000Z', dueDate: '2025-03-10', dueAt: '2025-03-11T00:00:00.000Z' },
        // Opens on Monday 10 March, the day stage 1 falls due: 5 working days from it is Monday 17 March.
        { key: 'stage-2', label: 'Stage 2', recipientRole: 'Service Manager', openedAt: '2025-03-10T00:00:00.000Z', dueDate: '2025-03-17', dueAt: '2025-03-18T00:00:00.000Z' },
        // 10 calendar days from Monday 17 March.
        { key: 'stage-3', label: 'Stage 3', recipientRole: 'Head of Service', openedAt: '2025-03-17T00:00:00.000Z', dueDate: '2025-03-27', dueAt: '2025-03-28T00:00:00.000Z' },
        { key: 'stage-4', label: 'Stage 4', recipientRole: 'Director', openedAt: '2025-03-27T00:00:00.000Z', dueDate: null, dueAt: null },
      ],
      overallDueDate: null,
    });
  });

  it('can start with the informal stage', () => {
    const timeline = projectTimeline(buildProfile(), 'lac', null, FROM, calendar, { includeInformal: true });
    expect(timeline.stages.map((s) => [s.key, s.dueDate])).toEqual([
      ['informal', '2025-03-10'],
      ['stage-1', '2025-03-17'],
      ['stage-2', '2025-03-24'],
      ['stage-3', '2025-04-03'],
      ['stage-4', null],
    ]);
  });

  it('uses the urgency level at every formal stage and the overall target', () => {
    const timeline = projectTimeline(buildRagProfile(), 'lac', 'red', FROM, calendar);
    expect(timeline.stages.map((s) => s.dueAt)).toEqual([
      '2025-03-04T09:00:00.000Z',
      '2025-03-05T09:00:00.000Z',
      '2025-03-06T09:00:00.000Z',
      '2025-03-07T09:00:00.000Z',
    ]);
    expect(timeline.overallDueDate).toBe('2025-03-31');
  });

  it('refuses a ladder the profile does not have', () => {
    expect(() => projectTimeline(buildProfile(), 'nope', null, FROM, calendar)).toThrow(/nope/);
  });
});

describe('the response time in force', () => {
  it('is the stage time without an urgency scheme', () => {
    expect(responseTimeFor(buildProfile(), 'lac', 'stage-3', null)).toEqual({ calendarDays: 10 });
    expect(responseTimeFor(buildProfile(), 'lac', 'informal', null)).toEqual({ workingDays: 5 });
  });

  it('is the urgency level time at a formal stage when the scheme overrides stage times', () => {
    expect(responseTimeFor(buildRagProfile(), 'lac', 'stage-3', 'red')).toEqual({ hours: 24 });
    expect(responseTimeFor(buildRagProfile(), 'lac', 'stage-4', 'amber')).toEqual({ workingDays: 3 });
  });

  it('falls back to the stage time for an unknown level', () => {
    expect(responseTimeFor(buildRagProfile(), 'lac', 'stage-3', 'purple')).toEqual({ calendarDays: 10 });
  });

  it('refuses an unknown stage', () => {
    expect(() => responseTimeFor(buildProfile(), 'lac', 'stage-9', null)).toThrow(/stage-9/);
  });
});

describe('finding the ladder for a cohort', () => {
  it('returns the first ladder that serves it', () => {
    expect(ladderForCohort(buildProfile(), 'child-protection')?.key).toBe('cp');
    expect(ladderForCohort(buildProfile(), 'transition')?.key).toBe('lac');
  });

  it('returns undefined when no ladder serves it', () => {
    const profile = buildProfile((p) => {
      p.ladders[0]!.cohorts = ['looked-after'];
    });
    expect(ladderForCohort(profile, 'transition')).toBeUndefined();
  });
});

describe('describing a response time', () => {
  it.each([
    [{ workingDays: 5 }, '5 working days'],
    [{ workingDays: 1 }, '1 working day'],
    [{ workingDays: 0 }, 'the same working day'],
    [{ hours: 24 }, '24 hours'],
    [{ hours: 1 }, '1 hour'],
    [{ calendarDays: 10 }, '10 calendar days'],
    [{ calendarDays: 1 }, '1 calendar day'],
    [null, 'no set timescale'],
  ] as const)('%j reads "%s"', (rt, text) => {
    expect(describeResponseTime(rt)).toBe(text);
  });
});
