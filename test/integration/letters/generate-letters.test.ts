import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { opId } from '../../support/tracker-fixture';
import { readDocx } from '../../unit/letters/docx-reader';
import { createLettersHandlers } from '../../../electron/letters-handlers';
import { call, failure, lcsEscalation } from './letters-fixture';

describe('letters from the escalation page, on a real tracker file', () => {
  it('makes the current stage’s form in one click, saved beside the tracker, recorded as sent, with an email draft', async () => {
    const { s, child, raised } = await lcsEscalation();
    const r = await call(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', recordSent: true, version: raised.version, emailDraft: true, opId: opId() });
    const folder = join(dirname(s.tracker.file), 'Letters', child.caseId);
    expect(r.letter.path).toBe(join(folder, `2025-03-03 ${child.caseId} Stage 1 Escalation form.docx`));
    const doc = await readDocx(readFileSync(r.letter.path));
    expect(doc.text).toContain('Formal Escalation of Concern – Stage 1');
    expect(doc.text).toContain('Response expected within 5 working days – by Monday 10 March 2025');
    expect(doc.text).toContain('To: Tom Barker, Team Manager/Deputy Team Manager');
    expect(doc.paragraphs).toContain(child.name);
    expect(doc.ticks.filter((t) => t.checked).map((t) => t.label)).toEqual(['Significant drift in permanence planning', 'Failure to plan as required by regulations/internal protocol', 'Permanence planning back on track- child will have secure and loving home']);

    expect(r.sentRecorded).toBe(true);
    const sent = r.detail!.events.at(-1)!.body;
    expect(sent).toEqual({ kind: 'letter-sent', stageKey: 'stage-1', sentOn: '2025-03-03', to: 'Tom Barker, Team Manager/Deputy Team Manager' });

    expect(r.draftFileName).toBe(`2025-03-03 ${child.caseId} Stage 1 Escalation form.eml`);
    const eml = readFileSync(join(folder, r.draftFileName!), 'utf8');
    expect(eml).toMatch(/^X-Unsent: 1\r\n/);
    expect(eml).toContain('To: "Tom Barker" <tom.barker@example.gov.uk>');
    expect(eml).toContain('Cc: "Sam Patel" <sam.patel@example.gov.uk>');
    // The subject follows the profile's letterSubject: "Formal Escalation of Concern – {stage} – {caseId}".
    const subject = /Subject: =\?UTF-8\?B\?([^?]+)\?=/.exec(eml)![1]!;
    // …with the protective marking first, as government email is marked.
    expect(Buffer.from(subject, 'base64').toString('utf8')).toBe(`OFFICIAL-SENSITIVE: Formal Escalation of Concern – Stage 1 – ${child.caseId}`);
    expect(r.missingAddresses).toEqual(['Priya Shah, Social Worker', 'Safeguarding Business Manager']);

    const list = await call(s, 'letters.list', { escalationId: raised.row.id });
    expect(list.map((l) => [l.fileName, l.draftFileName, l.exists])).toEqual([[`2025-03-03 ${child.caseId} Stage 1 Escalation form.docx`, r.draftFileName, true]]);
    await s.close();
  });

  it('never overwrites, and a retried click makes no second letter', async () => {
    const { s, raised } = await lcsEscalation();
    const op = opId();
    const a = await call(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', opId: op });
    const again = await call(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', opId: op });
    expect(again.letter.id).toBe(a.letter.id);
    expect(readdirSync(dirname(a.letter.path))).toHaveLength(1);
    const b = await call(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', opId: opId() });
    expect(b.letter.fileName).toBe(a.letter.fileName.replace('.docx', ' (2).docx'));
    expect(readFileSync(a.letter.path).length).toBeGreaterThan(5000);
    expect((await call(s, 'letters.list', { escalationId: raised.row.id })).map((l) => l.id).sort()).toEqual([a.letter.id, b.letter.id].sort());
    await s.close();
  });

  it('offers the current stage’s form first, and no resolution record while the escalation is open', async () => {
    const { s, raised } = await lcsEscalation();
    const options = await call(s, 'letters.options', { escalationId: raised.row.id });
    expect(options[0]).toMatchObject({ document: 'stage-form', stageKey: 'stage-1', suggested: true });
    expect(options.map((o) => o.document)).not.toContain('resolution');
    expect(options.map((o) => o.document)).toContain('cafcass');
    const refused = await failure(s, 'letters.generate', { escalationId: raised.row.id, document: 'resolution', opId: opId() });
    expect(refused).toMatchObject({ code: 'REFUSED' });
    expect(refused.message).toMatch(/still open/);
    await s.close();
  });

  it('downloads in the web host, and opens with the desktop shell only in the desktop app', async () => {
    const { s, raised } = await lcsEscalation();
    const r = await call(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', emailDraft: true, opId: opId() });
    const file = await call(s, 'letters.download', { id: r.letter.id });
    expect(Buffer.from(file.base64, 'base64').equals(readFileSync(r.letter.path))).toBe(true);
    expect(file.fileName).toBe(r.letter.fileName);
    expect((await call(s, 'letters.download', { id: r.letter.id, part: 'draft' })).mimeType).toBe('message/rfc822');
    expect(await failure(s, 'letters.open', { id: r.letter.id })).toMatchObject({ code: 'REFUSED' });

    const opened: string[] = [];
    const desktop = createLettersHandlers(s.context, { desktop: { openPath: async (p) => (opened.push(`open ${p}`), ''), showItemInFolder: (p) => void opened.push(`show ${p}`) } });
    await desktop['letters.open']({ id: r.letter.id, part: 'letter' }, undefined);
    await desktop['letters.open']({ id: r.letter.id, part: 'folder' }, undefined);
    await desktop['letters.open']({ id: r.letter.id, part: 'draft' }, undefined);
    expect(opened).toEqual([`open ${r.letter.path}`, `show ${r.letter.path}`, `open ${r.letter.path.replace(/\.docx$/, '.eml')}`]);
    await s.close();
  });

  it('says so plainly when a listed letter has been moved or deleted', async () => {
    const { s, raised } = await lcsEscalation();
    const r = await call(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', opId: opId() });
    const { rmSync } = await import('node:fs');
    rmSync(r.letter.path);
    expect((await call(s, 'letters.list', { escalationId: raised.row.id }))[0]!.exists).toBe(false);
    const gone = await failure(s, 'letters.download', { id: r.letter.id });
    expect(gone.code).toBe('NOT_FOUND');
    expect(gone.message).toContain('is no longer in its folder');
    expect(existsSync(r.letter.path)).toBe(false);
    await s.close();
  });
});
