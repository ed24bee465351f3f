import { readFileSync } from 'node:fs';
import { builtinProfiles } from '../../../shared/profile/builtin';
import { formatProblems, parseProfileJson } from '../../../shared/profile/validate';
import { procedureWarnings } from '../../../shared/profile/procedure-warnings';
import { describeResponseTime } from '../../../shared/engine';
import { parse } from '../args';
import { UsageError, type CliCommand } from '../types';

export const profileCommand: CliCommand = {
  name: 'profile',
  summary: 'check a protocol profile JSON file, or list the built-in profiles',
  usage: 'profile check FILE | profile list [--json]',
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'list') {
      const { values } = parse(rest, { json: { type: 'boolean' } });
      if (values.json) io.out(JSON.stringify(builtinProfiles.map((p) => ({ id: p.id, name: p.name, authority: p.authority }))));
      else for (const p of builtinProfiles) io.out(`${p.id}\t${p.name}`);
      return 0;
    }
    if (sub === 'check') {
      const { positionals } = parse(rest, {}, true);
      if (positionals.length !== 1) throw new UsageError('profile check takes exactly one FILE');
      let text: string;
      try {
        text = readFileSync(positionals[0]!, 'utf8');
      } catch (err) {
        io.err(`Cannot read ${positionals[0]}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
        return 1;
      }
      const result = parseProfileJson(text);
      if (!result.ok) {
        io.err(`${positionals[0]} is not a valid protocol profile (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}):`);
        io.err(formatProblems(result.problems));
        return 1;
      }
      const p = result.profile;
      if (builtinProfiles.some((b) => b.id === p.id)) {
        io.err(`${positionals[0]} is not a valid protocol profile (1 problem):`);
        io.err(`id: "${p.id}" is the id of a built-in profile, which is taken: give this procedure a new id (e.g. "${p.id}-local").`);
        return 1;
      }
      io.out(`OK: ${p.name} (${p.id}) for ${p.authority}, region ${p.region}`);
      for (const l of p.ladders) {
        const steps = [...(l.informal ? [`${l.informal.label} (${describeResponseTime(l.informal.responseTime)})`] : []), ...l.stages.map((s) => `${s.label} → ${s.recipientRole} (${describeResponseTime(s.responseTime)})`)];
        io.out(`  ${l.label} [${l.cohorts.join(', ')}]: ${steps.join('; ')}`);
      }
      io.out(`  ${p.categories.length} categories, ${p.outcomes.length} outcomes${p.urgency ? `, urgency ${p.urgency.levels.map((u) => u.key).join('/')}` : ''}`);
      const warnings = procedureWarnings(p);
      if (warnings.length > 0) {
        io.out(`Warnings (${warnings.length}):`);
        io.out(formatProblems(warnings));
      }
      return 0;
    }
    throw new UsageError(sub ? `unknown profile command "${sub}"` : 'profile needs check or list');
  },
};
