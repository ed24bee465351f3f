import { describe, expect, it } from 'vitest';
import { allowedCommands, decide, type Command } from '../../../shared/engine';
import { createCalendar } from '../../../shared/calendar';
import { getBuiltinProfile } from '../../../shared/profile/builtin';
import type { Cohort } from '../../../shared/profile/schema';
import { profileInput, raise, Story } from './builders';
import { validateProfile } from '../../../shared/profile/validate';

const MON = '2025-03-03T09:00:00Z';
const LATER = '2025-03-05T10:00:00Z';
const LATEST = '2025-04-14T10:00:00Z';

const builtin = (id: string) => getBuiltinProfile(id)!;
const storyOf = (id: string) => {
  const p = builtin(id);
  return new Story(p, createCalendar({ region: p.region, closureDays: p.closureDays }));
};
const raiseIn = (id: string, startAt: string, cohort: Cohort = 'looked-after', extra: Partial<Extract<Command, { kind: 'raise' }>> = {}) => {
  const p = builtin(id);
  const ladder = p.ladders.find((l) => l.cohorts.includes(cohort))!;
  return raise({
    ladderKey: ladder.key,
    cohort,
    startAt,
    urgency: p.urgency?.defaultLevel ?? null,
    concern: { ...raise().concern, categoryKeys: [p.categories.find((c) => c.cohorts.length === 0 || c.cohorts.includes(cohort))!.key], expectedOutcomeKeys: [] },
    bypass: undefined,
    ...extra,
  });
};
const escalate = (extra: object = {}): Command => ({ kind: 'escalate', concernsRemaining: 'Still no plan.', actionsTaken: 'Chased.', ...extra }) as Command;
const opsManager = { name: 'Lee Grant', role: 'QARSS Unit Operations Manager', email: '' };

// Devon, seeds/003: "Escalation of a concern to this stage requires discussion with the QARSS UNIT Operations
// Manager in the first instance."
describe('a precondition of a stage (Devon Stage 4)', () => {
  const atStage3 = () => storyOf('devon').do(raiseIn('devon', 'stage-1'), MON).do(escalate(), MON).do(escalate(), MON);

  it('refuses the move with the procedure’s sentence until the discussion is recorded', () => {
    const r = atStage3().try(escalate(), LATER);
    expect(r.ok ? null : r.error).toEqual({
      code: 'PRECONDITION_REQUIRED',
      message:
        'Escalation of a concern to this stage requires discussion with the QARSS UNIT Operations Manager in the first instance. Record the discussion with the QARSS Unit Operations Manager (who, when and how) before moving to Stage 4: Head of Service, or say why it was not possible.',
    });
  });

  it('refuses a person who does not hold the role ("my mate")', () => {
    const r = atStage3().try(escalate({ preconditions: [{ key: 'operations-manager', with: { name: 'my mate', role: 'Friend', email: '' }, how: 'phone' }] }), LATER);
    expect(r.ok ? '' : r.error.code).toBe('PRECONDITION_ROLE');
    expect(r.ok ? '' : r.error.message).toContain('my mate is recorded as Friend, not the QARSS Unit Operations Manager');
  });

  it('records who, when and how on the event that enters the stage', () => {
    const s = atStage3().do(escalate({ preconditions: [{ key: 'operations-manager', with: opsManager, on: '2025-03-04', how: 'teams' }] }), LATER);
    expect(s.events.at(-1)!.body).toMatchObject({
      kind: 'escalated',
      clock: { stageKey: 'stage-4' },
      preconditions: [{ key: 'operations-manager', kind: 'discussion', role: 'QARSS Unit Operations Manager', with: { name: 'Lee Grant', role: 'QARSS Unit Operations Manager', email: null }, on: '2025-03-04', how: 'teams' }],
    });
    // A directory person with the job role key qa-manager holds the role too.
    const fromPeople = atStage3().try(escalate({ preconditions: [{ key: 'operations-manager', with: { name: 'Ann Okafor', role: 'qa-manager', email: '' }, how: 'in-person' }] }), LATER);
    expect(fromPeople.ok).toBe(true);
  });

  it('may be waived with why it was not possible, and the event says so', () => {
    const s = atStage3().do(escalate({ preconditions: [{ key: 'operations-manager', waived: 'Operations Manager on leave; risk same day.' }] }), LATER);
    expect(s.events.at(-1)!.body).toMatchObject({ preconditions: [{ key: 'operations-manager', waived: 'Operations Manager on leave; risk same day.' }] });
  });

  it('cannot be dated after the move', () => {
    const r = atStage3().try(escalate({ preconditions: [{ key: 'operations-manager', with: opsManager, on: '2025-03-06', how: 'phone' }] }), LATER);
    expect(r.ok ? '' : r.error.code).toBe('INVALID_DATE');
  });
});

// Slough, seeds/002: "this decision will be made in conjunction with the Reviewing Service Manager and the
// reasons for bypassing earlier stages clearly recorded."
describe('who agreed a bypass is a person in the role the procedure names (Slough)', () => {
  const bypass = (agreedWith: unknown): Command => ({ kind: 'bypass', toStageKey: 'stage-3', reason: 'Serious and urgent.', agreedWith }) as Command;
  const informal = () => storyOf('slough').do(raiseIn('slough', 'informal'), MON);

  it('refuses a word, and a person in another role', () => {
    const word = informal().try(bypass('my mate'), LATER);
    expect(word.ok ? '' : word.error.message).toBe("Choose the person who agreed the move to Formal Stage 3: Head of Service (HOS) from People (or type their name and role): it must be the Reviewing Service Manager.");
    const other = informal().try(bypass({ name: 'Tom Barker', role: 'Team Manager', email: '' }), LATER);
    expect(other.ok ? '' : other.error.message).toContain('Tom Barker is recorded as Team Manager');
  });

  // seeds/002: "this decision will be made in conjunction with the Reviewing Service Manager and the AD Quality,
  // Improvement and Practice and reasons for doing so will be clearly recorded."
  it('a Cafcass referral is agreed with a person holding each role the procedure names', () => {
    const refer = (agreedWith?: unknown): Command => ({ kind: 'refer-cafcass', concurrent: true, referredOn: '2025-03-05', note: 'Plan drift', ...(agreedWith ? { agreedWith } : {}) }) as Command;
    const none = informal().try(refer(), LATER);
    expect(none.ok ? '' : none.error.message).toBe('A referral to Cafcass must be agreed with the Reviewing Service Manager under this procedure: record who agreed it.');
    const one = informal().try(refer([{ name: 'Ann Okafor', role: 'Reviewing Service Manager', email: '' }]), LATER);
    expect(one.ok ? '' : one.error.message).toContain('agreed with the AD Quality, Improvement and Practice');
    const both = informal().do(refer([{ name: 'Ann Okafor', role: 'Reviewing Service Manager', email: '' }, { name: 'Dev Rao', role: 'assistant-director', email: '' }]), LATER);
    expect(both.events.at(-1)!.body).toMatchObject({ kind: 'cafcass-referred', agreedWith: [{ name: 'Ann Okafor' }, { name: 'Dev Rao' }] });
  });

  it('accepts the Reviewing Service Manager, keeping the person on the event', () => {
    const s = informal().do(bypass({ name: 'Ann Okafor', role: 'Reviewing Service Manager', email: 'ann@example.gov.uk' }), LATER);
    expect(s.events.at(-1)!.body).toMatchObject({ kind: 'bypassed', agreedWith: 'Ann Okafor, Reviewing Service Manager', agreedWithPerson: { name: 'Ann Okafor', email: 'ann@example.gov.uk' } });
  });
});

// Rutland, seeds/004: "If the IRO is not satisfied with the response at stage 4, the QA manager can move to stage 5";
// "The Independent Chair has the discretion to proceed directly to stage 3 and 4 in more serious or urgent cases."
describe('who may move it on, and starting above the first stage (Rutland)', () => {
  const atStage4 = () => storyOf('rutland').do(raiseIn('rutland', 'stage-4', 'looked-after', { bypass: { reason: 'Serious and urgent.' } }), MON);

  it('offers Stage 5 only to the QA manager, and refuses a chair at the door too', () => {
    const s = atStage4();
    const state = s.state();
    expect(allowedCommands(state, s.profile, new Date(LATER), 'chair').kinds).not.toContain('escalate');
    expect(allowedCommands(state, s.profile, new Date(LATER), 'qa-manager').kinds).toContain('escalate');
    const chair = { ...s.ctx(LATER), actorRole: 'chair' as const };
    const refused = decide(s.events, escalate(), chair);
    expect(refused.ok ? null : refused.error).toEqual({
      code: 'NOT_PERMITTED',
      message:
        'Stage 5: Independent Chair of the LSCB can only be entered by a QA manager under this procedure ("If the IRO is not satisfied with the response at stage 4, the QA manager can move to stage 5"). Ask a QA manager to move it on.',
    });
    expect(decide(s.events, escalate(), { ...s.ctx(LATER), actorRole: 'qa-manager' }).ok).toBe(true);
  });

  it('treats starting at Stage 3 as a bypass: a reason is asked for and recorded with the stages skipped', () => {
    const noReason = storyOf('rutland').try(raiseIn('rutland', 'stage-3'), MON);
    expect(noReason.ok ? null : noReason.error.code).toBe('REASON_REQUIRED');
    const s = storyOf('rutland').do(raiseIn('rutland', 'stage-3', 'looked-after', { bypass: { reason: 'Serious and urgent.' } }), MON);
    expect(s.events[0]!.body).toMatchObject({ kind: 'raised', bypass: { skippedStageKeys: ['stage-1', 'stage-2'], reason: 'Serious and urgent.', agreedWith: '' } });
  });

  it('refuses to start at Stage 5, which no bypass may reach', () => {
    const r = storyOf('rutland').try(raiseIn('rutland', 'stage-5', 'looked-after', { bypass: { reason: 'Urgent.' } }), MON);
    expect(r.ok ? null : r.error).toEqual({
      code: 'BYPASS_NOT_ALLOWED',
      message: 'Starting at Stage 5: Independent Chair of the LSCB bypasses the stages before it, and this procedure only allows going straight to Stage 3: Head of Service or Stage 4: Director for People.',
    });
  });

  it('counts reaching Stage 6: CAFCASS as the referral, once, and offers no second one', () => {
    const s = atStage4().do(escalate(), LATER).do(escalate(), LATEST);
    const referrals = s.events.filter((e) => e.body.kind === 'cafcass-referred');
    expect(referrals.map((e) => e.body)).toEqual([{ kind: 'cafcass-referred', concurrent: true, referredOn: '2025-04-14', note: 'Escalated to Stage 6: CAFCASS.', byStage: 'stage-6' }]);
    const state = s.state();
    expect(state.cafcassReferred).toBe(true);
    const allowed = allowedCommands(state, s.profile, new Date(LATEST));
    expect(allowed.kinds).not.toContain('refer-cafcass');
    expect(allowed.refused.escalate?.message).not.toContain('consider a referral to Cafcass');
  });
});

// Haringey, seeds/001: "the CP Chair will consult with their line manager before initiating a CP escalation within MOSAIC".
describe('Haringey: the line manager consulted before the formal escalation begins', () => {
  it('refuses Stage 1 (raised there or escalated into) until the consultation is recorded, and a QA manager from People counts as the line manager', () => {
    const atStage1 = storyOf('haringey').try(raiseIn('haringey', 'stage-1', 'child-protection'), MON);
    expect(atStage1.ok ? '' : atStage1.error.message).toMatch(/^The CP Chair will consult with their line manager before initiating a CP escalation within MOSAIC\. Record the discussion with the Line manager/);
    const informal = storyOf('haringey').do(raiseIn('haringey', 'informal', 'child-protection'), MON);
    expect(informal.try(escalate(), LATER).ok).toBe(false);
    const up = informal.do(escalate({ preconditions: [{ key: 'line-manager', with: { name: 'Ann Okafor', role: 'qa-manager', email: '' }, how: 'in-person' }] }), LATER);
    expect(up.state().currentStageKey).toBe('stage-1');
  });
});

describe('the profile format for what a stage requires', () => {
  it('refuses a repeated precondition key and an app role that does not exist, naming the path', () => {
    const input = profileInput();
    input.ladders[0]!.stages[1] = {
      ...input.ladders[0]!.stages[1]!,
      requires: [
        { key: 'talk', kind: 'discussion', role: 'Service Manager', text: 'Discuss it first.' },
        { key: 'talk', kind: 'agreement', role: 'Head of Service', text: 'Agree it first.' },
      ],
      enteredBy: { appRoles: ['director'], text: 'Only the director.' },
    } as never;
    const checked = validateProfile(input);
    const problems = checked.ok ? [] : checked.problems.map((p) => p.path);
    expect(problems).toEqual(expect.arrayContaining(['ladders[0].stages[1].requires[1].key', 'ladders[0].stages[1].enteredBy.appRoles[0]']));
  });
});
