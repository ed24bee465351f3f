import { describe, expect, it } from 'vitest';
import { emailBody, emailSubject } from '../../../electron/letters/email-body';
import { renderSample, sample } from './letter-fixtures';

describe('the email that carries a stage form', () => {
  it('includes the summary, the key themes and the required outcome (Haringey: "The email should include key theme(s) & required outcome for the child")', async () => {
    const { data } = await renderSample('lcs-form', sample('lcs-form', 'stage-form', 'stage-1 form'));
    const body = emailBody(data);
    expect(body).toContain(`Summary of the concern:\n${data.concern.summary}`);
    const themes = data.categories.filter((c) => c.checked).map((c) => `- ${c.label}`);
    expect(themes.length).toBeGreaterThan(0);
    expect(body).toContain(['Key theme(s):', ...themes].join('\n'));
    const outcomes = data.outcomes.filter((o) => o.checked).map((o) => `- ${o.label}`);
    expect(body).toContain(['Required outcome for the child:', ...outcomes].join('\n'));
    expect(body).toContain('Please complete the response section of the form');
  });

  it('puts the protective marking at the front of the subject', async () => {
    const { data } = await renderSample('lcs-form', sample('lcs-form', 'stage-form', 'stage-1 form'));
    expect(emailSubject(data)).toBe(`OFFICIAL-SENSITIVE: ${data.subject}`);
    expect(emailSubject({ ...data, letterhead: { ...data.letterhead, protectiveMarking: '' } })).toBe(data.subject);
  });
});
