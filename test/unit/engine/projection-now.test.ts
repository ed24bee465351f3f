import { describe, expect, it } from 'vitest';
import { addWorkingDays, createCalendar, londonDateOf } from '../../../shared/calendar';
import { project } from '../../../shared/engine';
import { getBuiltinProfile } from '../../../shared/profile/builtin';
import { calendar, raise, story, Story } from './builders';

const OPENED = '2025-03-03T09:00:00.000Z'; // Monday

describe('projections a chair can trust', () => {
  it('chains the next stage from the current one while it is on time', () => {
    const s = story().do(raise({ ladderKey: 'cp', cohort: 'child-protection', startAt: 'stage-1' }), OPENED);
    const st = project(s.events, s.profile, calendar, new Date('2025-03-04T09:00:00Z'));
    const stage1 = st.stages.find((x) => x.key === 'stage-1')!;
    const stage2 = st.stages.find((x) => x.key === 'stage-2')!;
    expect(stage2.projectedFromNow).toBeUndefined();
    // Day 0 is the day Stage 1 falls due.
    expect(stage2.projectedDueDate! > stage1.clock!.dueDate!).toBe(true);
  });

  it('never projects into the past: after an overdue stage, the next is projected from now and says so', () => {
    const s = story().do(raise({ ladderKey: 'cp', cohort: 'child-protection', startAt: 'stage-1' }), OPENED);
    const now = new Date('2025-04-01T10:00:00Z'); // weeks after Stage 1 fell due
    const st = project(s.events, s.profile, calendar, now);
    const future = st.stages.filter((x) => x.state === 'future');
    expect(future.length).toBeGreaterThan(0);
    for (const f of future) expect(f.projectedDueDate! >= londonDateOf(now)).toBe(true);
    expect(future[0]!.projectedFromNow).toBe(true);
    // Without "now" (the stored projection), the chain is as before: no flag.
    expect(project(s.events, s.profile, calendar).stages.find((x) => x.key === future[0]!.key)!.projectedFromNow).toBeUndefined();
  });

  // Slough (seeds/002): the informal challenge has no timescale; each formal stage has its own 5 working days.
  it('a stage after one without a timescale shows its own timescale, not "no set timescale"', () => {
    const slough = getBuiltinProfile('slough')!;
    const cal = createCalendar({ region: slough.region, closureDays: slough.closureDays });
    const s = new Story(slough, cal).do(raise({ ladderKey: slough.ladders[0]!.key, cohort: 'looked-after', startAt: 'informal', urgency: null, concern: { ...raise().concern, categoryKeys: [slough.categories[0]!.key], expectedOutcomeKeys: [] } }), OPENED);
    const stage1 = project(s.events, slough, cal, new Date(OPENED)).stages.find((x) => x.key === 'stage-1')!;
    expect([stage1.projectedDueDate, stage1.timescale]).toEqual([null, '5 working days']);
  });

  it('an overdue stage’s successor, projected from now, falls due its own timescale after today', () => {
    const s = story().do(raise({ ladderKey: 'cp', cohort: 'child-protection', startAt: 'stage-1' }), OPENED);
    const now = new Date('2025-04-01T10:00:00Z'); // Tuesday
    const next = project(s.events, s.profile, calendar, now).stages.find((x) => x.key === 'stage-2')!;
    // The test profile's child-protection Stage 2: 5 working days, counted from today (day 0).
    expect(next.projectedDueDate).toBe(addWorkingDays(calendar, '2025-04-01', 5));
    expect(next.projectedDueDate).toBe('2025-04-08');
  });
});
