import { describe, expect, it } from 'vitest';
import { builtin, category, ladderOf, notesMention, stageRows } from './builtin-helpers';

// seeds/004: Rutland, Independent Chairs' escalation (dispute resolution) process.
const rutland = builtin('rutland');
const ladder = ladderOf(rutland, 'dispute-resolution');

describe('Rutland profile (seeds/004)', () => {
  // "At each of the first 3 stages, a response is required within 5 working days of receipt of the alert."
  // "The Director for People has 10 days to hold and meeting and submit a response to the QA Manager."
  // "If a satisfactory response is not obtained within 10 working days, the QA Manager has the option to hand
  // this over to CAFCASS"
  it('has the six stages of the table, with the stage 4 and 5 meetings', () => {
    expect(stageRows(ladder)).toEqual([
      ['Stage 1: Team Manager', 'Team Manager', { workingDays: 5 }, 'written-response'],
      ['Stage 2: Service Manager', 'Service Manager', { workingDays: 5 }, 'written-response'],
      ['Stage 3: Head of Service', 'Head of Service', { workingDays: 5 }, 'written-response'],
      ['Stage 4: Director for People', 'Director for People', { calendarDays: 10 }, 'meeting'],
      ['Stage 5: Independent Chair of the LSCB', 'Independent Chair of the LSCB', { workingDays: 10 }, 'meeting'],
      ['Stage 6: CAFCASS', 'CAFCASS', null, 'external-referral'],
    ]);
  });

  it('quotes the stage 4 sentence and explains reading "10 days" as calendar days', () => {
    expect(notesMention(rutland, '"The Director for People has 10 days to hold and meeting and submit a response to the QA Manager."')).toBe(true);
    expect(notesMention(rutland, 'read as 10 calendar days')).toBe(true);
  });

  // "The Independent Chair has the discretion to proceed directly to stage 3 and 4 in more serious or urgent cases."
  it('lets a bypass go only to stage 3 or stage 4', () => {
    expect(rutland.rules.bypass).toMatchObject({ allowed: true, reasonRequired: true, toStageKeys: ['stage-3', 'stage-4'] });
  });

  // "The meeting should be independently minuted." / "submit a response to the QA Manager"
  it('copies the Quality Assurance Manager on the meeting stages and records who is invited', () => {
    expect(ladder.stages[3]?.copyTo).toEqual(['Quality Assurance Manager']);
    expect(ladder.stages[3]?.notes).toContain(
      'All key personnel should be invited to the meeting (worker, team manager, service manager and Head of Service).',
    );
  });

  // "examples of situations where an Independent Chair might have concerns and initiate the escalation process may include"
  it('uses the document’s examples as child protection categories', () => {
    expect(category(rutland, 'cp-core-groups')).toMatchObject({
      label: 'Core Group Meetings not having taken place or not within the prescribed timescales, or not being effective in progressing the plan',
      cohorts: ['child-protection'],
    });
    expect(rutland.categories.filter((c) => c.cohorts.includes('child-protection'))).toHaveLength(5);
    expect(category(rutland, 'other').cohorts).toEqual([]);
  });

  it('has no informal stage and explains why', () => {
    expect(ladder.informal).toBeNull();
    expect(notesMention(rutland, 'is a threshold discussion before stage 1')).toBe(true);
  });

  it('refers only looked-after children to CAFCASS', () => {
    expect(rutland.rules.cafcass.cohorts).toEqual(['looked-after']);
  });
});
