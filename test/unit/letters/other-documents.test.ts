import { describe, expect, it } from 'vitest';
import { patchDetector } from 'docx';
import { builtinProfiles } from '../../../shared/profile/builtin';
import { formatLongDate } from '../../../shared/calendar';
import { sampleLetters } from '../../../electron/letters/sample';
import { calendarOf, renderSample, sample } from './letter-fixtures';

describe('the other built-in documents', () => {
  it('informal email/letter has the three things seeds/001 asks for: "Description of the concerns and the impact on the child", "What action is required in response", "Deadline for the response"', async () => {
    const s = sample('haringey', 'informal', 'informal');
    const { doc } = await renderSample('haringey', s);
    expect(doc.text).toContain('Informal Escalation of Concern');
    expect(doc.text).toContain('Description of the concerns and the impact on the child');
    expect(doc.text).toContain(s.detail.state.concern.impactOnChild);
    expect(doc.text).toContain('What action is required in response');
    expect(doc.text).toContain(`What: ${s.detail.state.concern.requestedAction.what}`);
    // seeds/001: "If the matter is not resolved within 10 working days"
    const due = s.detail.state.stages.find((x) => x.key === 'informal')!.clock!.dueDate!;
    expect(doc.text).toContain(`Please respond by ${formatLongDate(due)} (within 10 working days).`);
    expect(doc.text).toContain('To: Tom Barker, Team Manager');
    // "a copy e-mailed to the Social Worker"
    expect(doc.text).toContain('Copy: Priya Shah, Social Worker');
  });

  it('resolution record is for the case file with a copy for the Safeguarding Business Manager (seeds/000)', async () => {
    const s = sample('lcs-form', 'resolution', 'resolution record');
    const { doc } = await renderSample('lcs-form', s);
    const resolved = s.detail.events.find((e) => e.body.kind === 'resolved')!.body as { date: string; note: string };
    expect(doc.text).toContain('Record for the child’s case file – copy for the Safeguarding Business Manager');
    expect(doc.text).toContain(`Concluded: Resolved on ${formatLongDate(resolved.date)}`);
    expect(doc.text).toContain(`Date resolved: ${formatLongDate(resolved.date)}`);
    expect(doc.text).toContain(resolved.note);
    expect(doc.text).toContain('Copy sent to the Safeguarding Business Manager on:');
    expect(doc.paragraphs).toContain('Stage 1');
    expect(doc.paragraphs).toContain('Stage 2');
  });

  it('Cafcass summary gives the referral, the concern and every stage with its response', async () => {
    const s = sample('lcs-form', 'cafcass', 'cafcass summary');
    const { doc } = await renderSample('lcs-form', s);
    const referral = s.detail.events.find((e) => e.body.kind === 'cafcass-referred')!.body as { referredOn: string; note: string };
    expect(doc.text).toContain(`Date of referral: ${formatLongDate(referral.referredOn)}`);
    expect(doc.text).toContain('Alongside the local process: Yes');
    expect(doc.text).toContain(referral.note);
    for (const stage of ['Stage 1', 'Stage 2', 'Stage 3', 'Stage 4']) expect(doc.paragraphs).toContain(stage);
  });

  it('Rutland stage 4 written statement details the action required to prevent stage 5 (seeds/004: "a written statement of the alert … detailing the action required to prevent the matter progressing to the next dispute resolution stage")', async () => {
    const s = sample('rutland', 'meeting-statement', 'stage-4 meeting statement');
    const { doc } = await renderSample('rutland', s);
    expect(doc.text).toContain('Written statement of the alert – Stage 4: Director for People');
    expect(doc.text).toContain('Action required to prevent the matter progressing to the next dispute resolution stage (Stage 5: Independent Chair of the LSCB)');
    expect(doc.text).toContain('Director for People (chair of the meeting)');
    expect(doc.paragraphs).toContain('Stage 3: Head of Service');
    expect(doc.paragraphs).not.toContain('Stage 4: Director for People');
  });

  it('every sample of every built-in profile is a complete Word document: letterhead, marking, page x of y, nothing left unfilled', async () => {
    let count = 0;
    for (const profile of builtinProfiles) {
      for (const s of sampleLetters(profile, calendarOf(profile))) {
        const { bytes, doc } = await renderSample(profile.id, s);
        const all = (await Promise.all(doc.files.filter((f) => f.endsWith('.xml') || f.endsWith('.rels')).map((f) => doc.part(f)))).join('');
        expect(all, `${s.name}`).not.toContain('⟦');
        const footer = `${await doc.part('word/footer1.xml')}`;
        expect(footer).toContain('PAGE');
        expect(footer).toContain('NUMPAGES');
        expect(footer).toContain('OFFICIAL-SENSITIVE');
        expect(`${await doc.part('word/header1.xml')}${await doc.part('word/header2.xml')}`).toContain(profile.authority.replace(/&/g, '&amp;').replace(/'/g, '&apos;').slice(0, 10));
        // docx parses every part again: a broken XML part would throw here.
        await expect(patchDetector({ data: bytes })).resolves.toEqual([]);
        count++;
      }
    }
    expect(count).toBeGreaterThan(40);
  }, 60_000);
});
