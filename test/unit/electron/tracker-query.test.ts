import { describe, expect, it } from 'vitest';
import { endOfWeek, resolveTrackerFilter } from '../../../electron/services/tracker-query';
import { trackerFilterSchema } from '../../../shared/api/inputs';

const me = { name: 'Sam Patel', team: 'Children in Care 2' };
const now = new Date('2025-10-29T10:00:00Z'); // Wednesday

describe('the tracker filters as SQL bounds', () => {
  it('"mine" is the signed-in chair and "my team" their team', () => {
    expect(resolveTrackerFilter(trackerFilterSchema.parse({ scope: 'mine' }), me, now)).toMatchObject({ chair: 'Sam Patel', status: 'open' });
    expect(resolveTrackerFilter(trackerFilterSchema.parse({ scope: 'team' }), me, now)).toMatchObject({ team: 'Children in Care 2' });
    expect(resolveTrackerFilter(trackerFilterSchema.parse({ scope: 'all', chair: 'Ann Okafor' }), me, now)).toMatchObject({ chair: 'Ann Okafor' });
  });

  it('"due this week" runs from today to Sunday, and overdue is relative to now', () => {
    const q = resolveTrackerFilter(trackerFilterSchema.parse({ dueWithin: 'week', overdue: true }), me, now);
    expect(q).toMatchObject({ dueFrom: '2025-10-29', dueTo: '2025-11-02', overdueAt: '2025-10-29T10:00:00.000Z' });
    expect(endOfWeek('2025-11-02')).toBe('2025-11-02');
    expect(endOfWeek('2025-11-03')).toBe('2025-11-09');
  });

  it('"Due: Overdue / Today / Tomorrow" use the banner\'s bounds: today and tomorrow leave out what is already overdue', () => {
    const at = '2025-10-29T10:00:00.000Z';
    expect(resolveTrackerFilter(trackerFilterSchema.parse({ dueWithin: 'overdue' }), me, now)).toMatchObject({ overdueAt: at });
    expect(resolveTrackerFilter(trackerFilterSchema.parse({ dueWithin: 'today' }), me, now)).toMatchObject({ dueFrom: '2025-10-29', dueTo: '2025-10-29', dueAfter: at });
    expect(resolveTrackerFilter(trackerFilterSchema.parse({ dueWithin: 'tomorrow' }), me, now)).toMatchObject({ dueFrom: '2025-10-30', dueTo: '2025-10-30', dueAfter: at });
  });

  it('stage and urgency take several values separated by commas', () => {
    expect(resolveTrackerFilter(trackerFilterSchema.parse({ urgency: 'red,amber', stage: 'stage-2,stage-3' }), me, now)).toMatchObject({ urgency: 'red,amber', stage: 'stage-2,stage-3' });
  });

  it('raised and closed date ranges are whole London days, across the October clock change', () => {
    const q = resolveTrackerFilter(trackerFilterSchema.parse({ from: '2025-10-25', to: '2025-10-26', closedFrom: '2025-03-30', closedTo: '2025-03-30' }), me, now);
    // 25 Oct 00:00 BST = 24 Oct 23:00Z; the day after 26 Oct starts at 27 Oct 00:00 GMT.
    expect(q).toMatchObject({ raisedFrom: '2025-10-24T23:00:00.000Z', raisedTo: '2025-10-27T00:00:00.000Z', closedFrom: '2025-03-30T00:00:00.000Z', closedTo: '2025-03-30T23:00:00.000Z' });
  });
});
