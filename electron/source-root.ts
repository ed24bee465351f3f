import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root when running from source (tsx: web host, CLI); the bundled main process uses app.getAppPath(). */
export function sourceRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..');
}
