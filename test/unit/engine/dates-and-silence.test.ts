import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, londonDateOf, workingDaysBetween } from '../../../shared/calendar';
import { allowedCommands, projectTimeline, type Command } from '../../../shared/engine';
import { haringeyProfile } from '../../../shared/profile/builtin/haringey';
import { profileSchema } from '../../../shared/profile/schema';
import { buildProfile, calendar, cmd, raise, story } from './builders';

const MON = '2025-03-03T09:00:00Z'; // stage 1 (5 working days) due Monday 10 March
const escalate = (extra: Partial<Extract<Command, { kind: 'escalate' }>> = {}): Command => ({ ...(cmd.escalate() as Extract<Command, { kind: 'escalate' }>), ...extra });
const atStage1 = () => story().do(raise({ startAt: 'stage-1' }), MON);

// Issue 12: "When a manager does not reply … after escalating the stage card says "Done", as if the manager replied."
describe('no response by the deadline is an outcome of its own', () => {
  it('is offered only once the stage is overdue and nothing came back', () => {
    expect(allowedCommands(atStage1().state(), buildProfile(), new Date('2025-03-10T15:00:00Z')).noResponseOffered).toBe(false);
    expect(allowedCommands(atStage1().state(), buildProfile(), new Date('2025-03-11T09:00:00Z')).noResponseOffered).toBe(true);
    const answered = atStage1().do(cmd.response('2025-03-07'), '2025-03-07T10:00:00Z');
    expect(allowedCommands(answered.state(), buildProfile(), new Date('2025-03-11T09:00:00Z')).noResponseOffered).toBe(false);
  });

  it('is refused before the deadline, with the date it falls due', () => {
    const r = atStage1().try(escalate({ noResponse: true }), '2025-03-10T15:00:00Z');
    expect(r.ok ? null : r.error).toEqual({ code: 'NOT_OVERDUE', message: 'Stage 1 is not due until Monday 10 March 2025, so it cannot yet be escalated as "no response".' });
  });

  it('is refused once a response was recorded', () => {
    const r = atStage1().do(cmd.response('2025-03-07'), '2025-03-07T10:00:00Z').try(escalate({ noResponse: true }), '2025-03-12T09:00:00Z');
    expect(r.ok ? '' : r.error.code).toBe('RESPONSE_RECORDED');
  });

  it('marks the stage "no response" once escalated after silence, and an answered stage "responded"', () => {
    const s = atStage1().do(escalate({ noResponse: true }), '2025-03-11T09:00:00Z').do(cmd.response('2025-03-12'), '2025-03-12T09:00:00Z').do(escalate(), '2025-03-13T09:00:00Z');
    const outcome = Object.fromEntries(s.state().stages.map((st) => [st.key, st.outcome]));
    expect(outcome).toMatchObject({ 'stage-1': 'no-response', 'stage-2': 'responded', 'stage-3': null });
    expect(s.events[1]!.body).toMatchObject({ kind: 'escalated', noResponse: true });
  });
});

describe('dates recorded after the fact ("when it happened")', () => {
  it('counts the new stage’s deadline from the date given, and keeps when it was recorded', () => {
    // Escalated on Tuesday 11 March, recorded on Wednesday 12: stage 2's 5 working days run from the 11th.
    const s = atStage1().do(escalate({ happenedOn: '2025-03-11' }), '2025-03-12T10:00:00Z');
    const body = s.events[1]!.body;
    expect(body.kind === 'escalated' && londonDateOf(body.clock.openedAt)).toBe('2025-03-11');
    expect(s.state().currentClock?.dueDate).toBe(addWorkingDays(calendar, '2025-03-11', 5));
    expect(s.events[1]!.at).toBe('2025-03-12T10:00:00.000Z');
  });

  it('dates a raise a day late from the day it was raised', () => {
    const s = story().do(raise({ startAt: 'stage-1', happenedOn: '2025-03-03' }), '2025-03-04T10:00:00Z');
    expect(s.state().currentClock?.dueDate).toBe('2025-03-10');
  });

  it('refuses a date in the future', () => {
    const r = atStage1().try(escalate({ happenedOn: '2025-03-13' }), '2025-03-12T10:00:00Z');
    expect(r.ok ? '' : r.error.message).toBe('The date of the escalation cannot be Thursday 13 March 2025, because that is after today.');
  });

  it('refuses a date before the previous event', () => {
    const r = atStage1().try(escalate({ happenedOn: '2025-03-01' }), '2025-03-12T10:00:00Z');
    expect(r.ok ? '' : r.error.message).toBe(
      'The date of the escalation cannot be Saturday 1 March 2025, because that is before the last thing recorded on this escalation (Monday 3 March 2025).',
    );
    const letter = atStage1().try(cmd.letter('2025-02-28'), '2025-03-12T10:00:00Z');
    expect(letter.ok ? '' : letter.error.code).toBe('INVALID_DATE');
  });

  it('takes a time for an hour clock, in London time', () => {
    const rag = buildProfile((p) => {
      p.urgency = { label: 'RAG', defaultLevel: 'red', overridesStageTimes: true, levels: [{ key: 'red', label: 'Red', colour: '#c62828', responseTime: { hours: 24 } }] };
    });
    const s = story(rag).do(raise({ startAt: 'stage-1', urgency: 'red', happenedOn: '2025-07-01', happenedTime: '20:20' }), '2025-07-02T09:00:00Z');
    expect(s.state().currentClock).toMatchObject({ openedAt: '2025-07-01T19:20:00.000Z', dueAt: '2025-07-02T19:20:00.000Z', dueDate: '2025-07-02' });
  });
});

// seeds/001 (Haringey): "If the matter is not resolved within 10 working days, or an earlier timescale that is
// appropriate to the child's needs, the CP Chair should consider using the Formal Escalation Process".
describe('the informal review date the chair sets', () => {
  const haringey = profileSchema.parse(haringeyProfile);
  const haringeyRaise = (reviewBy?: string) =>
    raise({
      ladderKey: 'child-protection',
      cohort: 'child-protection',
      startAt: 'informal',
      urgency: null,
      ...(reviewBy ? { reviewBy } : {}),
      concern: { ...raise().concern, categoryKeys: [haringey.categories.find((c) => c.cohorts.length === 0 || c.cohorts.includes('child-protection'))!.key], expectedOutcomeKeys: [] },
    });

  it('becomes the informal stage’s due date when earlier than 10 working days', () => {
    const s = story(haringey).do(haringeyRaise('2025-03-07'), MON);
    expect(s.state().currentClock).toMatchObject({ dueDate: '2025-03-07', reviewSetByChair: true });
  });

  it('may not be later than the procedure’s 10 working days', () => {
    const r = story(haringey).try(haringeyRaise('2025-03-20'), MON);
    const label = haringey.ladders[0]!.informal!.label;
    expect(r.ok ? '' : r.error.message).toBe(`The review date cannot be after Monday 17 March 2025, the end of the procedure's timescale for ${label}; choose that date or an earlier one.`);
  });
});

// IRO Handbook 6.2: "timescales in total of no more than 20 working days" – four stages of 5 are designed to fit.
describe('chained stages', () => {
  it('n stages of k working days span n×k working days (each opens on the day the one before falls due)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 2000 }), (n, k, dayOffset) => {
        const profile = buildProfile((p) => {
          p.ladders[0]!.stages = Array.from({ length: n }, (_, i) => ({ key: `stage-${i + 1}`, label: `Stage ${i + 1}`, recipientRole: 'Manager', responseTime: { workingDays: k }, kind: 'written-response' as const }));
        });
        const from = addWorkingDays(calendar, '2024-01-02', dayOffset % 400);
        const timeline = projectTimeline(profile, 'lac', null, new Date(`${from}T09:00:00Z`), calendar);
        const last = timeline.stages[timeline.stages.length - 1]!.dueDate!;
        return workingDaysBetween(calendar, from, last) === n * k;
      }),
      { numRuns: 200 },
    );
  });

  it('dates the formal stages from the raise when the informal stage has no timescale (timeline --informal)', () => {
    const profile = buildProfile((p) => {
      p.ladders[0]!.informal!.responseTime = null;
    });
    const timeline = projectTimeline(profile, 'lac', null, new Date(MON), calendar, { includeInformal: true });
    expect(timeline.stages.map((s) => [s.key, s.dueDate])).toEqual([
      ['informal', null],
      ['stage-1', '2025-03-10'],
      ['stage-2', '2025-03-17'],
      ['stage-3', '2025-03-27'],
      ['stage-4', null],
    ]);
  });
});
