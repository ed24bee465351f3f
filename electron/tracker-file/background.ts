import { automaticBackup } from '../../db/backups';
import type { TrackerSession } from './session';

export interface BackgroundOptions {
  /** How often to look whether today's automatic backup exists. */
  backupEveryMs?: number;
  /** Delay before the first look, so a desktop starting up does not slow the first screen. */
  firstBackupAfterMs?: number;
  log?: (message: string, err?: unknown) => void;
}

/**
 * The chores a desktop host does while it runs: today's automatic backup (one desktop at a time, by
 * lease) and noticing a sleep/resume (the clock jumps), after which the share is checked at once.
 */
export function startBackground(session: TrackerSession, opts: BackgroundOptions = {}): () => void {
  const timers: NodeJS.Timeout[] = [];
  const backup = async () => {
    const t = session.tracker;
    // A server's backups are the server's (docs/SERVER.md): no copy is made beside a file.
    if (!t || session.state !== 'open' || t.dialect === 'postgres') return;
    try {
      const made = await automaticBackup(t, { holder: session.actor.name, machine: session.opts.machine, now: session.opts.now() });
      if (made) {
        session.backupTaken();
        opts.log?.(`Automatic backup written: ${made.file}`);
      }
    } catch (err) {
      opts.log?.('Automatic backup failed (will try again later)', err);
    }
  };
  const first = setTimeout(() => void backup(), (opts.firstBackupAfterMs ?? 60_000) * (0.5 + Math.random()));
  timers.push(first, setInterval(() => void backup(), opts.backupEveryMs ?? 30 * 60_000));

  let last = Date.now();
  timers.push(
    setInterval(() => {
      const now = Date.now();
      // A 5-second timer that fires 30+ seconds late means the machine slept: SMB handles may be dead.
      if (now - last > 30_000) void session.checkNow();
      last = now;
    }, 5000),
  );
  for (const t of timers) t.unref();
  return () => timers.forEach((t) => clearTimeout(t));
}
