import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinProfiles } from '../shared/profile/builtin';
import { writeSampleLetters } from '../electron/letters/write-samples';

/**
 * `npm run letters:preview`: the sample letters of every built-in profile as .docx, PDF (LibreOffice
 * headless) and PNG pages (pdftoppm, 60 dpi) in letters-preview/, for looking at beside seeds/000, and a
 * contact sheet per profile (letters-preview/<id>/contact-sheet.png, ImageMagick `montage`: every page of
 * every letter, one letter a row, named). Give profile ids as arguments to preview only those.
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
    const sheet = contactSheet(pngDir, join(dir, 'contact-sheet.png'));
    console.log(`${profile.id}: ${docs.length} letters, ${readdirSync(pngDir).length} pages → ${dir}${sheet ? `; contact sheet ${sheet}` : ''}`);
  }
}

/** One row per letter (its pages side by side, up to four), labelled with the letter's name; null without `montage`. */
function contactSheet(pngDir: string, out: string): string | null {
  const pages = readdirSync(pngDir).filter((f) => f.endsWith('.png')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const letters = [...new Set(pages.map((p) => p.replace(/-\d+\.png$/, '')))];
  const cells: string[] = [];
  for (const letter of letters) {
    const own = pages.filter((p) => p.replace(/-\d+\.png$/, '') === letter).slice(0, 4);
    for (let i = 0; i < 4; i++) cells.push(own[i] ? join(pngDir, own[i]!) : 'null:');
  }
  try {
    execFileSync('montage', ['-label', '%t', '-pointsize', '10', ...cells, '-tile', '4x', '-geometry', '+6+6', '-background', '#dddddd', out], { stdio: 'ignore' });
    return out;
  } catch {
    console.error('No contact sheet: install ImageMagick (apt-get install imagemagick) for `montage`.');
    return null;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
