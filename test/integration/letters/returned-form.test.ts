import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { opId } from '../../support/tracker-fixture';
import { Document, Packer, Paragraph } from 'docx';
import { buildEml, DOCX_MIME } from '../../../electron/letters/eml';
import { call, childInput, concern, failure, lcsEscalation } from './returned-form-imports';
import { answers, b64, filledByWord, sentForm } from './returned-form-fixture';

// Slough (issue 13): the manager replies "completing the section on the form"; seeds/000 has the
// "Response by Team Manager/Deputy Team Manager in consultation with Social Worker" section for it.

const expectedFields = {
  what: answers.what,
  who: answers.who,
  byWhen: answers.byWhen,
  outcomeKeys: answers.outcomeKeys,
  date: answers.date,
  respondent: 'Tom Barker, Team Manager',
};

describe('the returned stage form, read back and recorded (real tracker, real .docx)', () => {
  it('reads a form filled in Word 365 back to the manager’s words, records them and keeps the file in the Letters folder', async () => {
    const { s, raised } = await lcsEscalation();
    const { letter, bytes } = await sentForm(s, raised.row.id);
    const filled = await filledByWord(bytes);
    const read = await call(s, 'letters.returned.read', { fileName: 'reply.docx', base64: b64(filled), escalationId: raised.row.id });
    expect(read.reports).toHaveLength(1);
    const r = read.reports[0]!;
    expect(r.problems).toEqual([]);
    expect(r.missing).toEqual([]);
    expect([r.escalationId, r.stageKey, r.letterId, r.via, r.checkNeeded]).toEqual([raised.row.id, 'stage-1', letter.id, 'controls', false]);
    expect(r.fields).toEqual(expectedFields);

    const before = (await call(s, 'escalations.get', { id: raised.row.id })).events.length;
    const done = await call(s, 'letters.returned.record', { fileName: 'reply.docx', base64: b64(filled), escalationId: raised.row.id, fields: { ...r.fields, date: r.fields.date! }, version: raised.version, opId: opId() });
    expect(done.report.recorded).toBe(true);
    expect(done.detail.events).toHaveLength(before + 1);
    expect(done.detail.events.at(-1)!.body).toEqual({ kind: 'response-recorded', stageKey: 'stage-1', respondent: 'Tom Barker, Team Manager', what: answers.what, who: answers.who, byWhen: answers.byWhen, expectedOutcomeKeys: answers.outcomeKeys, date: answers.date });
    expect(done.report.savedAs).toMatch(/Letters\/LCS-\d+\/2025-03-03 LCS-\d+ Stage 1 Returned form\.docx$/);
    expect(readFileSync(done.report.savedAs!)).toEqual(filled);
    await s.close();
  });

  it('records what the chair corrected, not what the file says', async () => {
    const { s, raised } = await lcsEscalation();
    const filled = await filledByWord((await sentForm(s, raised.row.id)).bytes);
    const fields = { ...expectedFields, what: 'Meeting booked for 10 March (confirmed by phone).' };
    const done = await call(s, 'letters.returned.record', { fileName: 'reply.docx', base64: b64(filled), escalationId: raised.row.id, fields, version: raised.version, opId: opId() });
    expect(done.detail.events.at(-1)!.body).toMatchObject({ kind: 'response-recorded', what: 'Meeting booked for 10 March (confirmed by phone).' });
    await s.close();
  });

  it('refuses a form already recorded, and records nothing', async () => {
    const { s, raised } = await lcsEscalation();
    const filled = await filledByWord((await sentForm(s, raised.row.id)).bytes);
    const first = await call(s, 'letters.returned.record', { fileName: 'reply.docx', base64: b64(filled), escalationId: raised.row.id, fields: expectedFields, version: raised.version, opId: opId() });
    const again = await call(s, 'letters.returned.read', { fileName: 'reply.docx', base64: b64(filled), escalationId: raised.row.id });
    expect(again.reports[0]!.problems).toEqual(['A response to the Stage 1 form was already recorded on Monday 3 March 2025. Nothing was recorded from this file.']);
    const err = await failure(s, 'letters.returned.record', { fileName: 'reply.docx', base64: b64(filled), escalationId: raised.row.id, fields: expectedFields, version: first.detail.version, opId: opId() });
    expect(err.code).toBe('REFUSED');
    expect((await call(s, 'escalations.get', { id: raised.row.id })).events).toHaveLength(first.detail.events.length);
    await s.close();
  });

  it('refuses a blank form: its fields still show Word’s placeholder (w:showingPlcHdr)', async () => {
    const { s, raised } = await lcsEscalation();
    const { bytes } = await sentForm(s, raised.row.id);
    const r = (await call(s, 'letters.returned.read', { fileName: 'blank.docx', base64: b64(bytes), escalationId: raised.row.id })).reports[0]!;
    expect(r.problems).toEqual(['The form is still blank: the manager has not filled in the response (its fields still show Word’s grey “Click or tap” text). Nothing was recorded.']);
    const err = await failure(s, 'letters.returned.record', { fileName: 'blank.docx', base64: b64(bytes), escalationId: raised.row.id, fields: expectedFields, version: raised.version, opId: opId() });
    expect(err.message).toContain('The form is still blank');
    expect((await call(s, 'escalations.get', { id: raised.row.id })).state.stages.find((x) => x.key === 'stage-1')!.responseRecordedOn).toBeNull();
    await s.close();
  });

  it('lists what is missing when only part of the form was filled in, for the chair to complete', async () => {
    const { s, raised } = await lcsEscalation();
    const filled = await filledByWord((await sentForm(s, raised.row.id)).bytes, { who: 'Social worker', byWhen: '2025-03-10', byWhenText: 'Monday 10 March 2025' });
    const r = (await call(s, 'letters.returned.read', { fileName: 'part.docx', base64: b64(filled), escalationId: raised.row.id })).reports[0]!;
    expect(r.problems).toEqual([]);
    expect(r.missing).toEqual(['“What are you doing/have done” is blank.', '“Date of your response” is blank.', '“Your name” is blank.']);
    await s.close();
  });

  it('refuses a form edited outside its fields (the checksum in its identity no longer matches)', async () => {
    const { s, raised } = await lcsEscalation();
    const filled = await filledByWord((await sentForm(s, raised.row.id)).bytes, answers, (xml) => xml.replace('No permanence plan at the second review.', 'No concern any more.'));
    const r = (await call(s, 'letters.returned.read', { fileName: 'edited.docx', base64: b64(filled), escalationId: raised.row.id })).reports[0]!;
    expect(r.problems).toEqual(['The form was changed outside the response fields: its text is not as it was sent. Nothing was recorded. Ask the manager to fill in a fresh copy, or record the response by hand.']);
    await s.close();
  });

  it('refuses a form for another child, naming whose it is', async () => {
    const { s, raised, child } = await lcsEscalation();
    const other = await call(s, 'children.create', childInput({ name: 'Robin Other' }));
    const second = await call(s, 'escalations.raise', { childId: other.id, startAt: 'stage-1', concern: concern(['failure-to-visit']), opId: opId() });
    const filled = await filledByWord((await sentForm(s, raised.row.id)).bytes);
    const r = (await call(s, 'letters.returned.read', { fileName: 'reply.docx', base64: b64(filled), escalationId: second.row.id })).reports[0]!;
    expect(r.problems).toEqual([`This form is for Jordan Ellis (${child.caseId}), Stage 1 — not for Robin Other (${other.caseId}). Nothing was recorded: open that child’s escalation and drop the form there.`]);
    const err = await failure(s, 'letters.returned.record', { fileName: 'reply.docx', base64: b64(filled), escalationId: second.row.id, fields: expectedFields, version: second.version, opId: opId() });
    expect(err.code).toBe('REFUSED');
    await s.close();
  });

  it('refuses a form for a stage the escalation has left', async () => {
    const { s, raised } = await lcsEscalation();
    const filled = await filledByWord((await sentForm(s, raised.row.id)).bytes);
    await call(s, 'escalations.command', { id: raised.row.id, version: raised.version, opId: opId(), command: { kind: 'escalate', concernsRemaining: 'No plan yet.', actionsTaken: 'Chased twice.' } });
    const r = (await call(s, 'letters.returned.read', { fileName: 'reply.docx', base64: b64(filled) })).reports[0]!;
    expect(r.problems).toEqual(['This form is for Stage 1, but the escalation is now at Stage 2. Nothing was recorded: a late reply can be recorded by hand on the escalation page.']);
    await s.close();
  });

  it('refuses a Word document the app did not make, and a file that is not Word at all', async () => {
    const { s } = await lcsEscalation();
    const other = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('What are you doing/have done: nothing')] }] }));
    const a = (await call(s, 'letters.returned.read', { fileName: 'other.docx', base64: b64(other) })).reports[0]!;
    expect(a.problems).toEqual(['This document was not made by Escalation Tracker (it carries no form identity), so it cannot be matched to an escalation. Record the response on the escalation page instead.']);
    const b = (await call(s, 'letters.returned.read', { fileName: 'notes.txt', base64: b64(Buffer.from('just some notes')) })).reports[0]!;
    expect(b.problems).toEqual(['This is not a Word document (.docx), an .eml or an Outlook .msg: nothing to read in notes.txt.']);
    await s.close();
  });

  it('reads the form out of the email it came back in (.eml)', async () => {
    const { s, raised } = await lcsEscalation();
    const { letter, bytes } = await sentForm(s, raised.row.id);
    const filled = await filledByWord(bytes);
    const eml = buildEml({ to: [{ role: 'IRO', name: 'Sam Patel', email: 'sam.patel@example.gov.uk' }], cc: [], subject: 'RE: Formal Escalation of Concern – Stage 1', body: 'Completed form attached.', attachment: { fileName: basename(letter.path), data: filled, mimeType: DOCX_MIME } });
    const r = (await call(s, 'letters.returned.read', { fileName: 'RE Formal Escalation.eml', base64: b64(Buffer.from(eml)), escalationId: raised.row.id })).reports[0]!;
    expect(r.file).toBe(`RE Formal Escalation.eml → ${basename(letter.path)}`);
    expect(r.problems).toEqual([]);
    expect(r.fields).toEqual(expectedFields);
    expect(existsSync(letter.path)).toBe(true);
    await s.close();
  });
});
