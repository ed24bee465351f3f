import { join } from 'node:path';
import { readJson, writeJson } from './json-file';

/** The part of Electron's safeStorage used here (the OS keychain, DPAPI on Windows): passed in, so tests use a stand-in. */
export interface Cipher {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * Passwords this person chose to keep on this computer (a PostgreSQL server's), by the server's address without
 * the password. Only ever written encrypted by the system's protected storage; where there is none (the web host, a
 * Linux desktop without a keyring), nothing is kept and the password is asked for each time.
 */
export interface SecretStore {
  readonly available: boolean;
  get(key: string): string | null;
  /** Returns whether it was kept. */
  set(key: string, secret: string): boolean;
  remove(key: string): void;
}

export const SECRETS_FILE = 'secrets.json';

export function secretStore(dataDir: string | undefined, cipher: Cipher | undefined): SecretStore {
  let usable = false;
  try {
    usable = Boolean(dataDir && cipher?.isEncryptionAvailable());
  } catch {
    usable = false;
  }
  const file = dataDir ? join(dataDir, SECRETS_FILE) : null;
  const load = (): Record<string, string> => {
    const v = file ? readJson<unknown>(file, {}) : {};
    return v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([, s]) => typeof s === 'string')) : {};
  };
  return {
    available: usable,
    get(key) {
      if (!usable) return null;
      const stored = load()[key];
      if (!stored) return null;
      try {
        return cipher!.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        // Kept by another account or machine (the keychain cannot open it): as if not kept.
        return null;
      }
    },
    set(key, secret) {
      if (!usable || !file) return false;
      writeJson(file, { ...load(), [key]: cipher!.encryptString(secret).toString('base64') });
      return true;
    },
    remove(key) {
      if (!file) return;
      const all = load();
      if (!(key in all)) return;
      delete all[key];
      writeJson(file, all);
    },
  };
}
