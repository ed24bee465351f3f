import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addWorkingDays, londonDateOf } from '../../../shared/calendar';
import { allowedCommands, dateSteps, projectTimeline, stepsOfStage, type StepPlan } from '../../../shared/engine';
import { validateProfile } from '../../../shared/profile/validate';
import { getBuiltinProfile } from '../../../shared/profile/builtin';
import { createCalendar } from '../../../shared/calendar';
import { runCli } from '../../../electron/cli';
import { buildProfile, calendar, cmd, profileInput, raise, story, Story } from './builders';

const OPENED = '2025-03-03T09:00:00.000Z'; // Monday

/**
 * The published multi-agency procedure the issue quotes: "managers agree within 2, confirm within 2, or else a
 * meeting within a further 5 and its outcome within 48 hours" — DESIGN.md's example, inside one stage.
 */
const disputeSteps = [
  { key: 'agree', label: 'Managers try to agree', kind: 'decision', time: { workingDays: 2 } },
  { key: 'confirm', label: 'Agreement confirmed in writing', kind: 'letter', time: { workingDays: 2 }, when: { step: 'agree', outcome: 'agreed' } },
  { key: 'meeting', label: 'Resolution meeting', kind: 'meeting', time: { workingDays: 5 }, when: { step: 'agree', outcome: 'not-agreed' } },
  { key: 'outcome', label: 'Meeting outcome to all agencies', kind: 'letter', time: { hours: 48 }, copyTo: ['Business Manager'] },
] as const;

const calendarOf = (id: string) => { const p = getBuiltinProfile(id)!; return createCalendar({ region: p.region, closureDays: p.closureDays }); };

const plans = (list: readonly object[]): StepPlan[] => list.map((s) => ({ ...(s as StepPlan), implicit: false }));

describe('steps inside a stage', () => {
  it('dates each step by its own clock: chained on day 0, a conditional one from the step it waits on, an hour clock from the instant before', () => {
    const dated = dateSteps(calendar, OPENED, plans(disputeSteps));
    expect(dated.steps.map((s) => [s.key, s.dueDate, s.dueAt])).toEqual([
      ['agree', '2025-03-05', '2025-03-06T00:00:00.000Z'], // Tue, Wed
      ['confirm', '2025-03-07', '2025-03-08T00:00:00.000Z'], // opens Wed (day 0): Thu, Fri
      ['meeting', '2025-03-12', '2025-03-13T00:00:00.000Z'], // opens Wed (day 0): five working days to Wed 12
      ['outcome', '2025-03-14', '2025-03-15T00:00:00.000Z'], // 48 hours after the meeting's deadline
    ]);
    expect(dated.steps[2]!.when).toEqual({ step: 'agree', outcome: 'not-agreed' });
    // The next stage opens when the stage's latest step falls due.
    expect(dated.due).toEqual({ dueDate: '2025-03-14', dueAt: '2025-03-15T00:00:00.000Z' });
  });

  it('a step alongside counts from the opening and never holds up the ladder (Devon: the resolution meeting "may need to run concurrently with differing stages")', () => {
    const dated = dateSteps(calendar, OPENED, plans([
      { key: 'response', label: 'Response', kind: 'response', time: { workingDays: 5 } },
      { key: 'resolution-meeting', label: 'Resolution meeting', kind: 'meeting', time: { workingDays: 20 }, alongside: true },
    ]));
    expect(dated.steps.map((s) => s.dueDate)).toEqual(['2025-03-10', '2025-03-31']);
    expect(dated.due.dueDate).toBe('2025-03-10');
  });

  it('a stage without steps has one implicit step with its own time and kind, dated exactly as the stage always was', () => {
    const implicit = stepsOfStage({ kind: 'meeting' }, { calendarDays: 10 });
    expect(implicit).toEqual([{ key: 'main', label: 'Meeting', kind: 'meeting', time: { calendarDays: 10 }, implicit: true }]);
    expect(dateSteps(calendar, OPENED, implicit).due).toEqual({ dueDate: '2025-03-13', dueAt: '2025-03-14T00:00:00.000Z' });
  });

  it('property: a chain of steps of k working days spans the sum of their k', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 700 }), (ks, offset) => {
        const opened = new Date(Date.parse('2024-01-01T10:00:00Z') + offset * 86_400_000).toISOString();
        const dated = dateSteps(calendar, opened, plans(ks.map((k, i) => ({ key: `s${i}`, label: `Step ${i}`, kind: 'response', time: { workingDays: k } }))));
        const sum = ks.reduce((a, b) => a + b, 0);
        expect(dated.due.dueDate).toBe(addWorkingDays(calendar, londonDateOf(opened), sum));
      }),
      { numRuns: 200 },
    );
  });

  it('the timeline dates every step of a stage that has them, and chains the next stage from its latest step', () => {
    const profile = buildProfile((p) => {
      p.ladders[1]!.stages[0] = { ...p.ladders[1]!.stages[0]!, steps: [...disputeSteps] as never };
    });
    const t = projectTimeline(profile, 'cp', null, new Date(OPENED), calendar);
    expect(t.stages[0]!.steps!.map((s) => [s.key, s.dueDate, s.when?.outcome ?? null])).toEqual([
      ['agree', '2025-03-05', null],
      ['confirm', '2025-03-07', 'agreed'],
      ['meeting', '2025-03-12', 'not-agreed'],
      ['outcome', '2025-03-14', null],
    ]);
    expect(t.stages[0]!.dueDate).toBe('2025-03-14');
    // Stage 2 (5 working days) opens on Friday 14 March (day 0).
    expect(t.stages[1]!.dueDate).toBe('2025-03-21');
    expect(t.stages[1]!.steps).toBeUndefined();
  });

  it('refuses a step that waits on a later or unknown step, on a letter, or both alongside and conditional, naming the path', () => {
    const input = profileInput();
    input.ladders[0]!.stages[0] = {
      ...input.ladders[0]!.stages[0]!,
      steps: [
        { key: 'a', label: 'A', kind: 'letter', time: { workingDays: 1 }, when: { step: 'b', outcome: 'agreed' } },
        { key: 'b', label: 'B', kind: 'decision', time: { workingDays: 1 } },
        { key: 'c', label: 'C', kind: 'meeting', time: { workingDays: 1 }, when: { step: 'a', outcome: 'agreed' } },
        { key: 'd', label: 'D', kind: 'meeting', time: { workingDays: 1 }, when: { step: 'b', outcome: 'agreed' }, alongside: true },
        { key: 'b', label: 'B again', kind: 'decision', time: { workingDays: 1 } },
      ],
    } as never;
    const checked = validateProfile(input);
    expect(checked.ok).toBe(false);
    const problems = checked.ok ? [] : checked.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'ladders[0].stages[0].steps[0].when.step: refers to the step "b", which is not an earlier step of this stage: a step can only wait on one listed before it',
        'ladders[0].stages[0].steps[2].when.step: refers to the step "a", which is a letter: only a decision or a response ends with an outcome to wait on',
        'ladders[0].stages[0].steps[3].alongside: a step that runs alongside counts from the stage opening, so it cannot also wait on another step (remove "when" or "alongside")',
      ]),
    );
    expect(problems.some((p) => p.startsWith('ladders[0].stages[0].steps[4].key'))).toBe(true);
  });

  it('cli timeline prints each step under its stage, and --json carries stages[].steps[]', async () => {
    const input = profileInput();
    input.id = 'multi-agency';
    input.ladders[1]!.stages[0] = { ...input.ladders[1]!.stages[0]!, steps: [...disputeSteps] as never };
    const file = join(mkdtempSync(join(tmpdir(), 'et-steps-')), 'profile.json');
    writeFileSync(file, JSON.stringify(input));
    const out: string[] = [];
    const run = (...argv: string[]) => runCli(argv, { out: (t) => out.push(t), err: () => undefined, now: () => new Date(OPENED) });
    expect(await run('timeline', '--profile', file, '--ladder', 'cp', '--from', OPENED)).toBe(0);
    expect(out.join('\n')).toContain('  - Resolution meeting (if agree is not-agreed)');
    expect(out.join('\n')).toMatch(/ {2}- Meeting outcome to all agencies\s+2025-03-14 00:00/);
    out.length = 0;
    expect(await run('timeline', '--profile', file, '--ladder', 'cp', '--from', OPENED, '--json')).toBe(0);
    const json = JSON.parse(out.join('')) as { stages: { steps?: { key: string; dueAt: string; when?: unknown }[] }[] };
    expect(json.stages[0]!.steps!.map((s) => s.key)).toEqual(['agree', 'confirm', 'meeting', 'outcome']);
    expect(json.stages[0]!.steps![1]!.when).toEqual({ step: 'agree', outcome: 'agreed' });
  });
});

describe('the engine with steps', () => {
  // Haringey, seeds/001: "If the IRO considers the response to be unsatisfactory then a Dispute Resolution
  // Meeting should be convened within 5 working days".
  const haringeyLike = () =>
    buildProfile((p) => {
      p.ladders[1]!.stages[0] = {
        ...p.ladders[1]!.stages[0]!,
        steps: [
          { key: 'response', label: 'Written response', kind: 'response', time: { workingDays: 5 } },
          { key: 'drm', label: 'Dispute Resolution Meeting', kind: 'meeting', time: { workingDays: 5 }, when: { step: 'response', outcome: 'unsatisfactory' } },
        ],
      } as never;
    });
  const raiseCp = (profile: ReturnType<typeof haringeyLike>) => story(profile).do(raise({ ladderKey: 'cp', cohort: 'child-protection', startAt: 'stage-1' }), OPENED);

  it('opens the first step with the stage, and the stage falls due with its earliest open step', () => {
    const s = raiseCp(haringeyLike());
    const st = s.state();
    expect(st.stages[0]!.steps!.map((x) => [x.key, x.state, x.dueDate])).toEqual([
      ['response', 'open', '2025-03-10'],
      ['drm', 'waiting', '2025-03-17'],
    ]);
    expect(st.currentClock!.dueDate).toBe('2025-03-10');
    expect(allowedCommands(st, s.profile, new Date(OPENED)).openSteps.map((o) => [o.key, o.ends])).toEqual([['response', ['done', 'satisfactory', 'unsatisfactory']]]);
  });

  it('a response judged unsatisfactory opens the meeting with its own clock; recording the meeting held completes it', () => {
    const s = raiseCp(haringeyLike())
      .do(cmd.response('2025-03-07'), '2025-03-07T12:00:00Z')
      .do({ kind: 'complete-step', stepKey: 'response', outcome: 'unsatisfactory', happenedOn: '2025-03-07' } as never, '2025-03-07T12:00:00Z');
    let st = s.state();
    expect(st.stages[0]!.steps!.map((x) => [x.key, x.state, x.dueDate])).toEqual([
      ['response', 'done', '2025-03-10'],
      ['drm', 'open', '2025-03-14'], // five working days from Friday 7 March
    ]);
    expect(st.currentClock!.dueDate).toBe('2025-03-14');
    s.do(cmd.meeting('held', '2025-03-13'), '2025-03-13T15:00:00Z');
    st = s.state();
    expect(st.stages[0]!.steps!.map((x) => x.state)).toEqual(['done', 'done']);
    expect(st.currentClock!.dueDate).toBeNull();
    expect(s.try(cmd.escalate(), '2025-03-14T09:00:00Z').ok).toBe(true);
  });

  it('a meeting, letter or response that ends a step by itself puts that step’s end on the log, with the deadline it had (reports count it met or missed)', () => {
    const s = raiseCp(haringeyLike())
      .do({ kind: 'complete-step', stepKey: 'response', outcome: 'unsatisfactory', happenedOn: '2025-03-07' } as never, '2025-03-07T12:00:00Z')
      .do(cmd.meeting('held', '2025-03-17'), '2025-03-17T15:00:00Z');
    // The meeting was held on Monday 17 March, after its deadline of Friday 14 March.
    expect(s.events.slice(-2).map((e) => e.body)).toEqual([
      expect.objectContaining({ kind: 'meeting', status: 'held' }),
      { kind: 'step-completed', stageKey: 'stage-1', stepKey: 'drm', outcome: 'done', at: '2025-03-17T00:00:00.000Z', on: '2025-03-17', stepKind: 'meeting', dueDate: '2025-03-14', dueAt: '2025-03-15T00:00:00.000Z', endedBy: 'meeting' },
    ]);
    // The explicit end carries its deadline too; nothing is added for a step the command named itself.
    expect(s.events[1]!.body).toMatchObject({ kind: 'step-completed', stepKey: 'response', dueDate: '2025-03-10' });
    expect(s.events[1]!.body).not.toHaveProperty('endedBy');
    // The state reads the same with the extra event as the projection did before it (the end is not applied twice).
    expect(s.state().stages[0]!.steps!.map((x) => [x.state, x.doneAt])).toEqual([['done', '2025-03-07T12:00:00.000Z'], ['done', '2025-03-17T00:00:00.000Z']]);
  });

  it('a satisfactory response skips the meeting, and nothing is left to complete; "no response" only once the step is overdue', () => {
    const s = raiseCp(haringeyLike());
    const early = s.try({ kind: 'complete-step', stepKey: 'response', outcome: 'no-response' } as never, '2025-03-07T12:00:00Z');
    expect(early).toEqual({ ok: false, error: { code: 'NOT_OVERDUE', message: 'Written response is not due until Monday 10 March 2025, so it cannot yet be closed as no response.' } });
    const late = s.try({ kind: 'complete-step', stepKey: 'response', outcome: 'no-response' } as never, '2025-03-11T09:00:00Z');
    expect(late.ok).toBe(true);
    s.do({ kind: 'complete-step', stepKey: 'response', outcome: 'satisfactory' } as never, '2025-03-07T12:00:00Z');
    expect(s.state().stages[0]!.steps!.map((x) => x.state)).toEqual(['done', 'skipped']);
    expect(s.try({ kind: 'complete-step', stepKey: 'drm', outcome: 'done' } as never, '2025-03-08T12:00:00Z')).toEqual({
      ok: false,
      error: { code: 'STEP_NOT_OPEN', message: 'No step of Stage 1 is open now.' },
    });
  });

  it('a stage without steps has none in its state, and a running stage keeps the rules it opened with when the profile gains steps', () => {
    const plain = story(buildProfile()).do(raise({ ladderKey: 'cp', cohort: 'child-protection', startAt: 'stage-1' }), OPENED);
    expect(plain.state().stages[0]!.steps).toBeUndefined();
    expect(plain.state().currentClock!.dueDate).toBe('2025-03-06');
    // The same log read with a profile that now has steps at Stage 1: the clock opened without them stays as it was.
    const after = plain.state(haringeyLike());
    expect(after.stages[0]!.steps).toBeUndefined();
    expect(after.currentClock!.dueDate).toBe('2025-03-06');
  });
});

describe('built-in profiles with steps, each as its document says', () => {
  const builtin = (id: string) => getBuiltinProfile(id)!;
  const stage = (id: string, ladder: string, key: string) => builtin(id).ladders.find((l) => l.key === ladder)!.stages.find((s) => s.key === key)!;

  // seeds/002: "Prior to an escalation to stage four a meeting will be set up with the Reviewing Service" and "At
  // stage four If the issues cannot be resolved by the AD a meeting will be set up between the AD Operations, …".
  it('Slough: the meeting before Stage 4 and the meeting after it are steps opened when the reply does not resolve it', () => {
    expect(stage('slough', 'independent-chairs', 'stage-3').steps!.map((s) => [s.key, s.kind, s.when?.outcome ?? null])).toEqual([
      ['response', 'response', null],
      ['meeting-before-stage-4', 'meeting', 'unsatisfactory'],
    ]);
    expect(stage('slough', 'independent-chairs', 'stage-4').steps!.map((s) => [s.key, s.kind, s.when?.outcome ?? null])).toEqual([
      ['response', 'response', null],
      ['meeting-after-stage-4', 'meeting', 'unsatisfactory'],
    ]);
    // The meetings have no timescale: Stage 3 still falls due with the HOS's 5 working days, and Stage 4 is dated from it.
    const t = projectTimeline(builtin('slough'), 'independent-chairs', null, new Date(OPENED), calendarOf('slough'));
    expect(t.stages.map((s) => s.dueDate)).toEqual(['2025-03-10', '2025-03-17', '2025-03-24', '2025-03-31']);
  });

  // seeds/004: "The Director for People has 10 days to hold and meeting and submit a response to the QA Manager."
  it('Rutland: Stage 4 is the Director’s meeting and response to the QA Manager within 10 days, with the chair’s written statement alongside', () => {
    const s4 = stage('rutland', 'dispute-resolution', 'stage-4');
    expect(s4.steps!.map((s) => [s.key, s.kind, s.time, s.alongside ?? false])).toEqual([
      ['statement', 'letter', null, true],
      ['meeting', 'meeting', { calendarDays: 10 }, false],
      ['response', 'response', { calendarDays: 0 }, false],
    ]);
    const dated = dateSteps(calendarOf('rutland'), OPENED, stepsOfStage(s4, s4.responseTime));
    expect(dated.steps.map((s) => s.dueDate)).toEqual([null, '2025-03-13', '2025-03-13']);
    expect(dated.due.dueDate).toBe('2025-03-13');
  });

  // seeds/003: "this meeting may need to run concurrently with differing stages in order to prevent delay".
  it('Devon: the resolution meeting runs alongside every stage and the RAG rating still sets the response time', () => {
    const devon = builtin('devon');
    const s = new Story(devon, calendarOf('devon')).do(
      raise({ ladderKey: 'reviewing-officers', cohort: 'child-protection', startAt: 'stage-1', urgency: 'red', concern: { ...raise().concern, categoryKeys: [devon.categories[0]!.key], expectedOutcomeKeys: [] } }),
      OPENED,
    );
    const st = s.state();
    expect(st.stages.find((x) => x.key === 'stage-1')!.steps!.map((x) => [x.key, x.state, x.dueAt])).toEqual([
      ['response', 'open', '2025-03-04T09:00:00.000Z'],
      ['resolution-meeting', 'open', null],
    ]);
    expect(st.currentClock!.dueAt).toBe('2025-03-04T09:00:00.000Z');
    // The next stage would open when this one falls due, on the RED clock too: 24 hours later, never earlier.
    expect(st.stages.find((x) => x.key === 'stage-2')!.dueText).toBe('by 09:00 on Wednesday 5 March 2025');
    expect(projectTimeline(devon, 'reviewing-officers', 'red', new Date(OPENED), calendarOf('devon')).stages.map((x) => x.dueAt)).toEqual([
      '2025-03-04T09:00:00.000Z',
      '2025-03-05T09:00:00.000Z',
      '2025-03-06T09:00:00.000Z',
      '2025-03-07T09:00:00.000Z',
    ]);
    // The meeting held does not end the stage: its RAG clock is still the one to meet.
    s.do(cmd.meeting('held', '2025-03-03'), '2025-03-03T15:00:00Z');
    expect(s.state().stages.find((x) => x.key === 'stage-1')!.steps!.map((x) => x.state)).toEqual(['open', 'done']);
    expect(s.state().currentClock!.dueAt).toBe('2025-03-04T09:00:00.000Z');
  });
});
