import { describe, expect, it } from 'vitest';
import type { EngineResult } from '../../../shared/engine';
import { buildProfile, cmd, raise, story } from './builders';

const RAISED = '2025-03-03T09:00:00Z'; // Monday
const LATER = '2025-03-11T09:00:00Z'; // Tuesday of the next week

function errorOf(result: EngineResult): { code: string; message: string } | null {
  return result.ok ? null : result.error;
}

describe('escalating', () => {
  it('moves from the informal stage to the first formal stage with a clock opened now', () => {
    const s = story().do(raise(), RAISED).do(cmd.escalate(), LATER);
    const state = s.state();
    expect(state.currentStageKey).toBe('stage-1');
    expect(state.currentStageLabel).toBe('Stage 1');
    expect(state.currentRecipientRole).toBe('Team Manager');
    expect(state.currentClock).toEqual({
      stageKey: 'stage-1',
      openedAt: '2025-03-11T09:00:00.000Z',
      responseTime: { workingDays: 5 },
      dueDate: '2025-03-18',
      dueAt: '2025-03-19T00:00:00.000Z',
    });
    expect(s.events.at(-1)?.body).toMatchObject({ kind: 'escalated', fromStageKey: 'informal', concernsRemaining: 'No response received.' });
  });

  it('refuses at the top of the ladder and suggests Cafcass where the procedure allows it', () => {
    const s = story().do(raise(), RAISED).do(cmd.bypass('stage-4'), LATER);
    expect(errorOf(s.try(cmd.escalate(), LATER))).toEqual({
      code: 'NO_NEXT_STAGE',
      message: 'Stage 4 is the last stage of the Looked-after children ladder, so there is no stage to escalate to. If the concern is still not resolved, consider a referral to Cafcass.',
    });
  });

  it('refuses at the top of a child protection ladder without suggesting Cafcass', () => {
    const s = story()
      .do(raise({ ladderKey: 'cp', cohort: 'child-protection', startAt: 'stage-1' }), RAISED)
      .do(cmd.escalate(), LATER);
    const error = errorOf(s.try(cmd.escalate(), LATER));
    expect(error?.code).toBe('NO_NEXT_STAGE');
    expect(error?.message).toContain('Cafcass referral is not available for children subject to a child protection plan');
  });
});

describe('bypassing stages', () => {
  it('jumps to a later stage, listing and showing the stages skipped', () => {
    const s = story().do(raise(), RAISED).do(cmd.bypass('stage-3'), LATER);
    expect(s.events.at(-1)?.body).toMatchObject({
      kind: 'bypassed',
      fromStageKey: 'informal',
      skippedStageKeys: ['stage-1', 'stage-2'],
      reason: 'Risk of harm is immediate.',
      // Who agreed: a person in the role the procedure names, kept as words for letters and as the person.
      agreedWith: 'J. Smith, Head of the Reviewing Service',
      agreedWithPerson: { name: 'J. Smith', role: 'Head of the Reviewing Service', email: null },
      clock: { stageKey: 'stage-3', openedAt: '2025-03-11T09:00:00.000Z', responseTime: { calendarDays: 10 }, dueDate: '2025-03-21' },
    });
    const state = s.state();
    expect(state.stages.map((st) => [st.key, st.state])).toEqual([
      ['informal', 'done'],
      ['stage-1', 'bypassed'],
      ['stage-2', 'bypassed'],
      ['stage-3', 'current'],
      ['stage-4', 'future'],
    ]);
    expect(state.highestStageIndex).toBe(3);
  });

  it('skips only the stages between the current and the target from a formal stage', () => {
    const s = story().do(raise({ startAt: 'stage-1' }), RAISED).do(cmd.bypass('stage-4'), LATER);
    expect(s.events.at(-1)?.body).toMatchObject({ skippedStageKeys: ['stage-2', 'stage-3'] });
  });

  it('is refused where the procedure does not allow it', () => {
    const profile = buildProfile((p) => {
      p.rules.bypass = { allowed: false };
    });
    expect(errorOf(story(profile).do(raise(), RAISED).try(cmd.bypass('stage-3'), LATER))?.code).toBe('BYPASS_NOT_ALLOWED');
  });

  it('to the next stage is refused with advice to escalate', () => {
    const s = story().do(raise(), RAISED);
    expect(errorOf(s.try(cmd.bypass('stage-1'), LATER))).toEqual({
      code: 'BYPASS_BACKWARDS',
      message: 'Stage 1 is the next stage, so no stage would be bypassed: escalate instead.',
    });
  });

  it('to the current or an earlier stage is refused', () => {
    const s = story().do(raise({ startAt: 'stage-2' }), RAISED);
    expect(errorOf(s.try(cmd.bypass('stage-2'), LATER))?.code).toBe('BYPASS_BACKWARDS');
    expect(errorOf(s.try(cmd.bypass('stage-1'), LATER))?.message).toBe(
      'Stage 1 is not above the current stage, Stage 2; a bypass can only move the concern up the ladder.',
    );
    expect(errorOf(s.try(cmd.bypass('informal'), LATER))?.code).toBe('BYPASS_BACKWARDS');
  });

  it('to a stage the ladder does not have is refused', () => {
    expect(errorOf(story().do(raise(), RAISED).try(cmd.bypass('stage-9'), LATER))?.code).toBe('UNKNOWN_STAGE');
  });

  it('from the top stage is refused because there is nowhere to go', () => {
    const s = story().do(raise({ startAt: 'stage-4' }), RAISED);
    expect(errorOf(s.try(cmd.bypass('stage-4'), LATER))?.code).toBe('NO_NEXT_STAGE');
  });

  it('needs a reason when the procedure requires one', () => {
    const s = story().do(raise(), RAISED);
    expect(errorOf(s.try(cmd.bypass('stage-3', '  '), LATER))?.code).toBe('REASON_REQUIRED');
    const lenient = buildProfile((p) => {
      p.rules.bypass = { allowed: true, reasonRequired: false };
    });
    expect(story(lenient).do(raise(), RAISED).try(cmd.bypass('stage-3', ''), LATER).ok).toBe(true);
  });

  it('needs the name of whoever agreed it, naming the role that must agree', () => {
    const s = story().do(raise(), RAISED);
    expect(errorOf(s.try(cmd.bypass('stage-3', 'Immediate risk.', ''), LATER))).toEqual({
      code: 'AGREED_WITH_REQUIRED',
      message: 'A bypass must be agreed with the Head of the Reviewing Service under this procedure; record who agreed it.',
    });
  });
});
