import { describe, expect, it } from 'vitest';
import type { Command, EngineErrorCode } from '../../../shared/engine';
import { buildRagProfile, cmd, raise, story, type Story } from './builders';

const RAISED = '2025-03-03T09:00:00Z'; // Monday
const NOW = '2025-03-06T10:00:00Z'; // Thursday

const fixtures: Record<string, () => Story> = {
  'open at the informal stage': () => story(buildRagProfile()).do(raise(), RAISED),
  'open at a formal stage': () => story(buildRagProfile()).do(raise(), RAISED).do(cmd.escalate(), '2025-03-04T09:00:00Z'),
  resolved: () => fixtures['open at a formal stage']!().do(cmd.resolve('2025-03-05'), '2025-03-05T10:00:00Z'),
  withdrawn: () => fixtures['open at the informal stage']!().do(cmd.withdraw(), '2025-03-05T10:00:00Z'),
  'referred to Cafcass': () => fixtures['open at a formal stage']!().do(cmd.cafcass('2025-03-05', false), '2025-03-05T10:00:00Z'),
};

const commands: Record<string, Command> = {
  raise: raise(),
  'record-letter-sent': cmd.letter('2025-03-05'),
  'record-response': cmd.response('2025-03-06'),
  resolve: cmd.resolve('2025-03-06'),
  escalate: cmd.escalate(),
  bypass: cmd.bypass('stage-3'),
  'grant-extension': cmd.extendBy(2),
  'change-urgency': cmd.urgency('amber'),
  'refer-cafcass': cmd.cafcass('2025-03-06'),
  'record-meeting': cmd.meeting('held', '2025-03-06'),
  withdraw: cmd.withdraw(),
  'add-note': cmd.note(),
  'set-follow-up': { kind: 'set-follow-up', what: 'Care plan updated', who: 'Team Manager', byWhen: null },
  'record-follow-up': { kind: 'record-follow-up', result: 'done', happenedOn: '2025-03-06', note: '' },
};

type Expected = 'accepted' | EngineErrorCode;
const whenOpen: Record<string, Expected> = {
  raise: 'ALREADY_RAISED',
  'record-letter-sent': 'accepted',
  'record-response': 'accepted',
  resolve: 'accepted',
  escalate: 'accepted',
  bypass: 'accepted',
  'grant-extension': 'accepted',
  'change-urgency': 'accepted',
  'refer-cafcass': 'accepted',
  'record-meeting': 'accepted',
  withdraw: 'accepted',
  'add-note': 'accepted',
  // A follow-up belongs to a resolution: an open escalation has none yet.
  'set-follow-up': 'FOLLOW_UP',
  'record-follow-up': 'FOLLOW_UP',
};
const whenClosed: Record<string, Expected> = {
  ...Object.fromEntries(Object.keys(commands).map((k) => [k, 'NOT_OPEN' as Expected])),
  raise: 'ALREADY_RAISED',
  'add-note': 'accepted',
};
const notResolved: Record<string, Expected> = { ...whenClosed, 'set-follow-up': 'FOLLOW_UP', 'record-follow-up': 'FOLLOW_UP' };
const expectations: Record<string, Record<string, Expected>> = {
  'open at the informal stage': whenOpen,
  'open at a formal stage': whenOpen,
  // Resolved with no agreed action: one can be set afterwards, but there is nothing to record until it is.
  resolved: { ...whenClosed, 'set-follow-up': 'accepted', 'record-follow-up': 'FOLLOW_UP' },
  withdrawn: notResolved,
  'referred to Cafcass': notResolved,
};

describe('every command against every status', () => {
  for (const [status, build] of Object.entries(fixtures)) {
    describe(`an escalation ${status}`, () => {
      for (const [kind, command] of Object.entries(commands)) {
        const expected = expectations[status]![kind]!;
        it(`${expected === 'accepted' ? 'accepts' : `refuses with ${expected}`} ${kind}`, () => {
          const result = build().try(command, NOW);
          if (expected === 'accepted') {
            expect(result.ok ? 'accepted' : result.error.message).toBe('accepted');
          } else {
            expect(result.ok ? 'accepted' : result.error.code).toBe(expected);
          }
        });
      }
    });
  }
});

describe('refusals on a closed escalation', () => {
  it('say when and how it closed, in words', () => {
    const result = fixtures.resolved!().try(cmd.escalate(), NOW);
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_OPEN', message: 'This escalation was resolved on Wednesday 5 March 2025, so it cannot be escalated.' },
    });
  });

  it('name a withdrawal and a Cafcass closure', () => {
    const withdrawn = fixtures.withdrawn!().try(cmd.letter('2025-03-06'), NOW);
    expect(withdrawn.ok ? '' : withdrawn.error.message).toBe(
      'This escalation was withdrawn on Wednesday 5 March 2025, so no more letters can be recorded against it.',
    );
    const referred = fixtures['referred to Cafcass']!().try(cmd.extendBy(1), NOW);
    expect(referred.ok ? '' : referred.error.message).toBe(
      'This escalation was closed on referral to Cafcass on Wednesday 5 March 2025, so no extension can be granted.',
    );
  });

  it('still take a note, which does not reopen them', () => {
    const s = fixtures.resolved!().do(cmd.note('Family told of the outcome.'), NOW);
    expect(s.state().status).toBe('resolved');
  });
});

describe('commands without an escalation', () => {
  it('refuse anything but raise', () => {
    const result = story().try(cmd.escalate(), NOW);
    expect(result.ok ? '' : result.error.code).toBe('NOT_RAISED');
  });
});
