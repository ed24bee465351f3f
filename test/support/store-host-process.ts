import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { RunningHost } from './web-host-process';

const root = join(import.meta.dirname, '..', '..');

/**
 * Starts the web host as a separate process with its own app-data folder (`--data`), with or without a
 * tracker on the command line: without one it starts on the remembered choice or the first-run screen.
 */
export function startStoreHost(opts: { data: string; db?: string; user: string }): Promise<RunningHost> {
  const token = randomBytes(16).toString('hex');
  const args = ['--import', 'tsx', join(root, 'electron', 'web-host-main.ts'), '--data', opts.data, '--token', token, '--user', opts.user];
  if (opts.db) args.push('--db', opts.db);
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\w+)/.exec(output);
      if (!match) return;
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
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
}
