import { join } from 'node:path';
import { trackerLocation } from '../../db/open';
import { readJson, writeJson } from './json-file';

/**
 * Which tracker this person uses, remembered per user in their app-data folder (not in the tracker:
 * the choice is made before any tracker is open).
 */
export interface TrackerPrefs {
  /** 'default' for the embedded tracker in app-data, an absolute path, a server's address without its password, or null before the first choice. */
  current: string | null;
  recent: { file: string; lastOpenedAt: string }[];
}

const MAX_RECENT = 10;
export const PREFS_FILE = 'tracker-choice.json';

export interface PrefsFile {
  load(): TrackerPrefs;
  /** Records that `file` was opened (`'default'` for the embedded one) and makes it the current choice. */
  remember(file: string, isDefault: boolean, now: Date): TrackerPrefs;
}

function normalise(p: Partial<TrackerPrefs> | null | undefined): TrackerPrefs {
  return {
    current: typeof p?.current === 'string' ? p.current : null,
    recent: Array.isArray(p?.recent) ? p.recent.filter((r) => r && typeof r.file === 'string' && typeof r.lastOpenedAt === 'string').slice(0, MAX_RECENT) : [],
  };
}

export function rememberOpened(prefs: TrackerPrefs, file: string, isDefault: boolean, now: Date): TrackerPrefs {
  // A server's address (already without its password) as it is; a file by its absolute path.
  const abs = trackerLocation(file);
  return {
    current: isDefault ? 'default' : abs,
    recent: [{ file: abs, lastOpenedAt: now.toISOString() }, ...prefs.recent.filter((r) => trackerLocation(r.file) !== abs)].slice(0, MAX_RECENT),
  };
}

/** Preferences in `<dataDir>/tracker-choice.json`; with no folder (tests, CLI) they live in memory only. */
export function prefsFile(dataDir: string | undefined): PrefsFile {
  let memory: TrackerPrefs = { current: null, recent: [] };
  const file = dataDir ? join(dataDir, PREFS_FILE) : null;
  const load = () => (file ? normalise(readJson<Partial<TrackerPrefs> | null>(file, null)) : memory);
  return {
    load,
    remember(trackerFile, isDefault, now) {
      const next = rememberOpened(load(), trackerFile, isDefault, now);
      if (file) writeJson(file, next);
      else memory = next;
      return next;
    },
  };
}
