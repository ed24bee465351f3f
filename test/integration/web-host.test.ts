import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { startWebHost, type WebHost } from '../../electron/web-host';
import { openServices, tempDir } from '../support/tracker-fixture';
import type { AppServices } from '../../electron/app-services';

function raw(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('the loopback web host', () => {
  let services: AppServices;
  let host: WebHost;
  const token = 'a'.repeat(48);
  beforeAll(async () => {
    services = await openServices();
    const staticDir = join(tempDir(), 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
    host = await startWebHost({ handlers: services.handlers, staticDir, token });
  });
  afterAll(async () => {
    await host.close();
    await services.close();
  });

  it('listens on 127.0.0.1 only and prints an address carrying the token', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=${token}$`));
  });

  it('refuses API calls without the right token', async () => {
    const headers = { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json' };
    expect((await raw(host.port, '/api/app.info', { method: 'POST', headers, body: '{}' })).status).toBe(401);
    expect((await raw(host.port, '/api/app.info', { method: 'POST', headers: { ...headers, Authorization: 'Bearer wrong' }, body: '{}' })).status).toBe(401);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const r = await raw(host.port, '/api/app.info', { method: 'POST', headers: { Host: `evil.example:${host.port}`, Authorization: `Bearer ${token}` }, body: '{}' });
    expect(r.status).toBe(421);
  });

  it('answers a call with the same Result shape as IPC, and bad JSON with INVALID', async () => {
    const headers = { Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const ok = JSON.parse((await raw(host.port, '/api/app.info', { method: 'POST', headers, body: '{}' })).body);
    expect(ok).toMatchObject({ ok: true, data: { user: { name: 'Sam Patel' }, today: '2025-03-03' } });
    const bad = await raw(host.port, '/api/children.create', { method: 'POST', headers, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    const invalid = JSON.parse((await raw(host.port, '/api/children.create', { method: 'POST', headers, body: JSON.stringify({ name: 'x' }) })).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });

  it('serves the renderer with a content security policy and never files outside its folder', async () => {
    const page = await raw(host.port, '/', { headers: { Host: `127.0.0.1:${host.port}` } });
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    const escape = await raw(host.port, '/..%2f..%2fetc%2fpasswd', { headers: { Host: `127.0.0.1:${host.port}` } });
    expect(escape.body).not.toContain('root:');
  });
});
