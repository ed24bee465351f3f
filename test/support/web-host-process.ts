import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

const root = join(import.meta.dirname, '..', '..');

/**
 * Starts `electron/web-host-main.ts` as a real separate process and waits for its address: on a tracker
 * file (`db`), and/or with its own app-data folder (`data`) — without `db` it starts on the remembered
 * choice or the first-run screen. `--import tsx` keeps it one process, so stopping it stops the host.
 */
export function startHostProcess(opts: { db?: string; data?: string; user?: string; profile?: string; now?: string }): Promise<RunningHost> {
  const token = randomBytes(16).toString('hex');
  const args = ['--import', 'tsx', join(root, 'electron', 'web-host-main.ts'), '--token', token];
  if (opts.db) args.push('--db', opts.db);
  if (opts.data) args.push('--data', opts.data);
  if (opts.user) args.push('--user', opts.user);
  if (opts.profile) args.push('--profile', opts.profile);
  if (opts.now) args.push('--now', opts.now);
  // --user (acting as a named person) is accepted only in development (electron/web-host-main.ts).
  const child: ChildProcess = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ESCALATION_TRACKER_DEV: '1' } });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\w+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        const url = match[1]!;
        resolve({
          url,
          origin: new URL(url).origin,
          token,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
              setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 8000).unref();
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
}
