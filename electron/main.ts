import { app, BrowserWindow, dialog, ipcMain, Notification, powerMonitor, protocol, safeStorage, session, shell } from 'electron';
import { reminderText } from './reminders';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { APP_INDEX_URL, appSchemePrivileges, handleAppProtocol } from './app-protocol';
import { createAppHost, type AppServices } from './app-services';
import { secretStore } from './desktop-state/secrets';
import { dispatch } from './dispatch';
import { fail } from '../shared/api/result';
import { hardenSession, hardenWindow, isTrustedSenderUrl, windowOptions } from './security';
import type { BrowsePurpose } from './tracker-file-handlers';

/** Electron main process: one hardened window; every API call goes through the same dispatcher as the web host. */
let services: AppServices | undefined;

async function start(): Promise<void> {
  const appDir = app.getAppPath();
  // The renderer comes from app://bundle/, never file:// (see app-protocol.ts).
  handleAppProtocol(protocol, join(appDir, 'dist', 'renderer'));
  const indexUrl = APP_INDEX_URL;
  const dataDir = app.getPath('userData');
  mkdirSync(dataDir, { recursive: true });
  hardenSession(session.defaultSession);
  // DevTools only when running from source (npm start), never in the installed app.
  const win = new BrowserWindow(windowOptions(join(appDir, 'dist-electron', 'preload.cjs'), { devTools: !app.isPackaged }));
  hardenWindow(win, indexUrl);
  // Opens with the person's remembered tracker, or none: the renderer then shows the first-run screen.
  services = await createAppHost({
    dataDir,
    migrationsDir: join(appDir, 'db', 'migrations'),
    appVersion: app.getVersion(),
    background: true,
    log: (m, e) => console.error(m, e ?? ''),
    pickPath: (purpose, near) => pickPath(win, purpose, near),
    // A server's password, kept encrypted by the OS (DPAPI on Windows, the keychain on macOS, libsecret on Linux).
    secrets: secretStore(dataDir, safeStorage),
    // Letters open in Word, email drafts in the default mail client (letters.open).
    desktop: { openPath: (path) => shell.openPath(path), showItemInFolder: (path) => shell.showItemInFolder(path) },
  });
  // After sleep the share's file handles may be dead: check at once rather than on the next save.
  powerMonitor.on('resume', () => void services?.session.checkNow());

  ipcMain.handle('api', async (event, channel: unknown, input: unknown) => {
    if (event.sender !== win.webContents || !isTrustedSenderUrl(event.senderFrame?.url, indexUrl))
      return fail('FORBIDDEN', 'This window is not allowed to use the tracker.');
    if (!services) return fail('OFFLINE', 'The tracker is not open yet.');
    return dispatch(services.handlers, String(channel), input, (m, e) => console.error(m, e));
  });

  win.once('ready-to-show', () => win.show());
  await win.loadURL(indexUrl);
  // On start and every hour: a desktop notification for the chair's stages due today or overdue.
  const remind = async () => {
    if (!services || !Notification.isSupported()) return;
    const r = await dispatch(services.handlers, 'reminders.mine', {});
    const text = r.ok ? reminderText(r.data as Parameters<typeof reminderText>[0]) : null;
    if (text) new Notification({ title: 'Escalation Tracker', body: text }).show();
  };
  void remind();
  setInterval(() => void remind(), 60 * 60 * 1000);
}

/** Native dialogs for choosing a tracker, a folder for a new one, or a backup. Never inside a transaction. */
async function pickPath(win: BrowserWindow | undefined, purpose: BrowsePurpose, near: string | null): Promise<string | null> {
  const defaultPath = near ? dirname(near) : undefined;
  const sqlite = [{ name: 'Escalation Tracker file', extensions: ['sqlite', 'db', 'tracker'] }];
  const options: Electron.OpenDialogOptions =
    purpose === 'choose-folder'
      ? { title: 'Choose the folder for the new tracker', defaultPath, properties: ['openDirectory', 'createDirectory'] }
      : { title: purpose === 'choose-backup' ? 'Choose a backup to restore' : 'Open a tracker', defaultPath, filters: sqlite, properties: ['openFile'] };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
// Custom schemes must be registered before the app is ready.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.whenReady().then(start, (err: unknown) => console.error(err));
app.on('window-all-closed', async () => {
  await services?.close();
  app.quit();
});
