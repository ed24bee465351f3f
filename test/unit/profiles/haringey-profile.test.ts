import { describe, expect, it } from 'vitest';
import { builtin, category, ladderOf, notesMention, stageRows } from './builtin-helpers';

// seeds/001: London Borough of Haringey.
const haringey = builtin('haringey');
const wd = (workingDays: number) => ({ workingDays });

describe('Haringey profile (seeds/001)', () => {
  it('has separate child protection (CP Chair), looked-after (IRO) and transition ladders', () => {
    expect(haringey.ladders.map((l) => [l.key, l.cohorts])).toEqual([
      ['child-protection', ['child-protection']],
      ['looked-after', ['looked-after']],
      ['transition', ['transition']],
    ]);
  });

  // "If the matter is not resolved within 10 working days, or an earlier timescale that is appropriate to
  // the child's needs, the CP Chair should consider using the Formal Escalation Process"
  it('gives the CP informal escalation 10 working days, answered by the Team Manager', () => {
    const informal = ladderOf(haringey, 'child-protection').informal;
    expect(informal).toMatchObject({ label: 'Informal Escalation of Concern', recipientRole: 'Team Manager', responseTime: wd(10) });
  });

  // "Where resolution to these matters is not agreed within 5 working days, then consideration must be given
  // to progressing to a formal stage"
  it('gives the looked-after informal stage or alert 5 working days', () => {
    const informal = ladderOf(haringey, 'looked-after').informal;
    expect(informal).toMatchObject({ label: 'Informal stage or Alert', responseTime: wd(5) });
  });

  // "The Team Manager has the responsibility for responding to the Escalation in writing, on the MOSAIC Dispute
  // Resolution Form in 5 working days." … "a Dispute Resolution Meeting should be convened within 5 working days
  // chaired by either Assistant Director or Head of Service for Quality Assurance"; table: "Assistant director
  // 5 days (Stage 3)", "Director 8 days (Stage 4)".
  it('runs the CP ladder through Stages 1–3, Assistant Director and Director', () => {
    expect(stageRows(ladderOf(haringey, 'child-protection'))).toEqual([
      ['Stage 1: Team Manager', 'Team Manager', wd(5), 'written-response'],
      ['Stage 2: Service Manager', 'Service Manager', wd(5), 'written-response'],
      ['Stage 3: Head of Service', 'Head of Service', wd(5), 'written-response'],
      ['Assistant Director', 'Assistant Director', wd(5), 'written-response'],
      ['Director', 'Director', wd(8), 'written-response'],
    ]);
  });

  // seeds/001: "If the IRO considers the response to be unsatisfactory then a Dispute Resolution Meeting should be
  // convened within 5 working days chaired by either Assistant Director or Head of Service for Quality Assurance".
  it('makes the Dispute Resolution Meeting a conditional step of Stage 3 on both ladders, opened only by an unsatisfactory response', () => {
    for (const [key, chair] of [
      ['child-protection', 'Assistant Director or Head of Service for Quality Assurance'],
      ['looked-after', 'Head of Service for Quality Assurance'],
    ] as const) {
      const stage3 = ladderOf(haringey, key).stages.find((s) => s.key === 'stage-3')!;
      expect(stage3.steps).toEqual([
        { key: 'response', label: 'Head of Service written response', kind: 'response', time: wd(5) },
        expect.objectContaining({ key: 'dispute-resolution-meeting', label: 'Dispute Resolution Meeting', kind: 'meeting', time: wd(5), when: { step: 'response', outcome: 'unsatisfactory' }, by: chair }),
      ]);
    }
  });

  // "a Dispute Resolution Meeting should be convened within 5 working days chaired by the head of service for
  // Quality Assurance"; "Escalation to Cafcass At any time (Stage 5)"
  it('runs the looked-after ladder the same way, then Cafcass', () => {
    expect(stageRows(ladderOf(haringey, 'looked-after'))).toEqual([
      ['Stage 1: Team Manager', 'Team Manager', wd(5), 'written-response'],
      ['Stage 2: Service Manager', 'Service Manager', wd(5), 'written-response'],
      ['Stage 3: Head of Service', 'Head of Service', wd(5), 'written-response'],
      ['Assistant Director', 'Assistant Director', wd(5), 'written-response'],
      ['Director', 'Director', wd(8), 'written-response'],
      ['Referral to Cafcass', 'Cafcass', null, 'external-referral'],
    ]);
  });

  // "(CC the Social Worker so they are aware)"
  it('copies the Social Worker on the CP and looked-after stage letters', () => {
    for (const key of ['child-protection', 'looked-after']) {
      expect(ladderOf(haringey, key).stages[0]?.copyTo).toEqual(['Social Worker']);
    }
  });

  // "The timescales will be the same as for children's services; the IRO will alert the service manager and head
  // of service in the relevant children's services of their actions."
  it('sends transition escalations to Adult Services on the children’s timescales, copying children’s managers', () => {
    const transition = ladderOf(haringey, 'transition');
    expect(transition.stages.map((s) => s.responseTime)).toEqual(
      ladderOf(haringey, 'child-protection').stages.map((s) => s.responseTime),
    );
    expect(transition.stages[0]?.recipientRole).toBe('Adult Services Team Manager');
    expect(transition.stages[0]?.copyTo).toEqual(['Service Manager (children’s services)', 'Head of Service (children’s services)']);
  });

  // "should have timescales in total of no more than 20 working days"
  it('sets an overall target of 20 working days from the first formal stage', () => {
    expect(haringey.overallTarget).toEqual({ workingDays: 20, from: 'first-formal-stage' });
  });

  // "Criteria for initiating an escalation are summarised in the following categories" (both sections).
  it('keeps the child protection and looked-after criteria as cohort-specific categories', () => {
    const cp = haringey.categories.filter((c) => c.cohorts.includes('child-protection'));
    const lac = haringey.categories.filter((c) => c.cohorts.includes('looked-after'));
    expect(cp).toHaveLength(14);
    expect(lac).toHaveLength(12);
    expect(category(haringey, 'cp-pre-proceedings-plan').label).toBe('Pre-proceedings plan');
    expect(category(haringey, 'cp-visits-core-groups').label).toBe(
      'Failure to visit or hold regular core groups as required by regulations/internal protocol',
    );
    expect(category(haringey, 'lac-voice-of-child')).toMatchObject({
      label: 'Voice of the child is not evident and life story work has not been completed',
      cohorts: ['looked-after', 'transition'],
    });
    expect(category(haringey, 'lac-other-reasons').indicators).toContain(
      'Lack of effective 18+ planning: Including staying put decision making.',
    );
  });

  // "The IRO may bypass any stage"; "the CP Chair can consider requests from managers for further time"
  it('allows bypass and extensions, Cafcass for looked-after children at any point', () => {
    expect(haringey.rules.bypass.allowed).toBe(true);
    expect(haringey.rules.extensions).toEqual({ allowed: true, maxWorkingDays: null });
    expect(haringey.rules.cafcass).toMatchObject({ cohorts: ['looked-after'], atAnyPoint: true, concurrent: true });
    expect(haringey.urgency).toBeNull();
  });

  it('records how the two stage numberings were reconciled and how "8 days" was read', () => {
    expect(notesMention(haringey, 'Two numberings')).toBe(true);
    expect(notesMention(haringey, 'the Director has 8 working days')).toBe(true);
  });
});
