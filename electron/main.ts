import { app, BrowserWindow, ipcMain, session } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAppServices, type AppServices } from './app-services';
import { dispatch } from './dispatch';
import { fail } from '../shared/api/result';
import { hardenSession, hardenWindow, isTrustedSenderUrl, windowOptions } from './security';
import { defaultTrackerFile } from './paths';

/** Electron main process: one hardened window; every API call goes through the same dispatcher as the web host. */
let services: AppServices | undefined;

async function start(): Promise<void> {
  const appDir = app.getAppPath();
  const indexFile = join(appDir, 'dist', 'renderer', 'index.html');
  const indexUrl = pathToFileURL(indexFile).toString();
  const dataDir = app.getPath('userData');
  mkdirSync(dataDir, { recursive: true });
  services = await createAppServices({
    trackerFile: defaultTrackerFile(dataDir),
    migrationsDir: join(appDir, 'db', 'migrations'),
    appVersion: app.getVersion(),
    create: true,
  });

  hardenSession(session.defaultSession);
  const win = new BrowserWindow(windowOptions(join(appDir, 'dist-electron', 'preload.cjs')));
  hardenWindow(win, indexUrl);

  ipcMain.handle('api', async (event, channel: unknown, input: unknown) => {
    if (event.sender !== win.webContents || !isTrustedSenderUrl(event.senderFrame?.url, indexUrl))
      return fail('FORBIDDEN', 'This window is not allowed to use the tracker.');
    if (!services) return fail('OFFLINE', 'The tracker is not open yet.');
    return dispatch(services.handlers, String(channel), input, (m, e) => console.error(m, e));
  });

  win.once('ready-to-show', () => win.show());
  await win.loadFile(indexFile);
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
app.whenReady().then(start, (err: unknown) => console.error(err));
app.on('window-all-closed', async () => {
  await services?.close();
  app.quit();
});
