import { open, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Paths read from the shared tracker (the logo, team templates, the Letters folder) are written by anyone who
 * can write the file, so none is trusted: each resolves only inside a folder the app owns beside the tracker,
 * its real path (after links) must still be inside that folder's real path, it must be a regular file, and
 * its size is checked before a byte is read. Anything else is refused with a sentence a person can act on.
 */
export class OwnedPathError extends Error {}

/** True when `child` is `parent` or below it (no "..", no other drive). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** A plain file name: no folder parts, not "." or "..", no control characters, not absolute. */
export function isPlainFileName(name: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters in a stored name are exactly what is refused
  return name !== '' && name !== '.' && name !== '..' && !/[\\/:\x00-\x1f]/.test(name) && !isAbsolute(name);
}

/**
 * A sub-folder path as stored ("Letters", "Team letters/2026"): relative, no "." or ".." parts, no drive,
 * no UNC prefix, no control characters. Returns the absolute folder inside `base`, or null.
 */
export function folderInside(base: string, stored: string): string | null {
  const value = stored.trim();
  // eslint-disable-next-line no-control-regex -- see isPlainFileName
  if (!value || isAbsolute(value) || /^[a-z]:/i.test(value) || /^[\\/]{2}/.test(value) || /[\x00-\x1f]/.test(value)) return null;
  const parts = value.split(/[\\/]+/).filter((p) => p !== '');
  if (parts.length === 0 || parts.some((p) => p === '.' || p === '..')) return null;
  const folder = resolve(base, ...parts);
  return isInside(base, folder) ? folder : null;
}

/** Checks a folder that exists is really inside `base` after links (a planted link to another share is refused). */
export async function checkRealFolder(base: string, folder: string): Promise<void> {
  let real: string;
  try {
    real = await realpath(folder);
  } catch {
    return; // not made yet: it is created inside base
  }
  const root = await realpath(base).catch(() => resolve(base));
  if (!isInside(root, real)) throw new OwnedPathError(`${folder} is a link to a folder outside the tracker's folder, so nothing is read from or written to it. Ask your administrator to replace it with a real folder.`);
}

/**
 * Reads `name` from `folder` within the limits above. `what` names the file for the message ("The logo").
 * Throws OwnedPathError with what to do; never reads more than `maxBytes`.
 */
export async function readOwnedFile(folder: string, name: string, maxBytes: number, what: string): Promise<Buffer> {
  if (!isPlainFileName(name)) throw new OwnedPathError(`${what} is recorded as "${name.slice(0, 80)}", which is not a file name inside ${folder}, so it was not read. Choose the file again in Settings.`);
  const path = join(folder, name);
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    throw new OwnedPathError(`${what} (${name}) is no longer in ${folder}. Choose it again in Settings.`);
  }
  const root = await realpath(folder).catch(() => resolve(folder));
  if (!isInside(root, real)) throw new OwnedPathError(`${what} (${name}) is a link to a file outside ${folder}, so it was not read. Choose the file again in Settings.`);
  const info = await stat(real);
  if (!info.isFile()) throw new OwnedPathError(`${what} (${name}) is not an ordinary file, so it was not read. Choose the file again in Settings.`);
  if (info.size > maxBytes) throw new OwnedPathError(`${what} (${name}) is ${(info.size / 1024 / 1024).toFixed(1)} MB, more than the ${Math.round(maxBytes / 1024 / 1024)} MB allowed. Save a smaller file and choose it again.`);
  // Read through one handle, no more than the limit even if the file grows between the check and the read.
  const handle = await open(real, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
