import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../../shared/calendar';
import { profileOf, renderSample, sample } from './letter-fixtures';

/**
 * The lcs-form stage forms checked field by field against seeds/000 "The Escalation of Concern (including
 * Dispute Resolution) Form". Every line below is quoted from the seed, here in the test (the project's tests never
 * read files outside the repository), then looked for at the start of a paragraph of the generated form. Spacing
 * around dashes, slashes and brackets is the seed's typing, not its wording, so it is compared without it.
 */

const norm = (s: string) =>
  s
    .replace(/\u200B/g, '')
    .replace(/\s*([–/])\s*/g, '$1')
    .replace(/\(\s*/g, '(')
    .replace(/\s*\)/g, ')')
    .replace(/\s+/g, ' ')
    .trim();

const everyStage = ['Date of Alert:', 'From:', 'To:', 'Name of Child:', 'DOB:', 'Social Worker:', 'Team:', 'Team Manager:', 'IRO:', 'Requested Action', 'What:', 'Who:', 'By When:', 'What are you doing/have done:', 'By when:', 'Expected Outcome for the Child: (use list above)', 'Date:', 'Date resolved:', 'Outcome confirmed: (use list)'];

const stages: { key: string; lines: string[] }[] = [
  {
    key: 'stage-1',
    lines: [
      'Formal Escalation of Concern– Stage 1',
      'Response expected within 5 working days',
      'Case ID:',
      'Category of Concern: (As specified within IRO Handbook)',
      'X theme/s',
      'Brief Summary of Concern(s)',
      'Impact on the Child',
      'Expected Outcome for the Child',
      'Response by Team Manager/Deputy Team Manager in consultation with Social Worker',
      'Resolution of Alert (recorded by IRO)',
      'If not resolved IRO to progress to Stage 2',
    ],
  },
  {
    key: 'stage-2',
    lines: [
      'Formal Escalation of Concern– Stage 2',
      'Response expected within 5 working days',
      'Brief Summary of concern(s) remaining from Stage 1:',
      'Impact on the Child:',
      'Expected Outcome for the Child: (use list)',
      'Response by Service Manager',
      'Resolution of Alert (recorded by IRO in agreement with Service Manager)',
      'If not resolved IRO to progress to Stage 3',
    ],
  },
  {
    key: 'stage-3',
    lines: [
      'Formal Escalation of Concern – Stage 3',
      'Response expected within 5 working days',
      'Brief Summary of concern(s) remaining from Stage 2',
      'Impact on the Child:',
      'Expected Outcome for the Child: (use list)',
      'Response by Head of Service',
      'Resolution of Alert (recorded by IRO in consultation with Head of Service/Director)',
      'If not resolved IRO to progress to Stage 4',
    ],
  },
  {
    key: 'stage-4',
    lines: [
      'Formal Escalation of Concern– Stage 4',
      'Response expected within 7 working days',
      'Brief Summary of concern(s) remaining from Stage 3',
      'Impact on the Child:',
      'Expected Outcome for the Child: (use list)',
      'Response by Chief Executive',
      'Resolution of Alert (recorded by IRO in consultation with Chief Executive/Elected Member)',
      'If not resolved IRO to progress to CAFCASS',
    ],
  },
];

describe('the lcs-form stage forms, field by field against seeds/000', () => {
  for (const { key, lines } of stages) {
    it(`${key} has every field and heading of the seed’s ${key.replace('-', ' ')}`, async () => {
      const { doc } = await renderSample('lcs-form', sample('lcs-form', 'stage-form', `${key} form`));
      const paragraphs = doc.paragraphs.map(norm);
      for (const line of [...lines, ...everyStage]) {
        // The section headings are whole paragraphs ("Response by Head of Service", not "… Head of Service/Director").
        const whole = /^(Response by|Resolution of Alert)/.test(line);
        expect(
          paragraphs.some((p) => (whole ? p === norm(line) : p.startsWith(norm(line)))),
          `the form has "${line}"`,
        ).toBe(true);
      }
    });
  }

  it('stage 1 prints both lists in full, with every category and outcome of the seed', async () => {
    const { doc } = await renderSample('lcs-form', sample('lcs-form', 'stage-form', 'stage-1 form'));
    const profile = profileOf('lcs-form');
    for (const item of [...profile.categories, ...profile.outcomes]) expect(doc.ticks.map((t) => norm(t.label))).toContain(norm(item.label));
    // Two of the seed's list items, quoted: its first category and its first outcome.
    expect(doc.ticks.map((t) => t.label)).toEqual(expect.arrayContaining(['Significant safeguarding concern', 'Safeguarding concern addressed- child now safe']));
    expect(doc.ticks.length).toBe(profile.categories.length + profile.outcomes.length);
  });

  it('stages 2–4 say "(use list)" with the items chosen instead of printing the lists again', async () => {
    for (const key of ['stage-2', 'stage-3', 'stage-4']) {
      const s = sample('lcs-form', 'stage-form', `${key} form`);
      const { doc } = await renderSample('lcs-form', s);
      expect(doc.ticks, key).toEqual([]);
      const outcomes = doc.paragraphs.find((p) => p.startsWith('Expected Outcome for the Child: (use list)'))!;
      const profile = profileOf('lcs-form');
      for (const k of s.detail.state.concern.expectedOutcomeKeys) expect(outcomes).toContain(`☒ ${profile.outcomes.find((o) => o.key === k)!.label}`);
    }
  });

  it('"Impact on the Child" is a section of its own, and "By When" is the stage’s due date when the chair set none', async () => {
    const s = sample('lcs-form', 'stage-form', 'stage-1 form');
    const { doc } = await renderSample('lcs-form', s);
    const at = doc.paragraphs.indexOf('Impact on the Child');
    expect(at).toBeGreaterThan(doc.paragraphs.findIndex((p) => p.startsWith('Brief Summary of Concern(s)')) + 1);
    expect(doc.xml).toMatch(/<w:pStyle w:val="Heading3"\/>(?:(?!<\/w:p>).)*Impact on the Child</s);
    expect(doc.paragraphs[at + 1]).toBe(s.detail.state.concern.impactOnChild);
    expect(s.detail.state.concern.requestedAction.byWhen).toBeNull();
    expect(doc.paragraphs).toContain(`By When: ${formatLongDate(s.detail.state.currentClock!.dueDate!)}`);
  });

  it('leaves no empty cell in the child-details grid', async () => {
    const { doc } = await renderSample('lcs-form', sample('lcs-form', 'stage-form', 'stage-1 form'));
    const grid = /Details of the child(.*?)<\/w:tbl>/s.exec(doc.xml)![1]!;
    const cells = [...grid.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => c[1]!);
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(c).toMatch(/<w:t[ >][^<]*\S[^<]*<\/w:t>/);
  });
});
