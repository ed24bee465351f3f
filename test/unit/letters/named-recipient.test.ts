import { describe, expect, it } from 'vitest';
import { emailBody } from '../../../electron/letters/email-body';
import type { SampleLetter } from '../../../electron/letters/sample';
import { renderSample, sample } from './letter-fixtures';

/** The sample with the stage's recipient, copies and restated request as the chair named them when it opened. */
function named(s: SampleLetter, people: { recipient: { name: string; role: string; email: string | null }; copies?: { name: string; role: string; email: string | null }[]; requestedAction?: { what: string; who: string; byWhen: string | null } }): SampleLetter {
  const stages = s.detail.state.stages.map((st) => (st.key === s.stageKey ? { ...st, ...people } : st));
  return { ...s, detail: { ...s.detail, state: { ...s.detail.state, stages } } };
}

const samWard = { name: 'Sam Ward', role: 'Head of Service', email: 'sam.ward@example.gov.uk' };

describe('a letter to the person the chair named', () => {
  it('a Devon Stage 4 form is addressed to the named Head of Service and asks what was asked of them, not of the Team Manager', async () => {
    const base = sample('devon', 'stage-form', 'stage-4 form');
    expect(base.detail.state.concern.requestedAction.who).toBe('Team Manager');
    const s = named(base, { recipient: samWard, requestedAction: { what: 'Agree funding for the therapeutic placement', who: 'Sam Ward, Head of Service', byWhen: '2025-04-30' } });
    const { data, doc } = await renderSample('devon', s);
    expect(data.to).toEqual(samWard);
    expect(doc.text).toContain('Sam Ward, Head of Service');
    expect(data.concern.requestedAction).toEqual({ what: 'Agree funding for the therapeutic placement', who: 'Sam Ward, Head of Service', byWhen: '2025-04-30' });
    expect(doc.text).toContain('Agree funding for the therapeutic placement');
    expect(doc.text).not.toMatch(/Who:\s*Team Manager/);
  });

  it('copies the people named for the stage, and takes a named person’s address from People when none was typed', async () => {
    const s = named(sample('devon', 'stage-form', 'stage-2 form'), { recipient: { name: 'Dana Okafor', role: 'Service Manager', email: null }, copies: [{ name: 'Cara Jones', role: 'QA Manager', email: 'cara@example.gov.uk' }] });
    const { data } = await renderSample('devon', s);
    expect(data.to).toEqual({ name: 'Dana Okafor', role: 'Service Manager', email: 'dana.okafor@example.gov.uk' });
    expect(data.cc.map((c) => c.name)).toContain('Cara Jones');
  });

  it('a copy named for the procedure’s copy-to role replaces the role alone (LCS form: the Safeguarding Business Manager)', async () => {
    const base = sample('lcs-form', 'stage-form', 'stage-1 form');
    const role = base.detail.ladder.stages.find((st) => st.key === base.stageKey)!.copyTo[0]!;
    const before = await renderSample('lcs-form', base);
    expect(before.data.cc.find((c) => c.role === role)).toMatchObject({ name: '' });
    const s = named(base, { recipient: { name: 'Tom Barker', role: 'Team Manager', email: null }, copies: [{ name: 'Grace Obi', role, email: 'grace.obi@example.gov.uk' }] });
    const { data } = await renderSample('lcs-form', s);
    expect(data.cc.filter((c) => c.role === role)).toEqual([{ name: 'Grace Obi', role, email: 'grace.obi@example.gov.uk' }]);
  });

  it('Haringey’s email carries what the procedure asks: "Description of the concerns and the impact on the child", "What action is required in response", "Deadline for the response", "key theme(s) & required outcome for the child"', async () => {
    const s = sample('haringey', 'stage-form', 'looked-after 02 stage-2 form');
    const { data } = await renderSample('haringey', s);
    const body = emailBody(data);
    expect(body).toContain(`Impact on the child:\n${data.concern.impactOnChild}`);
    expect(body).toContain('Action required in response:\n' + data.concern.requestedAction.what);
    expect(body).toContain('Key theme(s):\n- ');
    // Haringey lists no outcomes: the required outcome is the action asked for.
    expect(body).toContain(`Required outcome for the child:\n${data.concern.requestedAction.what}`);
    expect(body).toContain(`${data.stage.responseLine}.`);
    expect(body.indexOf('Summary of the concern:')).toBeLessThan(body.indexOf('Impact on the child:'));
    // "(CC the Social Worker so they are aware)"
    expect(data.cc.map((c) => c.name)).toContain('Priya Shah');
  });
});
