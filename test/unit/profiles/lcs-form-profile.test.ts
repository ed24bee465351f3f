import { describe, expect, it } from 'vitest';
import { builtin, categoryLabels, ladderOf, notesMention, stageRows } from './builtin-helpers';

// seeds/000: The Escalation of Concern (including Dispute Resolution) Form.
const lcs = builtin('lcs-form');

describe('LCS escalation form profile (seeds/000)', () => {
  // "This must be used to record a formal concern of the IRO or CP Chair & the response at each stage."
  it('has one formal ladder for the IRO and the CP Chair, with no informal stage', () => {
    expect(lcs.ladders).toHaveLength(1);
    const ladder = ladderOf(lcs, 'formal');
    expect(ladder.cohorts).toEqual(['looked-after', 'child-protection']);
    expect(ladder.informal).toBeNull();
    expect(notesMention(lcs, 'This must be used to record a formal concern of the IRO or CP Chair')).toBe(true);
  });

  // "Response expected within 5 working days" (stages 1–3); "To: (Chief Executive & Elected Member) Response
  // expected within 7 working days"; "If not resolved IRO to progress to CAFCASS".
  it('runs Team Manager, Service Manager, Head of Service/Director, Chief Executive & Elected Member, then CAFCASS', () => {
    expect(stageRows(ladderOf(lcs, 'formal'))).toEqual([
      ['Stage 1', 'Team Manager/Deputy Team Manager', { workingDays: 5 }, 'written-response'],
      ['Stage 2', 'Service Manager', { workingDays: 5 }, 'written-response'],
      ['Stage 3', 'Head of Service/Director', { workingDays: 5 }, 'written-response'],
      ['Stage 4', 'Chief Executive & Elected Member', { workingDays: 7 }, 'written-response'],
      ['CAFCASS', 'CAFCASS', null, 'external-referral'],
    ]);
  });

  // "a copy sent to the Safeguarding Business Manager when the concern is raised and when it is concluded."
  it('copies the Safeguarding Business Manager on every stage letter', () => {
    for (const stage of ladderOf(lcs, 'formal').stages) expect(stage.copyTo).toContain('Safeguarding Business Manager');
  });

  // "Category of Concern: (As specified within IRO Handbook)"
  it('lists the ten categories of concern worded exactly as on the form', () => {
    expect(categoryLabels(lcs)).toEqual([
      'Significant safeguarding concern',
      'Significant drift in permanence planning',
      'Failure to visit as required by regulations/internal protocol',
      'Failure to plan as required by regulations/internal protocol',
      'Key documentation missing e.g. care plan, placement plan, pep, health assessment, pathway plan, social work report, post adoption support plan',
      'Non- implementation of review decisions',
      'Change of care plan without consulting young person',
      'Change of care plan without consulting IRO',
      'Failure to inform IRO of significant event between reviews',
      'Other-specify',
    ]);
  });

  // "Expected Outcome for the Child" – one outcome answering each category, in the same order.
  it('lists the ten expected outcomes for the child, each tied to its category', () => {
    expect(lcs.outcomes).toHaveLength(10);
    lcs.outcomes.forEach((outcome, i) => expect(outcome.categories).toEqual([lcs.categories[i]?.key]));
    expect(lcs.outcomes[0]?.label).toBe('Safeguarding concern addressed- child now safe');
    expect(lcs.outcomes[5]?.label).toBe('Implementation of review decisions –child’s plan is on track');
    expect(lcs.outcomes[7]?.label).toBe(
      'IRO has been consulted about change of care plan- IRO is satisfied that the proposed change ensures the child’s welfare remains paramount and their assessed needs will be met',
    );
    expect(lcs.outcomes[9]?.label).toBe('Other- specify');
  });

  it('has no urgency scheme or overall target, and refers only looked-after children to Cafcass', () => {
    expect(lcs.urgency).toBeNull();
    expect(lcs.overallTarget).toBeNull();
    expect(lcs.rules.cafcass.cohorts).toEqual(['looked-after']);
  });
});
