import { describe, expect, it } from 'vitest';
import { builtin, categoryLabels, ladderOf, notesMention, stageRows } from './builtin-helpers';

// The generic default, following the IRO Handbook (2010) chapter 6 as quoted in seeds/001.
const handbook = builtin('iro-handbook');
const ladder = ladderOf(handbook, 'dispute-resolution');

describe('IRO Handbook default profile', () => {
  it('says in its notes that it is the generic default', () => {
    expect(handbook.notes[0]).toContain('This is the generic default profile');
  });

  // "the IRO, will in the first instance, seek to resolve the issue informally with the social worker or the
  // social worker's managers" (S 6.1 IRO Handbook)
  it('starts informally, tracked against 5 working days because the Handbook gives no number', () => {
    expect(ladder.informal).toMatchObject({ label: 'Informal resolution', responseTime: { workingDays: 5 } });
    expect(notesMention(handbook, 'The Handbook gives no number')).toBe(true);
  });

  // "escalating the matter in dispute through a number of levels of seniority within the department with
  // identified timescales for a response at each stage" (S 6.2)
  it('escalates through four managers at 5 working days each, then Cafcass', () => {
    expect(stageRows(ladder)).toEqual([
      ['Stage 1: Team Manager', 'Team Manager', { workingDays: 5 }, 'written-response'],
      ['Stage 2: Service Manager', 'Service Manager', { workingDays: 5 }, 'written-response'],
      ['Stage 3: Head of Service', 'Head of Service', { workingDays: 5 }, 'written-response'],
      ['Stage 4: Director of Children’s Services', 'Director of Children’s Services', { workingDays: 5 }, 'written-response'],
      ['Referral to Cafcass', 'Cafcass', null, 'external-referral'],
    ]);
  });

  // "timescales in total of no more than 20 working days"
  it('sets the 20 working day overall target', () => {
    expect(handbook.overallTarget).toEqual({ workingDays: 20, from: 'first-formal-stage' });
    expect(notesMention(handbook, 'no more than 20 working days')).toBe(true);
  });

  it('uses the LCS form’s categories with an outcome for each', () => {
    expect(categoryLabels(handbook)).toHaveLength(10);
    expect(categoryLabels(handbook)).toContain('Change of care plan without consulting the IRO');
    expect(handbook.outcomes.map((o) => o.categories)).toEqual(handbook.categories.map((c) => [c.key]));
    expect(handbook.urgency).toBeNull();
  });

  // "The IRO may bypass any stage and progress the dispute to the level s/he considers most appropriate."
  it('allows bypass with a reason and Cafcass referral for looked-after children at any point', () => {
    expect(handbook.rules.bypass).toMatchObject({ allowed: true, reasonRequired: true, agreedWithRequired: false });
    expect(handbook.rules.cafcass).toEqual({ allowed: true, cohorts: ['looked-after'], concurrent: true, atAnyPoint: true });
  });
});
