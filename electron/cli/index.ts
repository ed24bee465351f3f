import { pathToFileURL } from 'node:url';
import { UsageError, type CliCommand, type CliIo } from './types';
import { profileCommand } from './commands/profile';
import { dueCommand } from './commands/due';
import { timelineCommand } from './commands/timeline';
import { seedCommand } from './commands/seed';
import { stressCommand } from './commands/stress';
import { backupCommand } from './commands/backup';
import { restoreCommand } from './commands/restore';
import { checkCommand } from './commands/check';
import { reportCommand } from './commands/report';
import { lettersCommand } from './commands/letters';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { moveCommand } from './commands/move';

/** Every command of `npm run -s cli -- <command>`; to add one, write commands/<name>.ts and list it here. */
export const commands: CliCommand[] = [profileCommand, dueCommand, timelineCommand, seedCommand, reportCommand, stressCommand, backupCommand, restoreCommand, checkCommand, lettersCommand, exportCommand, importCommand, moveCommand];

export function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Escalation Tracker – administration command line',
    '',
    'Usage: npm run -s cli -- <command> [options]   (or: escalation-tracker <command> …)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n  ${' '.repeat(width)}  ${c.usage}`),
    '',
    'Exit codes: 0 done, 1 a problem was found (listed), 2 bad arguments.',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(helpText());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".`);
    io.err(helpText());
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}`);
      io.err(`Usage: ${command.usage}`);
      return 2;
    }
    io.err(err instanceof Error ? err.message : String(err));
    return 1;
  }
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isMain) {
  const io: CliIo = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`), now: () => new Date() };
  runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
