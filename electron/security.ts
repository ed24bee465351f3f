/**
 * The window's security settings and checks, kept free of the `electron` import so unit tests can
 * assert them without the Electron binary (which cannot be downloaded on our build machines).
 */

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** `devTools`: false in the packaged app (app.isPackaged), so the renderer's console is not a way in. */
export function windowOptions(preloadPath: string, opts: { devTools?: boolean } = {}) {
  return {
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Escalation Tracker',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      navigateOnDragDrop: false,
      devTools: opts.devTools ?? false,
    },
  } as const;
}

/** Only our own page, served by the app:// protocol from the app's files, may call the API. */
export function isTrustedSenderUrl(senderUrl: string | undefined, appIndexUrl: string): boolean {
  if (!senderUrl) return false;
  try {
    const a = new URL(senderUrl);
    const b = new URL(appIndexUrl);
    return a.protocol === 'app:' && b.protocol === 'app:' && a.host === b.host && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

/** Navigation away from the app's own page is always refused (links open nowhere inside the app). */
export function isAllowedNavigation(targetUrl: string, appIndexUrl: string): boolean {
  return isTrustedSenderUrl(targetUrl, appIndexUrl);
}

/** Response headers for every page the window loads. */
export function securityHeaders(existing: Record<string, string[]> | undefined): Record<string, string[]> {
  return { ...(existing ?? {}), 'Content-Security-Policy': [CSP], 'X-Content-Type-Options': ['nosniff'] };
}

/** The shape of the parts of Electron the wiring needs, so it can be exercised with a fake in tests. */
export interface WindowLike {
  webContents: {
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
    on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): void;
  };
}
export interface SessionLike {
  setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  webRequest: {
    onHeadersReceived(listener: (details: { responseHeaders?: Record<string, string[]> }, callback: (r: { responseHeaders: Record<string, string[]> }) => void) => void): void;
  };
}

export function hardenWindow(win: WindowLike, appIndexUrl: string): void {
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const block = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url, appIndexUrl)) event.preventDefault();
  };
  win.webContents.on('will-navigate', block);
  win.webContents.on('will-redirect', block);
}

export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => callback({ responseHeaders: securityHeaders(details.responseHeaders) }));
}
