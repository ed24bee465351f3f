import { describe, expect, it } from 'vitest';
import { reminderText } from '../../../electron/reminders';
import type { EscalationRow } from '../../../shared/api/outputs';

const row = (name: string): EscalationRow =>
  ({ id: name, childId: 'c', childName: name, caseId: `C-${name}`, stageLabel: 'Stage 1: Team Manager' }) as unknown as EscalationRow;

describe('the desktop reminder', () => {
  it('says nothing when nothing is due today or overdue', () => {
    expect(reminderText({ today: '2025-03-03', overdue: [], dueToday: [], followUpsDue: [] })).toBeNull();
  });
  it('counts overdue and due-today stages and names the most urgent first', () => {
    expect(reminderText({ today: '2025-03-03', overdue: [row('Amara')], dueToday: [row('Leo'), row('Mia')], followUpsDue: [] })).toBe(
      'You have 1 overdue and 2 due today. First: Amara (C-Amara), Stage 1: Team Manager.',
    );
  });
  it('counts the agreed actions to check, and names one when nothing else is due', () => {
    expect(reminderText({ today: '2025-03-03', overdue: [row('Amara')], dueToday: [], followUpsDue: [row('Leo'), row('Mia')] })).toBe(
      'You have 1 overdue and 2 agreed actions to check. First: Amara (C-Amara), Stage 1: Team Manager.',
    );
    expect(reminderText({ today: '2025-03-03', overdue: [], dueToday: [], followUpsDue: [row('Leo')] })).toBe(
      'You have 1 agreed action to check. First: Leo (C-Leo), resolved: did the agreed action happen?',
    );
  });
});
