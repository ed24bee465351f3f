import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..');

export interface StandInRecord {
  kind: string;
  detail: Record<string, unknown>;
}

export interface DesktopMain {
  /** Every call main made to the stand-in (dialogs, shell.openPath, notifications, windows), in order. */
  records: StandInRecord[];
  /** The channels main registered with ipcMain.handle. */
  channels: string[];
  /** The URL main loaded into its window (loadFile → file://, loadURL → as given). */
  loadedUrl: string;
  /** The answer the next native open dialog gives. */
  answerDialog(answer: { canceled: boolean; filePaths: string[] }): void;
  /** Loads the window's page in Playwright with the real preload bundle bridged to this main process. */
  attach(page: Page): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the built Electron main bundle (dist-electron/main.cjs) in Node with the stand-in `electron`
 * module (test/support/electron-stand-in), its app-data folder `userData`. Everything after that is the
 * app's own code: main's handlers, the preload bundle, the renderer.
 */
export function startDesktopMain(userData: string): Promise<DesktopMain> {
  const child: ChildProcess = fork(join(import.meta.dirname, 'electron-stand-in', 'run-main.cjs'), [], {
    cwd: root,
    env: { ...process.env, STAND_IN_APP_PATH: root, STAND_IN_USER_DATA: userData, STAND_IN_MAIN: join(root, 'dist-electron', 'main.cjs') },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const records: StandInRecord[] = [];
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  const request = (msg: Record<string, unknown>) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      child.send({ ...msg, id });
    });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`main did not start:\n${output}`)), 60_000);
    let channels: string[] | undefined;
    const maybeReady = () => {
      const load = records.find((r) => r.kind === 'window.load');
      if (!channels || !load) return;
      clearTimeout(timer);
      const loadedUrl = typeof load.detail.file === 'string' ? pathToFileURL(load.detail.file).toString() : String(load.detail.url);
      resolve({
        records,
        channels,
        loadedUrl,
        answerDialog: (answer) => child.send({ type: 'dialog-answer', answer }),
        attach: (page) => attach(page, loadedUrl, request),
        close: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.send({ type: 'close' });
            setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 10_000).unref();
          }),
      });
    };
    child.on('message', (msg: { type: string; id?: number; result?: unknown; error?: string; kind?: string; detail?: Record<string, unknown>; channels?: string[] }) => {
      if (msg.type === 'record') records.push({ kind: msg.kind!, detail: msg.detail ?? {} });
      if (msg.type === 'ready') channels = msg.channels;
      if (msg.type === 'reply') {
        const p = pending.get(msg.id!);
        pending.delete(msg.id!);
        if (msg.error !== undefined) p?.reject(new Error(msg.error));
        else p?.resolve(msg.result);
      }
      maybeReady();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      for (const p of pending.values()) p.reject(new Error(`main exited with ${code}`));
      reject(new Error(`main exited with ${code}:\n${output}`));
    });
  });
}

/**
 * The renderer half of Electron: the real preload bundle runs in the page before the renderer, given a
 * `require('electron')` whose contextBridge puts the API on window and whose ipcRenderer.invoke reaches
 * main's registered ipcMain handler (through a Playwright binding, with the page's URL as the sender's).
 */
/** "app://bundle": URL.origin is "null" for a scheme the URL standard does not know, so build it by hand. */
const originOf = (url: string): string => {
  const u = new URL(url);
  return `${u.protocol}//${u.host}`;
};

async function attach(page: Page, loadedUrl: string, request: (msg: Record<string, unknown>) => Promise<unknown>): Promise<void> {
  const served = new URL(loadedUrl).protocol === 'file:' ? undefined : await serveProtocol(loadedUrl, request);
  page.once('close', () => served?.server.close());
  // The sender's URL as Electron would report it: the app's own scheme, not the stand-in server's.
  const senderUrl = (url: string) => (served ? url.replace(served.origin, originOf(loadedUrl)) : url);
  await page.exposeBinding('__standInInvoke', (source, channel: string, args: unknown[]) =>
    request({ type: 'invoke', channel, args, senderUrl: senderUrl(source.frame.url()) }),
  );
  const preload = readFileSync(join(root, 'dist-electron', 'preload.cjs'), 'utf8');
  await page.addInitScript(
    `(() => {
      const electron = {
        contextBridge: { exposeInMainWorld: (key, value) => Object.defineProperty(window, key, { value, enumerable: true }) },
        ipcRenderer: { invoke: (channel, ...args) => window.__standInInvoke(channel, args) },
      };
      const require = (name) => { if (name === 'electron') return electron; throw new Error('a sandboxed preload cannot require ' + name); };
      const module = { exports: {} };
      (function (require, module, exports) {\n${preload}\n})(require, module, module.exports);
    })();`,
  );
  await page.goto(served ? loadedUrl.replace(originOf(loadedUrl), served.origin) : loadedUrl);
}

/**
 * When main loads its page from its own scheme (protocol.handle('app', …)), Chromium here cannot reach
 * it: a loopback server hands each request, with the app's URL, to main's registered protocol handler.
 */
async function serveProtocol(appUrl: string, request: (msg: Record<string, unknown>) => Promise<unknown>): Promise<{ server: Server; origin: string }> {
  const app = new URL(appUrl);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `${originOf(appUrl)}/`).toString();
    request({ type: 'protocol', scheme: app.protocol.replace(/:$/, ''), url, method: req.method, headers: req.headers }).then(
      (r) => {
        const { status, headers, body } = r as { status: number; headers: Record<string, string>; body: string };
        res.writeHead(status, headers).end(Buffer.from(body, 'base64'));
      },
      (err: Error) => res.writeHead(500).end(err.message),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
