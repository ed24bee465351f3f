import { join } from 'node:path';
import { readJson, writeJson } from './json-file';
import type { Draft } from '../../shared/api/tracker-file-outputs';

/**
 * Unsent form input, kept in the user's app-data folder (never in the tracker, which may be unreachable
 * exactly when a draft matters). Keyed by the renderer: tracker file + record + form.
 */
export interface DraftsFile {
  list(): Record<string, Draft>;
  /** False when the draft is over the size cap (nothing kept). */
  save(key: string, value: unknown, now: Date): boolean;
  remove(key: string): void;
}

const MAX_DRAFTS = 200;
const MAX_BYTES = 256 * 1024;

export function draftsFile(dataDir: string | undefined): DraftsFile {
  let memory: Record<string, Draft> = {};
  const file = dataDir ? join(dataDir, 'drafts.json') : null;
  const load = (): Record<string, Draft> => (file ? readJson<Record<string, Draft>>(file, {}) : memory);
  const store = (all: Record<string, Draft>) => {
    if (file) writeJson(file, all);
    else memory = all;
  };
  return {
    list: load,
    save(key, value, now) {
      if (JSON.stringify(value).length > MAX_BYTES) return false;
      const all = { ...load(), [key]: { value, savedAt: now.toISOString() } };
      // Oldest drafts go first when there are too many (they are abandoned forms, not records).
      const keys = Object.keys(all).sort((a, b) => all[a]!.savedAt.localeCompare(all[b]!.savedAt));
      for (const k of keys.slice(0, Math.max(0, keys.length - MAX_DRAFTS))) delete all[k];
      store(all);
      return true;
    },
    remove(key) {
      const all = load();
      if (!(key in all)) return;
      delete all[key];
      store(all);
    },
  };
}
