import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { AppError } from '../../shared/api/result';

/**
 * Letter rows hold a path RELATIVE to the Letters folder ("<case>/<file>.docx"). Anyone who can write the
 * shared tracker can write that column, so it is never trusted as a path: it is resolved inside the
 * Letters folder, must name a .docx (or its .eml draft), and its real path (after links) must still be
 * inside the folder's real path. Otherwise a planted '/etc/passwd' or a symlink to a program would be
 * served, or handed to the desktop's "open with" on a colleague's machine.
 */
const SERVED = /\.(docx|eml)$/i;

/** What to store for a letter just written at `absPath` inside `lettersFolder` (forward slashes on every OS). */
export function storedLetterPath(lettersFolder: string, absPath: string): string {
  const rel = relative(lettersFolder, absPath);
  // "..-..-x/…" (a case ID of "../../x" made safe) is inside; only ".." as a whole part leads out.
  if (!rel || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new Error(`${absPath} is not inside ${lettersFolder}`);
  return rel.split(sep).join('/');
}

/** The absolute path a stored value names, or null when it cannot be a letter of ours (never touches the disk). */
export function letterPathIn(lettersFolder: string, stored: string): string | null {
  const parts = stored.split(/[\\/]/);
  // eslint-disable-next-line no-control-regex -- control characters in a stored path are exactly what is refused
  if (!stored || isAbsolute(stored) || /^[a-z]:/i.test(stored) || /[\x00-\x1f]/.test(stored)) return null;
  if (parts.some((p) => p === '..' || p === '.' || p === '')) return null;
  if (!SERVED.test(stored)) return null;
  return join(lettersFolder, ...parts);
}

/** True when `file` exists, is a regular file, and its real path lies inside the real Letters folder. */
export function isServableLetter(lettersFolder: string, file: string): boolean {
  try {
    if (!existsSync(file) || !SERVED.test(file)) return false;
    const real = realpathSync(file);
    const root = realpathSync(lettersFolder);
    if (!SERVED.test(real) || !real.startsWith(root + sep)) return false;
    return lstatSync(real).isFile();
  } catch {
    return false;
  }
}

/** Resolves a stored letter path for download/open, or refuses with a sentence a person can act on. */
export function servableLetter(lettersFolder: string, stored: string): string {
  const file = letterPathIn(lettersFolder, stored);
  if (!file) throw new AppError('REFUSED', 'This letter’s entry in the tracker does not point to a letter in the Letters folder, so it is not opened. Create the letter again; if it keeps happening, tell your administrator (the tracker file may have been edited outside the app).');
  if (!existsSync(file)) throw new AppError('NOT_FOUND', `${file.split(/[\\/]/).pop()} is no longer in its folder (${file}). It may have been moved or deleted; create the letter again.`);
  if (!isServableLetter(lettersFolder, file))
    throw new AppError('REFUSED', `${file.split(/[\\/]/).pop()} is not a letter file inside the Letters folder (it may be a link to somewhere else), so it is not opened. Ask your administrator to check the Letters folder.`);
  return file;
}
