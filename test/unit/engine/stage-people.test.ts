import { describe, expect, it } from 'vitest';
import { commandSchema } from '../../../shared/engine';
import { cmd, raise, story } from './builders';

const RAISED = '2025-03-03T09:00:00Z'; // Monday
const LATER = '2025-03-11T09:00:00Z';
const hos = { name: 'Sam Ward', role: 'Head of Service', email: 'sam.ward@example.gov.uk' };

describe('the person a stage’s letter goes to', () => {
  it('keeps the person named at raise, escalation and bypass on the stage they open, with the copies', () => {
    const s = story()
      .do(raise({ recipient: { name: 'Tom Barker', role: 'Social Worker', email: '', personId: 'p-1' } }), RAISED)
      .do({ ...cmd.escalate(), recipient: { name: 'Anna Lee', role: 'Team Manager', email: 'anna@example.gov.uk' }, copies: [{ name: 'Grace Obi', role: 'Business Manager', email: '' }] } as never, LATER)
      .do({ ...cmd.bypass('stage-3'), recipient: hos } as never, '2025-03-12T09:00:00Z');
    const st = s.state();
    const by = (k: string) => st.stages.find((x) => x.key === k)!;
    expect(by('informal').recipient).toEqual({ name: 'Tom Barker', role: 'Social Worker', email: null, personId: 'p-1' });
    expect(by('stage-1').recipient).toEqual({ name: 'Anna Lee', role: 'Team Manager', email: 'anna@example.gov.uk' });
    expect(by('stage-1').copies).toEqual([{ name: 'Grace Obi', role: 'Business Manager', email: null }]);
    expect(by('stage-2').recipient).toBeNull(); // bypassed
    expect(by('stage-3').recipient).toEqual(hos);
    expect(by('stage-4').recipient).toBeNull(); // not reached
  });

  it('restates the request for the new recipient when escalating, and keeps the raise’s for the first stage', () => {
    const requestedAction = { what: 'Convene a permanence meeting', who: 'Sam Ward, Head of Service', byWhen: '2025-03-20' };
    const s = story().do(raise(), RAISED).do({ ...cmd.escalate(), recipient: hos, requestedAction } as never, LATER);
    const st = s.state();
    expect(st.stages.find((x) => x.key === 'informal')!.requestedAction).toEqual({ what: 'Update the care plan', who: 'Social Worker', byWhen: null });
    expect(st.stages.find((x) => x.key === 'stage-1')!.requestedAction).toEqual(requestedAction);
    expect(s.events.at(-1)!.body).toMatchObject({ kind: 'escalated', recipient: hos, requestedAction });
  });

  it('reads an escalation recorded before names were asked: the role alone, no restated request', () => {
    const st = story().do(raise(), RAISED).do(cmd.escalate(), LATER).state();
    const stage1 = st.stages.find((x) => x.key === 'stage-1')!;
    expect(stage1.recipient).toBeNull();
    expect(stage1.requestedAction).toBeUndefined();
    expect(stage1.recipientRole).toBe('Team Manager');
  });

  it('refuses an address that could become an email header, and a nameless person', () => {
    const bad = commandSchema.safeParse({ kind: 'escalate', concernsRemaining: 'x', recipient: { name: 'Cara', role: 'Head of Service', email: 'cara@council.gov.uk>\r\nBcc: evil@evil.example' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('Enter an email address like name@council.gov.uk, or leave it empty');
    const nameless = commandSchema.safeParse({ kind: 'escalate', concernsRemaining: 'x', recipient: { name: ' ', role: 'Head of Service' } });
    expect(nameless.error?.issues[0]?.message).toBe("The person's name is required");
  });

  it('records how a letter was sent', () => {
    const s = story().do(raise(), RAISED).do({ ...cmd.letter('2025-03-03'), how: 'teams' } as never, RAISED);
    expect(s.events.at(-1)!.body).toEqual({ kind: 'letter-sent', stageKey: 'informal', sentOn: '2025-03-03', to: 'Team Manager', how: 'teams' });
  });
});
