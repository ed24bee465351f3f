import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const PRODUCT_NAME = 'Escalation Tracker';

/** The per-user app-data folder, the same place Electron's app.getPath('userData') uses. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.ESCALATION_TRACKER_DATA) return resolve(env.ESCALATION_TRACKER_DATA);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/** The embedded default tracker a new user starts with. */
export function defaultTrackerFile(dataDir: string): string {
  return join(dataDir, 'tracker.sqlite');
}
