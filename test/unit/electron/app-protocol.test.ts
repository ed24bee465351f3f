import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_INDEX_URL, appFileFor, appSchemePrivileges, handleAppProtocol, serveAppRequest } from '../../../electron/app-protocol';
import { CSP } from '../../../electron/security';
import { tempDir } from '../../support/tracker-fixture';

// Issue 18: "load the renderer from a custom `app://` protocol rather than `file://`, so the CSP's 'self'
// is not every local file".
function renderer(): string {
  const root = join(tempDir(), 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'main.js'), 'console.log(1)');
  return root;
}

describe('the app:// protocol for the renderer', () => {
  it('serves the app’s own files with their type and the CSP', async () => {
    const root = renderer();
    const page = await serveAppRequest(APP_INDEX_URL, root);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(await page.text()).toContain('<title>app</title>');
    const script = await serveAppRequest('app://bundle/assets/main.js', root);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('never serves a file outside the renderer folder, another host, or a bad escape', async () => {
    const root = renderer();
    expect(appFileFor('app://bundle/../../etc/passwd', root)).toBe(join(root, 'etc', 'passwd'));
    expect(appFileFor('app://bundle/%2e%2e/%2e%2e/etc/passwd', root)).toBe(join(root, 'etc', 'passwd'));
    expect(appFileFor('app://other/index.html', root)).toBeNull();
    expect(appFileFor('file:///etc/passwd', root)).toBeNull();
    expect(appFileFor('app://bundle/%E0%A4%A', root)).toBeNull();
    expect((await serveAppRequest('app://bundle/..%2f..%2fsecret.js', root)).status).toBe(404);
    expect((await serveAppRequest('app://other/index.html', root)).status).toBe(404);
  });

  it('answers client-side routes with the app page, and missing assets with 404', async () => {
    const root = renderer();
    expect(await (await serveAppRequest('app://bundle/escalations/123', root)).text()).toContain('<title>app</title>');
    expect((await serveAppRequest('app://bundle/assets/missing.js', root)).status).toBe(404);
  });

  it('registers as a standard, secure scheme and handles it with the renderer folder', async () => {
    expect(appSchemePrivileges).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    const root = renderer();
    const handled: Record<string, (r: { url: string }) => Promise<Response>> = {};
    handleAppProtocol({ handle: (scheme, h) => (handled[scheme] = h) }, root);
    expect((await handled.app!({ url: APP_INDEX_URL })).status).toBe(200);
  });
});
