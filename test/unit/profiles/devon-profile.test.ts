import { describe, expect, it } from 'vitest';
import { builtin, category, categoryLabels, ladderOf, notesMention, stageRows } from './builtin-helpers';

// seeds/003: Devon QARSS Resolution and Escalation Protocol.
const devon = builtin('devon');
const ladder = ladderOf(devon, 'reviewing-officers');

describe('Devon profile (seeds/003)', () => {
  // "A resolution meeting/discussion should be considered."
  it('starts with a resolution meeting that has no fixed timescale', () => {
    expect(ladder.informal).toMatchObject({ label: 'Resolution Meeting', responseTime: null });
  });

  // "Stage 1: … Team Manager", "Stage 2: … an Area Manager", "Stage 3: … a Locality Director",
  // "Stage 4: … the Head of Service"
  it('escalates to Team Manager, Area Manager, Locality Director and Head of Service', () => {
    expect(stageRows(ladder)).toEqual([
      ['Stage 1: Team Manager', 'Team Manager', { workingDays: 5 }, 'written-response'],
      ['Stage 2: Area Manager', 'Area Manager', { workingDays: 5 }, 'written-response'],
      ['Stage 3: Locality Director', 'Locality Director', { workingDays: 5 }, 'written-response'],
      ['Stage 4: Head of Service', 'Head of Service', { workingDays: 5 }, 'written-response'],
    ]);
  });

  // "** Escalation of a concern to this stage requires discussion with the QARSS UNIT Operations Manager in the
  // first instance."
  it('reminds the chair that stage 4 needs the QARSS Unit Operations Manager first', () => {
    expect(ladder.stages[3]?.notes).toContain(
      'Escalation of a concern to this stage requires discussion with the QARSS UNIT Operations Manager in the first instance.',
    );
  });

  // "The following status rating will be used to help communicate the urgency of the escalation AT EACH STAGE and
  // governs the required response time": GREEN "Within 5 working days", AMBER "Within 3 working days",
  // RED "Within 24 hours".
  it('uses the RAG rating for the response time at every stage', () => {
    expect(devon.urgency?.overridesStageTimes).toBe(true);
    expect(devon.urgency?.defaultLevel).toBe('green');
    expect(devon.urgency?.levels.map((l) => [l.key, l.label, l.responseTime])).toEqual([
      ['green', 'GREEN. Low risk', { workingDays: 5 }],
      ['amber', 'AMBER. Moderate risk', { workingDays: 3 }],
      ['red', 'RED. High or Immediate Risk', { hours: 24 }],
    ]);
    expect(devon.urgency?.levels[2]?.description).toBe(
      'Urgent safeguarding concerns about a child requiring immediate action to ensure their safety.',
    );
  });

  // "In all escalations, a resolution should be achieved within 20 working days or a timescale that protects the
  // child from harm (whichever is less)."
  it('sets an overall target of 20 working days', () => {
    expect(devon.overallTarget).toEqual({ workingDays: 20, from: 'first-formal-stage' });
  });

  // "The Reviewing Officer's Escalation will identify the nature of the concerns under one of the following headings"
  it('has the 15 concern headings in order', () => {
    expect(categoryLabels(devon)).toEqual([
      'Immediate safety',
      'Quality of assessment',
      'Absence or delays in assessment',
      'Quality of planning – safeguarding',
      'Quality of planning – independence/ transition',
      'Absence or delays in planning including permanence',
      'Participation',
      'Statutory compliance',
      'Stability of placement',
      'Suitability of placement',
      'Quality of relationships in placement',
      'Quality of professional relationships',
      'Management and oversight',
      'Direct practice with children and families',
      'Other',
    ]);
  });

  // Appendix A: "The indicators given below for each key area are examples and are not exhaustive."
  it('carries the Appendix A indicators under each heading', () => {
    expect(devon.categories.every((c) => c.indicators.length > 0)).toBe(true);
    expect(devon.categories.reduce((n, c) => n + c.indicators.length, 0)).toBe(44);
    expect(category(devon, 'immediate-safety').indicators).toEqual([
      'Safeguarding issues are not being adequately addressed and there is a likelihood of immediate harm',
    ]);
    expect(category(devon, 'other').indicators).toContain('Delay in discharge of care order');
    expect(category(devon, 'statutory-compliance').indicators).toContain(
      'Lack of key documents prepared and provided to all in advance of reviews (Care Plan, SW Report, Health Plan, PEP)',
    );
  });

  // "Concerns that … indicate a pattern or theme beyond an individual child, should be recorded on the Themed
  // Concern Tab"
  it('allows themed concerns, bypass with a reason and Cafcass at any point', () => {
    expect(devon.rules.themedConcerns).toBe(true);
    expect(devon.rules.bypass).toMatchObject({ allowed: true, reasonRequired: true });
    expect(devon.rules.cafcass).toMatchObject({ cohorts: ['looked-after'], atAnyPoint: true, concurrent: true });
  });

  it('records why GREEN is the default level', () => {
    expect(notesMention(devon, 'GREEN is the default')).toBe(true);
  });
});
