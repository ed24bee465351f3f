import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../shared/calendar';
import { followUpFigures } from '../../../electron/reports/period-figures';
import { followUpSentence } from '../../../shared/reports/key-messages';
import type { PeriodFigures } from '../../../shared/api/reports-outputs';

const calendar = createCalendar();
const row = (followUp: { checkOn: string; result: string | null; doneOn: string | null; raisedAgain?: boolean } | null, raisedAt = '2026-03-02T09:00:00.000Z') => ({
  raisedAt,
  resolvedOn: '2026-03-04',
  overallDueDate: null,
  outcomes: [],
  followUp: followUp && { raisedAgain: false, ...followUp },
});

describe('the evidence-of-impact figures', () => {
  it('count each follow-up once, as recorded by the report day, and never guess one that was not set', () => {
    const f = followUpFigures(
      [
        row({ checkOn: '2026-03-13', result: 'done', doneOn: '2026-03-12' }), // raised Mon 2 March: 8 working days
        row({ checkOn: '2026-03-13', result: 'done', doneOn: '2026-03-03' }), // 1 working day
        row({ checkOn: '2026-03-13', result: 'not-done', doneOn: null, raisedAgain: true }),
        row({ checkOn: '2026-03-13', result: 'not-done', doneOn: null }),
        row({ checkOn: '2026-03-20', result: null, doneOn: null }), // the report's own day: due, not yet past
        row({ checkOn: '2026-04-30', result: null, doneOn: null }),
        row(null),
      ],
      calendar,
      '2026-03-20',
    );
    expect(f).toEqual({ resolvedWithAction: 6, notSet: 1, due: 5, recorded: 4, done: 2, partly: 0, notDone: 2, raisedAgain: 1, notYetChecked: 2, overdueUnchecked: 0, medianWorkingDaysToAction: 4.5 });
  });

  it('say so plainly when nothing resolved had an agreed action', () => {
    const none = followUpFigures([row(null)], calendar, '2026-03-20');
    expect(none).toMatchObject({ resolvedWithAction: 0, notSet: 1, medianWorkingDaysToAction: null });
    expect(followUpSentence({ followUps: none } as PeriodFigures, 'quarter')).toBe('Evidence of impact: no escalation resolved in the quarter had an agreed action to check.');
  });
});
