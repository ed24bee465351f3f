import { describe, expect, it } from 'vitest';
import { changedColumns, type DerivedColumns } from '../../../electron/services/escalation-derived';

const row: DerivedColumns = {
  status: 'open',
  stageKey: 'stage-1',
  stageLabel: 'Stage 1',
  stageIndex: 1,
  highestStageIndex: 1,
  recipientRole: 'Team Manager',
  urgency: null,
  categories: '|drift|',
  summary: 'Plan drifting',
  nextDueDate: '2026-12-09',
  nextDueAt: '2026-12-10T00:00:00.000Z',
  dueKey: '2026-12-10T00:00:00.000Z',
  nextStepLabel: null,
  nextStepKind: null,
  overallDueDate: '2027-01-20',
  closedAt: null,
  cafcassReferred: false,
  eventCount: 3,
  followUpOn: null,
  followUpResult: null,
  followUpDoneOn: null,
  followUpWhat: null,
  reRaiseOf: null,
};

// Issue 31, "Saves: fewer pages touched per write (which indexes a note really needs)": SQLite rewrites every index
// holding a column an UPDATE sets, so the save sets only what changed.
describe('the columns a save sets', () => {
  it('a note changes only the event count: no due, stage or status column is set', () => {
    expect(changedColumns(row, { ...row, eventCount: 4 })).toEqual({ eventCount: 4 });
  });

  it('a response that moves the deadline sets the due columns, and nothing else', () => {
    const next = { ...row, nextDueDate: '2026-12-16', nextDueAt: '2026-12-17T00:00:00.000Z', dueKey: '2026-12-17T00:00:00.000Z', eventCount: 4 };
    expect(changedColumns(row, next)).toEqual({ nextDueDate: '2026-12-16', nextDueAt: '2026-12-17T00:00:00.000Z', dueKey: '2026-12-17T00:00:00.000Z', eventCount: 4 });
  });

  it('a resolution sets status, closing time and the cleared due columns (null is a change too)', () => {
    const next = { ...row, status: 'resolved', nextDueDate: null, nextDueAt: null, dueKey: '~', closedAt: '2026-12-04T10:00:00.000Z', eventCount: 4 };
    expect(Object.keys(changedColumns(row, next)).sort()).toEqual(['closedAt', 'dueKey', 'eventCount', 'nextDueAt', 'nextDueDate', 'status']);
  });
});
