import { describe, expect, it } from 'vitest';
import { CSP, hardenSession, hardenWindow, isTrustedSenderUrl, securityHeaders, windowOptions } from '../../../electron/security';

const index = 'app://bundle/index.html';

describe('the Electron window', () => {
  it('isolates the renderer: context isolation, sandbox, no Node integration, no webview', () => {
    const w = windowOptions('/app/preload.cjs').webPreferences;
    expect(w.contextIsolation).toBe(true);
    expect(w.sandbox).toBe(true);
    expect(w.nodeIntegration).toBe(false);
    expect(w.nodeIntegrationInWorker).toBe(false);
    expect(w.nodeIntegrationInSubFrames).toBe(false);
    expect(w.webSecurity).toBe(true);
    expect(w.allowRunningInsecureContent).toBe(false);
    expect(w.webviewTag).toBe(false);
    expect(w.preload).toBe('/app/preload.cjs');
    // Issue 18: "DevTools closed in production".
    expect(w.devTools).toBe(false);
    expect(windowOptions('/app/preload.cjs', { devTools: true }).webPreferences.devTools).toBe(true);
  });

  it('has a strict content security policy: nothing from outside, no inline script, no eval', () => {
    expect(CSP).toContain("default-src 'none'");
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(CSP).toContain("object-src 'none'");
    expect(CSP).toContain("frame-ancestors 'none'");
    expect(securityHeaders({ a: ['b'] })['Content-Security-Policy']).toEqual([CSP]);
  });

  it('accepts API calls only from the app page loaded from its own files', () => {
    expect(isTrustedSenderUrl(index, index)).toBe(true);
    expect(isTrustedSenderUrl(`${index}#/tracker`, index)).toBe(true);
    expect(isTrustedSenderUrl('https://evil.example/', index)).toBe(false);
    expect(isTrustedSenderUrl('file:///tmp/other.html', index)).toBe(false);
    // A local file is not the app, even at the same path (issue 18: "load the renderer from a custom app:// protocol").
    expect(isTrustedSenderUrl('file:///index.html', index)).toBe(false);
    expect(isTrustedSenderUrl('app://other/index.html', index)).toBe(false);
    expect(isTrustedSenderUrl(undefined, index)).toBe(false);
    expect(isTrustedSenderUrl('not a url', index)).toBe(false);
  });

  it('denies new windows and navigation away from the app', () => {
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
    const listeners: Record<string, (e: { preventDefault(): void }, url: string) => void> = {};
    hardenWindow(
      {
        webContents: {
          setWindowOpenHandler: (h) => (openHandler = h),
          on: (event, l) => (listeners[event] = l),
        },
      },
      index,
    );
    expect(openHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    let prevented = 0;
    const event = { preventDefault: () => prevented++ };
    listeners['will-navigate']!(event, 'https://example.org');
    listeners['will-redirect']!(event, 'file:///etc/passwd');
    expect(prevented).toBe(2);
    listeners['will-navigate']!(event, `${index}#/children`);
    expect(prevented).toBe(2);
  });

  it('denies every permission request and check, and adds the CSP header to every response', () => {
    let requestHandler: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    let headers: ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void) | undefined;
    hardenSession({
      setPermissionRequestHandler: (h) => (requestHandler = h),
      setPermissionCheckHandler: (h) => (checkHandler = h),
      webRequest: { onHeadersReceived: (l) => (headers = l) },
    });
    const granted: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal']) requestHandler!({}, p, (g) => granted.push(g));
    expect(granted).toEqual([false, false, false, false]);
    expect(checkHandler!()).toBe(false);
    let out: Record<string, string[]> = {};
    headers!({ responseHeaders: {} }, (r) => (out = r.responseHeaders));
    expect(out['Content-Security-Policy']).toEqual([CSP]);
  });
});
