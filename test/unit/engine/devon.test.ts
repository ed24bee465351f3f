import { describe, expect, it } from 'vitest';
import { timelinessOf } from '../../../shared/engine';
import { devonProfile } from '../../../shared/profile/builtin/devon';
import { profileSchema } from '../../../shared/profile/schema';
import { calendar, cmd, raise, story } from './builders';

const devon = profileSchema.parse(devonProfile);
const devonRaise = (urgency: string) =>
  raise({
    ladderKey: 'reviewing-officers',
    cohort: 'child-protection',
    startAt: 'stage-1',
    urgency,
    concern: { ...raise().concern, categoryKeys: ['quality-of-assessment'], expectedOutcomeKeys: [] },
  });

describe('the Devon protocol (RAG urgency at every stage)', () => {
  it('gives a red concern 24 hours and a green one 5 working days from when the stage opened', () => {
    const s = story(devon).do(devonRaise('red'), '2025-03-03T09:00:00Z');
    expect(s.state().currentClock).toMatchObject({ dueAt: '2025-03-04T09:00:00.000Z' });
    s.do(cmd.urgency('green'), '2025-03-04T08:00:00Z');
    expect(s.state().currentClock).toMatchObject({ openedAt: '2025-03-03T09:00:00.000Z', dueDate: '2025-03-10' });
    expect(timelinessOf(s.state(), new Date('2025-03-04T10:00:00Z'), calendar).timeliness).toBe('on-track');
  });

  it('runs the 20 working day limit from the first formal stage', () => {
    expect(story(devon).do(devonRaise('amber'), '2025-03-03T09:00:00Z').state().overallDueDate).toBe('2025-03-31');
  });

  it('refuses a Cafcass referral for a child on a child protection plan', () => {
    const result = story(devon).do(devonRaise('amber'), '2025-03-03T09:00:00Z').try(cmd.cafcass('2025-03-04'), '2025-03-04T09:00:00Z');
    expect(result.ok ? '' : result.error.code).toBe('CAFCASS_NOT_ALLOWED');
  });
});
