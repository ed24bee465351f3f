import { describe, expect, it } from 'vitest';
import { builtin, ladderOf, notesMention, stageRows } from './builtin-helpers';

// seeds/002: Slough Children's Services Trust, Reviewing Service Escalation and Dispute Resolution Protocol.
const slough = builtin('slough');
const ladder = ladderOf(slough, 'independent-chairs');

describe('Slough profile (seeds/002)', () => {
  // "This protocol will cover the areas of responsibility for the IRO's and CP Chairs … Independent Chairs."
  it('has one ladder for Independent Chairs of both cohorts', () => {
    expect(slough.ladders).toHaveLength(1);
    expect(ladder.cohorts).toEqual(['looked-after', 'child-protection']);
  });

  // "Independent Chair will raise an issue or concern informally with the social worker / ATM"
  it('starts with an informal challenge to the social worker / ATM, without a timescale', () => {
    expect(ladder.informal).toMatchObject({ recipientRole: 'Social Worker / ATM', responseTime: null });
    expect(ladder.informal?.label).toContain('Informal Challenge');
  });

  // "The ATM is expected to reply to the escalation within 5 working days" (and the same for TM, HOS and AD).
  it('escalates to the ATM, TM, HOS and AD, each with 5 working days', () => {
    expect(stageRows(ladder)).toEqual([
      ['Formal Stage 1: Assistant Team Manager (ATM)', 'Assistant Team Manager (ATM)', { workingDays: 5 }, 'written-response'],
      ['Formal Stage 2: Team Manager (TM)', 'Team Manager (TM)', { workingDays: 5 }, 'written-response'],
      ['Formal Stage 3: Head of Service (HOS)', 'Head of Service (HOS)', { workingDays: 5 }, 'written-response'],
      ['Formal Stage 4: Assistant Director Operations (AD)', 'Assistant Director Operations (AD)', { workingDays: 5 }, 'written-response'],
    ]);
  });

  // "Prior to an escalation to stage four a meeting will be set up with the Reviewing Service Manager, Head of
  // Service QA and Safeguarding, Relevant Head of Service and Independent Chair"
  it('notes the meeting before stage four on stage three', () => {
    expect(ladder.stages[2]?.notes.some((n) => n.startsWith('Prior to an escalation to stage four a meeting will be set up'))).toBe(true);
  });

  // "At stage four If the issues cannot be resolved by the AD a meeting will be set up between the AD Operations,
  // the AD Quality, Improvement, Performance and Practice …"
  it('notes the meeting after stage four on stage four', () => {
    expect(ladder.stages[3]?.notes.some((n) => n.includes('a meeting will be set up between the AD Operations'))).toBe(true);
    expect(notesMention(slough, 'they are stage notes')).toBe(true);
  });

  // "this decision will be made in conjunction with the Reviewing Service Manager and the reasons for bypassing
  // earlier stages clearly recorded."
  it('requires a recorded reason and the Reviewing Service Manager’s agreement to bypass', () => {
    expect(slough.rules.bypass).toEqual({
      allowed: true,
      reasonRequired: true,
      agreedWithRequired: true,
      agreedWithRole: 'Reviewing Service Manager',
    });
  });

  // "may consider it necessary to make a concurrent referral to Cafcass at the same time that s/he instigates the
  // dispute resolution process"
  // "this decision will be made in conjunction with the Reviewing Service Manager and the AD Quality, Improvement and Practice"
  it('allows a concurrent Cafcass referral at any point for looked-after children, agreed with both managers it names', () => {
    expect(slough.rules.cafcass).toEqual({ allowed: true, cohorts: ['looked-after'], concurrent: true, atAnyPoint: true, agreedWithRoles: ['Reviewing Service Manager', 'AD Quality, Improvement and Practice'] });
  });

  it('uses the IRO Handbook categories and outcomes, because the protocol lists none', () => {
    expect(slough.categories).toHaveLength(10);
    expect(slough.categories[0]?.label).toBe('Significant safeguarding concern');
    expect(slough.outcomes).toHaveLength(10);
    expect(notesMention(slough, 'the protocol lists none')).toBe(true);
  });
});
