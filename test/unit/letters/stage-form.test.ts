import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../../shared/calendar';
import { renderSample, sample, profileOf } from './letter-fixtures';

describe('the stage escalation form (seeds/000 layout)', () => {
  it('stage 1 carries every field of the form: title, date of alert, from/to, response time, child details', async () => {
    const s = sample('lcs-form', 'stage-form', 'stage-1 form');
    const { doc } = await renderSample('lcs-form', s);
    // seeds/000: "Formal Escalation of Concern– Stage 1 … Date of Alert:" and "Response expected within 5 working days"
    expect(doc.text).toContain('The Escalation of Concern (including Dispute Resolution) Form');
    expect(doc.text).toContain('Formal Escalation of Concern – Stage 1');
    expect(doc.text).toContain('Date of Alert: Monday 3 March 2025');
    expect(doc.text).toContain('Response expected within 5 working days – by Monday 10 March 2025');
    expect(doc.text).toContain('From: Sam Patel (IRO)');
    expect(doc.text).toContain('To: Tom Barker, Team Manager/Deputy Team Manager');
    const fields: [string, string][] = [
      ['Name of Child:', 'Alex Sample'],
      ['Case ID:', 'SAMPLE-0001'],
      ['DOB:', '14 September 2012'],
      ['Social Worker:', 'Priya Shah'],
      ['Team Manager:', 'Tom Barker'],
      ['Team:', 'Children in Care 2'],
      ['IRO:', 'Sam Patel'],
    ];
    for (const [label, value] of fields) {
      const at = doc.paragraphs.indexOf(label);
      expect(at, label).toBeGreaterThanOrEqual(0);
      expect(doc.paragraphs[at + 1]).toBe(value);
    }
  });

  it('ticks the chosen categories and outcomes against the profile’s full lists', async () => {
    const s = sample('lcs-form', 'stage-form', 'stage-1 form');
    const { doc, data } = await renderSample('lcs-form', s);
    const profile = profileOf('lcs-form');
    const chosen = s.detail.state.concern.categoryKeys.map((k) => profile.categories.find((c) => c.key === k)!.label);
    const expected = s.detail.state.concern.expectedOutcomeKeys.map((k) => profile.outcomes.find((o) => o.key === k)!.label);
    expect(doc.ticks).toHaveLength(profile.categories.length + profile.outcomes.length);
    const cats = doc.ticks.slice(0, profile.categories.length);
    expect(cats.map((t) => t.label)).toEqual(profile.categories.map((c) => c.label));
    expect(cats.filter((t) => t.checked).map((t) => t.label)).toEqual(chosen);
    const outs = doc.ticks.slice(profile.categories.length);
    expect(outs.filter((t) => t.checked).map((t) => t.label)).toEqual(expected);
    expect(chosen.length).toBeGreaterThan(0);
    expect(data.categories.filter((c) => c.checked)).toHaveLength(chosen.length);
    // seeds/000: "Category of Concern: (As specified within IRO Handbook) X theme/s"
    expect(doc.text).toContain('Category of Concern: (As specified within IRO Handbook)');
    expect(doc.text).toContain('X theme/s');
  });

  it('leaves the response blank for the manager and says who must respond (seeds/000: "Response by Team Manager/Deputy Team Manager in consultation with Social Worker")', async () => {
    const { doc } = await renderSample('lcs-form', sample('lcs-form', 'stage-form', 'stage-1 form'));
    expect(doc.text).toContain('Response by Team Manager/Deputy Team Manager in consultation with Social Worker');
    // Blank for the manager: Word's own grey placeholder in a content control, nothing written in it yet.
    const what = doc.paragraphs.find((p) => p.startsWith('What are you doing/have done:'))!;
    expect(what.replace('What are you doing/have done:', '').trim()).toBe('Click or tap here to enter text.');
    expect(doc.xml).toMatch(/<w:tag w:val="et:what"\/><w:id w:val="\d+"\/><w:showingPlcHdr\/>/);
    expect(doc.text).toContain('Resolution of Alert (recorded by IRO)');
    expect(doc.text).toContain('If not resolved IRO to progress to Stage 2');
  });

  it('stage 2 summarises the concerns remaining from stage 1 and the actions previously taken', async () => {
    const s = sample('lcs-form', 'stage-form', 'stage-2 form');
    const { doc } = await renderSample('lcs-form', s);
    const escalated = s.detail.events.find((e) => e.body.kind === 'escalated')!.body as { concernsRemaining: string; actionsTaken: string };
    // seeds/000: "Brief Summary of concern(s) remaining from Stage 1:"
    expect(doc.text).toContain('Brief Summary of concern(s) remaining from Stage 1:');
    expect(doc.text).toContain(escalated.concernsRemaining);
    expect(doc.text).toContain(`Actions previously taken: ${escalated.actionsTaken}`);
    expect(doc.text).toContain('To: Dana Okafor, Service Manager');
    const due = s.detail.state.stages.find((x) => x.key === 'stage-2')!.clock!.dueDate!;
    expect(doc.text).toContain(`Response expected within 5 working days – by ${formatLongDate(due)}`);
    // seeds/000: "Resolution of Alert (recorded by IRO in agreement with Service Manager)"
    expect(doc.text).toContain('Resolution of Alert (recorded by IRO in agreement with Service Manager)');
  });

  it('stage 4 gives 7 working days and points to CAFCASS (seeds/000: "Response expected within 7 working days", "If not resolved IRO to progress to CAFCASS")', async () => {
    const { doc } = await renderSample('lcs-form', sample('lcs-form', 'stage-form', 'stage-4 form'));
    expect(doc.text).toMatch(/Response expected within 7 working days – by \w+day \d+ \w+ 2025/);
    expect(doc.text).toContain('If not resolved IRO to progress to CAFCASS');
    expect(doc.text).toContain('Resolution of Alert (recorded by IRO in consultation with Chief Executive/Elected Member)');
  });

  it('fills the recorded response and the move to the next stage once they have happened', async () => {
    const s = sample('lcs-form', 'stage-form', 'stage-1 form completed');
    const { doc } = await renderSample('lcs-form', s);
    const response = s.detail.events.find((e) => e.body.kind === 'response-recorded')!.body as { what: string; date: string };
    expect(doc.text).toContain(`What are you doing/have done: ${response.what}`);
    expect(doc.text).toContain(`Date: ${formatLongDate(response.date)}`);
    expect(doc.text).toMatch(/Not resolved: progressed to Stage 2 on \w+day/);
  });

  it('states 24 hours and the hour for an urgent (RED) Devon stage', async () => {
    const s = sample('devon', 'stage-form', 'stage-1 form');
    const red = { ...s, detail: { ...s.detail, state: { ...s.detail.state, urgency: 'red', stages: s.detail.state.stages.map((x) => (x.key === 'stage-1' && x.clock ? { ...x, clock: { ...x.clock, responseTime: { hours: 24 }, dueDate: '2025-03-04', dueAt: '2025-03-04T09:30:00.000Z' } } : x)) } } };
    const { doc } = await renderSample('devon', red);
    // seeds/003: "RED … 24 hours"
    expect(doc.text).toContain('Response expected within 24 hours – by 09:30 on Tuesday 4 March 2025');
    expect(doc.text).toContain('RED. High or Immediate Risk');
  });

  it('gives a meeting stage its meeting date rather than a response time (seeds/004 Rutland stage 4: "The Director for People has 10 days to hold and meeting")', async () => {
    const { doc } = await renderSample('rutland', sample('rutland', 'stage-form', 'stage-4 form'));
    // The stage waits on its meeting step, which the letter names as the procedure does.
    expect(doc.text).toMatch(/Meeting chaired by the Director for People to be held within 10 calendar days – by \w+day/);
    expect(doc.text).toContain('Outcome of the meeting chaired by Director for People');
  });

  it('never carries one letter’s details into another of the same layout', async () => {
    const s = sample('lcs-form', 'stage-form', 'stage-1 form');
    const other = { ...s, detail: { ...s.detail, child: { ...s.detail.child, name: 'Robin Other', caseId: 'LCS-999' } } };
    const first = await renderSample('lcs-form', s);
    const second = await renderSample('lcs-form', other);
    expect(first.doc.text).toContain('Alex Sample');
    expect(second.doc.text).toContain('Robin Other');
    expect(second.doc.text).not.toContain('Alex Sample');
    const headers = `${await second.doc.part('word/header1.xml')}${await second.doc.part('word/header2.xml')}`;
    expect(headers).toContain('Robin Other – LCS-999');
    expect(headers).not.toContain('Alex Sample');
  });

  it('writes values exactly, even with characters that mean something in XML', async () => {
    const s = sample('lcs-form', 'stage-form', 'stage-1 form');
    const tricky = { ...s, detail: { ...s.detail, child: { ...s.detail.child, name: 'Ann <O’Neil> & "Co"' } } };
    const { doc } = await renderSample('lcs-form', tricky);
    expect(doc.text).toContain('Ann <O’Neil> & "Co"');
  });
});
