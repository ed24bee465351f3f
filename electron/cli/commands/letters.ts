import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { createAppServices } from '../../app-services';
import { trackerLocation } from '../../../db/open';
import { sourceRoot } from '../../source-root';
import { letterDocumentSchema } from '../../../shared/api/letters-contract';
import { londonDateOf } from '../../../shared/calendar';
import { getEscalation } from '../../services/escalation-service';
import { letterOptions } from '../../services/letters-service';
import { loadLetterhead } from '../../services/letter-settings-service';
import { templateFor } from '../../services/letter-templates-service';
import { lettersRepo } from '../../../db/repositories/letters-repo';
import { renderLetter } from '../../letters/render';
import { letterFileName, writeNewFile } from '../../letters/file-names';
import { stageFileLabel } from '../../letters/wording';
import { writeSampleLetters } from '../../letters/write-samples';
import { instant, parse, requireString } from '../args';
import { UsageError, type CliCommand, type CliIo } from '../types';
import { loadProfileArg } from './timeline';
import { readLetters } from './letters-read';

async function sample(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { profile: { type: 'string' }, out: { type: 'string' } });
  const profile = loadProfileArg(requireString(values.profile, '--profile'));
  const out = resolve(requireString(values.out, '--out'));
  const paths = await writeSampleLetters(profile, out);
  for (const p of paths) io.out(p);
  io.out(`${paths.length} sample letters for ${profile.id} in ${out}`);
  return 0;
}

/** Every document that fits one escalation (or the one asked for), written to --out; the tracker is not changed. */
async function forEscalation(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { db: { type: 'string' }, escalation: { type: 'string' }, out: { type: 'string' }, document: { type: 'string' }, stage: { type: 'string' }, now: { type: 'string' }, profile: { type: 'string' } });
  const file = trackerLocation(requireString(values.db, '--db'));
  const id = requireString(values.escalation, '--escalation');
  const out = resolve(requireString(values.out, '--out'));
  if (values.document !== undefined && !letterDocumentSchema.safeParse(values.document).success)
    throw new UsageError(`--document must be one of ${letterDocumentSchema.options.join(', ')}, not "${values.document}"`);
  const now = values.now ? instant(values.now, '--now') : io.now();
  const services = await createAppServices({ trackerFile: file, migrationsDir: join(sourceRoot(), 'db', 'migrations'), appVersion: 'cli', now: () => now, profileId: values.profile });
  try {
    const ctx = services.context;
    const detail = await getEscalation(ctx, id);
    const options = (await letterOptions(ctx, id)).filter((o) => (!values.document || o.document === values.document) && (!values.stage || o.stageKey === values.stage));
    if (options.length === 0) {
      io.err(`No ${values.document ?? ''} letter fits escalation ${id}${values.stage ? ` at ${values.stage}` : ''}.`);
      return 1;
    }
    const { letterhead } = await loadLetterhead(ctx);
    const directory = await lettersRepo.directory(ctx.tracker.db);
    await mkdir(out, { recursive: true });
    const today = londonDateOf(now);
    for (const o of options) {
      const { template, warning } = await templateFor(ctx, o.document, o.stageKey, o.templateId ?? undefined);
      if (warning) io.err(warning);
      const { data, bytes } = await renderLetter({ detail, profile: ctx.profile(), document: o.document, stageKey: o.stageKey, documentTitle: template?.name, letterhead, directory, today, actorName: ctx.actor.name, template });
      const path = await writeNewFile(out, letterFileName(today, detail.child.caseId, stageFileLabel(data.stage.label, data.stage.number, data.stage.kind), data.documentTitle), bytes);
      io.out(`${basename(path)}  (${o.label})`);
    }
    return 0;
  } finally {
    await services.close();
  }
}

export const lettersCommand: CliCommand = {
  name: 'letters',
  summary: 'Word letters for an escalation, or sample letters of a profile for reviewing templates',
  usage:
    'letters --db FILE --escalation ID --out DIR [--document KIND] [--stage KEY] [--now ISO]  |  letters sample --profile ID|FILE --out DIR  |  letters read --db FILE (--file F.docx|.eml|.msg | --folder DIR) [--record] [--json]',
  async run(args, io) {
    if (args[0] === 'sample') return sample(args.slice(1), io);
    if (args[0] === 'read') return readLetters(args.slice(1), io);
    return forEscalation(args, io);
  },
};
