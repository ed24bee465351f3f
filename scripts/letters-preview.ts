import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinProfiles } from '../shared/profile/builtin';
import { writeSampleLetters } from '../electron/letters/write-samples';

/**
 * `npm run letters:preview`: the sample letters of every built-in profile as .docx, PDF (LibreOffice
 * headless) and PNG pages (pdftoppm, 60 dpi) in letters-preview/, for looking at beside seeds/000.
 * Give profile ids as arguments to preview only those.
 */
async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..', 'letters-preview');
  const wanted = process.argv.slice(2);
  const profiles = builtinProfiles.filter((p) => wanted.length === 0 || wanted.includes(p.id));
  rmSync(root, { recursive: true, force: true });
  for (const profile of profiles) {
    const dir = join(root, profile.id);
    const docs = await writeSampleLetters(profile, dir);
    // One LibreOffice run for the whole folder: starting it is most of the cost.
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...docs], { stdio: 'ignore' });
    const pngDir = join(dir, 'png');
    mkdirSync(pngDir, { recursive: true });
    for (const pdf of readdirSync(dir).filter((f) => f.endsWith('.pdf'))) {
      execFileSync('pdftoppm', ['-png', '-r', '60', join(dir, pdf), join(pngDir, pdf.replace(/\.pdf$/, ''))]);
    }
    console.log(`${profile.id}: ${docs.length} letters, ${readdirSync(pngDir).length} pages → ${dir}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
