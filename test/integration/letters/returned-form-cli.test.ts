import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../electron/cli';
import { tempDir } from '../../support/tracker-fixture';
import { lcsEscalation } from './letters-fixture';
import { answers, filledByWord, sentForm } from './returned-form-fixture';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), now: () => new Date('2025-03-04T10:00:00Z') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('letters read on the command line', () => {
  it('prints the form’s identity and fields as JSON, records with --record, and exits 1 when a problem stops it', async () => {
    const { s, raised } = await lcsEscalation();
    const { letter, bytes } = await sentForm(s, raised.row.id);
    const file = s.tracker.file;
    await s.close();
    const dir = tempDir();
    const filled = join(dir, 'reply.docx');
    writeFileSync(filled, await filledByWord(bytes));

    const look = await cli('letters', 'read', '--profile', 'lcs-form', '--db', file, '--file', filled, '--json');
    expect(look.err).toBe('');
    expect(look.code).toBe(0);
    const shown = JSON.parse(look.out);
    expect(shown).toMatchObject({
      escalationId: raised.row.id,
      stageKey: 'stage-1',
      letterId: letter.id,
      fields: { what: answers.what, who: answers.who, byWhen: answers.byWhen, outcomeKeys: answers.outcomeKeys, date: answers.date, respondent: 'Tom Barker, Team Manager' },
      recorded: false,
      problems: [],
    });

    const rec = await cli('letters', 'read', '--profile', 'lcs-form', '--db', file, '--file', filled, '--record', '--json');
    expect(rec.code).toBe(0);
    expect(JSON.parse(rec.out)).toMatchObject({ recorded: true, problems: [] });

    const again = await cli('letters', 'read', '--profile', 'lcs-form', '--db', file, '--file', filled, '--record', '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.out)).toMatchObject({ recorded: false, problems: ['A response to the Stage 1 form was already recorded on Monday 3 March 2025. Nothing was recorded from this file.'] });
  });

  it('reads a folder of returned forms in one go, with a report for each file', async () => {
    const { s, raised } = await lcsEscalation();
    const { bytes } = await sentForm(s, raised.row.id);
    const file = s.tracker.file;
    await s.close();
    const dir = join(tempDir(), 'returned');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a filled.docx'), await filledByWord(bytes));
    writeFileSync(join(dir, 'b blank.docx'), bytes);
    writeFileSync(join(dir, 'c notes.eml'), 'Subject: hello\r\n\r\nNo attachment here.\r\n');
    writeFileSync(join(dir, 'ignored.pdf'), 'not read');
    const r = await cli('letters', 'read', '--profile', 'lcs-form', '--db', file, '--folder', dir, '--json');
    expect(r.code).toBe(1);
    const reports = JSON.parse(r.out) as { file: string; problems: string[] }[];
    expect(reports.map((x) => [x.file, x.problems.length])).toEqual([['a filled.docx', 0], ['b blank.docx', 1], ['c notes.eml', 1]]);
    expect(reports[2]!.problems[0]).toBe('This email has no Word document attached: nothing to read in c notes.eml.');
    const text = await cli('letters', 'read', '--profile', 'lcs-form', '--db', file, '--folder', dir);
    expect(text.out).toContain('a filled.docx: readable – Jordan Ellis');
    expect(text.out).toContain('b blank.docx: NOT recorded');
  });
});
