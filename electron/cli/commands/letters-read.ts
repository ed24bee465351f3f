import { randomUUID } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { createAppServices } from '../../app-services';
import { trackerLocation } from '../../../db/open';
import { sourceRoot } from '../../source-root';
import { readAndRecord } from '../../services/returned-forms-service';
import { MAX_RETURNED_FILE_BYTES } from '../../letters/form/returned-file';
import type { ReturnedFormReport } from '../../../shared/api/returned-forms-contract';
import { instant, parse, requireString } from '../args';
import { UsageError, type CliIo } from '../types';

/**
 * `letters read`: what a returned form (or a folder of them) says, and with --record, records each one that
 * has no problem. Exit 1 when any file was not recorded because of a problem (with --record), or has one.
 */

const RETURNED = /\.(docx|eml|msg)$/i;

async function filesOf(file: string | undefined, folder: string | undefined): Promise<string[]> {
  if (file && folder) throw new UsageError('Give --file or --folder, not both');
  if (file) return [resolve(file)];
  if (!folder) throw new UsageError('--file F.docx (or .eml, .msg) or --folder DIR is required');
  const dir = resolve(folder);
  return (await readdir(dir)).filter((n) => RETURNED.test(n) && !n.startsWith('~$')).sort().map((n) => join(dir, n));
}

function describe(r: ReturnedFormReport): string[] {
  const head = `${r.file}: ${r.recorded ? 'recorded' : r.problems.length ? 'NOT recorded' : 'readable'}${r.childName ? ` – ${r.childName} (${r.caseId}), ${r.stageTitle}` : ''}`;
  const f = r.fields;
  const lines = [head];
  if (!r.problems.length || r.via !== 'none') {
    lines.push(`  What: ${f.what || '(blank)'}`, `  Who: ${f.who || '(blank)'}`, `  By when: ${f.byWhen ?? '(blank)'}`, `  Outcomes: ${f.outcomeKeys.join(', ') || '(none)'}`, `  Date: ${f.date ?? '(blank)'}`, `  Respondent: ${f.respondent || '(blank)'}`);
  }
  for (const p of r.problems) lines.push(`  Problem: ${p}`);
  for (const m of r.missing) lines.push(`  Missing: ${m}`);
  for (const w of r.warnings) lines.push(`  Check: ${w}`);
  if (r.savedAs) lines.push(`  Kept as ${r.savedAs}`);
  return lines;
}

export async function readLetters(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { db: { type: 'string' }, file: { type: 'string' }, folder: { type: 'string' }, record: { type: 'boolean' }, json: { type: 'boolean' }, now: { type: 'string' }, profile: { type: 'string' } });
  const db = trackerLocation(requireString(values.db, '--db'));
  const files = await filesOf(values.file, values.folder);
  const now = values.now ? instant(values.now, '--now') : io.now();
  const services = await createAppServices({ trackerFile: db, migrationsDir: join(sourceRoot(), 'db', 'migrations'), appVersion: 'cli', now: () => now, profileId: values.profile });
  const reports: ReturnedFormReport[] = [];
  try {
    for (const path of files) {
      const size = (await stat(path)).size;
      // Refused before reading: a huge file is not a form, and must not be read into memory.
      const data = size > MAX_RETURNED_FILE_BYTES ? Buffer.alloc(MAX_RETURNED_FILE_BYTES + 1) : await readFile(path);
      reports.push(...(await readAndRecord(services.context, basename(path), data, { record: values.record === true, opId: `cli-read-${randomUUID()}` })));
    }
  } finally {
    await services.close();
  }
  if (values.json) io.out(JSON.stringify(values.file ? (reports.length === 1 ? reports[0] : reports) : reports, null, 2));
  else for (const r of reports) io.out(describe(r).join('\n'));
  if (!values.json && files.length === 0) io.out('No .docx, .eml or .msg files in that folder.');
  return reports.some((r) => r.problems.length > 0 || (values.record === true && !r.recorded)) ? 1 : 0;
}
