// The programs `npm test` and the letter previews need beyond npm packages, in one list, for two callers:
//   npm run setup          installs what is missing from Debian (as root), or prints the one apt line to run
//   node scripts/setup.mjs --check   (npm's pretest) stops at once, before a minute of typechecking, with
//                          that one command, when a program the tests need is missing
// .ci/run calls `npm run setup` too, so a fresh machine and CI are set up by the very same command.
// Plain Node (no tsx, no packages): it must run before `npm install` has finished anything.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function onPath(program) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Debian's python3 (not a pyenv shim) is the one LibreOffice's UNO bridge is built for. */
function hasUno() {
  const python = executable('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  return spawnSync(python, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0;
}

function hasPostgres() {
  try {
    return readdirSync('/usr/lib/postgresql').some((v) => executable(join('/usr/lib/postgresql', v, 'bin', 'initdb')));
  } catch {
    return onPath('initdb');
  }
}

// `required`: the tests cannot run without it (pretest stops). The others are installed by setup for the
// tools that use them (LibreOffice scripting) and only reported by the check.
const tools = [
  { what: `Chromium at ${chromium} (end-to-end tests; CHROMIUM_PATH overrides)`, pkg: 'chromium', present: () => executable(chromium), required: true },
  { what: 'LibreOffice (soffice: letters to PDF)', pkg: 'libreoffice-writer-nogui', present: () => onPath('soffice'), required: true },
  { what: 'pdftoppm (PDF pages to PNG)', pkg: 'poppler-utils', present: () => onPath('pdftoppm'), required: true },
  { what: "LibreOffice's Python bridge (python3-uno)", pkg: 'python3-uno', present: hasUno, required: false },
  { what: 'PostgreSQL server (the storage tests run on the file and on a throw-away server)', pkg: 'postgresql', present: hasPostgres, required: true },
];

const missing = tools.filter((t) => !t.present());
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = executable('/usr/bin/apt-get') || onPath('apt-get');
const aptLine = (pkgs) => `${isRoot ? '' : 'sudo '}apt-get install -y ${pkgs.join(' ')}`;

if (process.argv.includes('--check')) {
  const blocking = missing.filter((t) => t.required);
  for (const t of missing.filter((x) => !x.required)) console.error(`note: ${t.what} is not installed (npm run setup installs it).`);
  if (blocking.length === 0) process.exit(0);
  console.error(`npm test cannot run: this machine lacks ${blocking.map((t) => t.what).join('; ')}.`);
  // The one command: `npm run setup` installs as root; a normal user gets the apt line it would run.
  if (!hasApt) console.error(`Install ${blocking.map((t) => t.pkg).join(', ')} (or set CHROMIUM_PATH to a Chromium), then run npm test again.`);
  else console.error(`Run once, then npm test again:  ${isRoot ? 'npm run setup' : aptLine(missing.map((t) => t.pkg))}`);
  process.exit(1);
}

if (missing.length === 0) {
  console.log('Everything npm test needs is installed.');
  process.exit(0);
}
const pkgs = missing.map((t) => t.pkg);
if (!hasApt) {
  console.error(`Not a Debian machine: install ${missing.map((t) => t.what).join('; ')} yourself (set CHROMIUM_PATH for Chromium).`);
  process.exit(1);
}
if (!isRoot) {
  console.error(`Missing: ${missing.map((t) => t.what).join('; ')}. Run this one command, then npm test:`);
  console.error(`  ${aptLine(pkgs)}`);
  process.exit(1);
}
console.log(`Installing ${pkgs.join(' ')} from Debian`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: ['ignore', 'ignore', 'inherit'], env });
const still = tools.filter((t) => !t.present());
if (still.length) {
  console.error(`Installed, but still missing: ${still.map((t) => t.what).join('; ')}.`);
  process.exit(1);
}
console.log('Everything npm test needs is installed.');
