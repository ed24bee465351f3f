import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { tempDir } from '../../support/tracker-fixture';
import { readForm } from '../../../electron/letters/form/read-form';
import { call, lcsEscalation } from './letters-fixture';
import { answers, b64, filledByWord, sentForm } from './returned-form-fixture';

const SCRIPT = fileURLToPath(new URL('../../support/fill-form-libreoffice.py', import.meta.url));

/** Fills the form in LibreOffice headless through UNO (the system python3 has python3-uno) and saves it as .docx. */
function fillInLibreOffice(form: Uint8Array): Buffer {
  const dir = tempDir('et-lo-');
  const src = join(dir, 'form.docx');
  const out = join(dir, 'filled.docx');
  writeFileSync(src, form);
  const values = {
    what: answers.what,
    who: answers.who,
    byWhen: answers.byWhen,
    date: answers.date,
    name: answers.respondentName,
    role: answers.respondentRole,
    outcomes: ['Permanence planning back on track- child will have secure and loving home', 'Child’s Plan as required by regulations/internal protocol back on track- child and family/carers know what is planned for the child'],
  };
  writeFileSync(join(dir, 'values.json'), JSON.stringify(values));
  execFileSync('/usr/bin/python3', [SCRIPT, src, out, join(dir, 'values.json'), join(dir, 'profile')], { timeout: 120_000, stdio: 'pipe' });
  return readFileSync(out);
}

describe('a returned form filled in LibreOffice (UNO) reads back to the same values as one filled in Word', () => {
  it('reads the same answers from the LibreOffice file’s text, marked for the chair to check', async () => {
    const { s, raised } = await lcsEscalation();
    const { bytes } = await sentForm(s, raised.row.id);
    const word = (await call(s, 'letters.returned.read', { fileName: 'word.docx', base64: b64(await filledByWord(bytes)), escalationId: raised.row.id })).reports[0]!;
    const libre = fillInLibreOffice(bytes);
    // LibreOffice 7.4 keeps the custom XML part and the date and check-box controls, but not their w:tag, and
    // turns the plain-text controls into text: the reader falls back to the response section's labels.
    expect(readForm(libre).via).toBe('text');
    const lo = (await call(s, 'letters.returned.read', { fileName: 'libreoffice.docx', base64: b64(libre), escalationId: raised.row.id })).reports[0]!;
    expect(lo.problems).toEqual([]);
    expect(lo.missing).toEqual([]);
    expect(lo.checkNeeded).toBe(true);
    expect(lo.warnings[0]).toContain('This file lost its form fields');
    expect(lo.fields).toEqual(word.fields);
    expect([lo.escalationId, lo.stageKey, lo.letterId]).toEqual([word.escalationId, word.stageKey, word.letterId]);
    await s.close();
  }, 180_000);

  it('still notices an edit outside the response section in a LibreOffice file', async () => {
    const { s, raised } = await lcsEscalation();
    const { bytes } = await sentForm(s, raised.row.id);
    const zip = await JSZip.loadAsync(fillInLibreOffice(bytes));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Uncertainty about where the child will grow up.');
    zip.file('word/document.xml', xml.replace('Uncertainty about where the child will grow up.', 'No impact.'));
    const edited = await zip.generateAsync({ type: 'nodebuffer' });
    const r = (await call(s, 'letters.returned.read', { fileName: 'edited.docx', base64: b64(edited), escalationId: raised.row.id })).reports[0]!;
    expect(r.problems).toEqual(['The form was changed outside the response fields: its text is not as it was sent. Nothing was recorded. Ask the manager to fill in a fresh copy, or record the response by hand.']);
    await s.close();
  }, 180_000);
});
