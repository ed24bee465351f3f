import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { request } from 'node:http';
import { join } from 'node:path';
import { BODY_TIMEOUT_MS, startWebHost, type WebHost } from '../../../electron/web-host';
import { openServices, tempDir } from '../../support/tracker-fixture';
import type { AppServices } from '../../../electron/app-services';

// Issue 18: "nesting 10,000 deep answers HTTP 500 or INTERNAL instead of INVALID; malformed percent-escapes
// answer 500; bodies over the limit answer 'not valid JSON' instead of 413; … `Authorization: <token>`
// without 'Bearer' is accepted; a slow request body is held for 155 s".
function raw(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'POST', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('the web host’s own defences', () => {
  let services: AppServices;
  let host: WebHost;
  const token = 'b'.repeat(48);
  let headers: Record<string, string>;
  beforeAll(async () => {
    services = await openServices();
    const staticDir = join(tempDir(), 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
    host = await startWebHost({ handlers: services.handlers, staticDir, token });
    headers = { Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  });
  afterAll(async () => {
    await host.close();
    await services.close();
  });

  it('refuses a bare token without "Bearer"', async () => {
    expect((await raw(host.port, '/api/app.info', { headers: { ...headers, Authorization: token }, body: '{}' })).status).toBe(401);
    expect((await raw(host.port, '/api/app.info', { headers: { ...headers, Authorization: `Basic ${token}` }, body: '{}' })).status).toBe(401);
    expect((await raw(host.port, '/api/app.info', { headers, body: '{}' })).status).toBe(200);
  });

  it('answers a malformed percent-escape with 400, in the API and for pages', async () => {
    const api = await raw(host.port, '/api/app.%E0%A4%A', { headers, body: '{}' });
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'INVALID', message: expect.stringMatching(/malformed %-escape/) } });
    expect((await raw(host.port, '/%ZZ', { method: 'GET', headers })).status).toBe(400);
  });

  it('answers a body over the limit with 413, not "not valid JSON"', async () => {
    const r = await raw(host.port, '/api/app.info', { headers, body: Buffer.alloc(9 * 1024 * 1024, 0x20) });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error.message).toMatch(/too large/);
  });

  it('answers an input nested 10,000 deep with INVALID naming where, not 500 or INTERNAL', async () => {
    const deep = `${'{"value":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const r = await raw(host.port, '/api/drafts.save', { headers, body: `{"key":"k","value":${deep}}` });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'INVALID', message: expect.stringMatching(/^value\.value\.value: nested more than 32 levels/) } });
    const arrays = await raw(host.port, '/api/children.list', { headers, body: `{"search":${'['.repeat(10_000)}${']'.repeat(10_000)}}` });
    expect(JSON.parse(arrays.body).error.code).toBe('INVALID');
  });

  it('gives up on a request body that does not arrive, and keeps answering others', async () => {
    const socket = connect(host.port, '127.0.0.1');
    const closed = new Promise<string>((resolve) => {
      let got = '';
      socket.on('data', (c) => (got += c.toString()));
      socket.on('close', () => resolve(got));
    });
    socket.write(`POST /api/app.info HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nAuthorization: Bearer ${token}\r\nContent-Length: 100\r\n\r\n{"a":`);
    // Meanwhile the host still answers.
    expect((await raw(host.port, '/api/app.info', { headers, body: '{}' })).status).toBe(200);
    const answer = await closed;
    expect(answer === '' || /^HTTP\/1\.1 (408|400)/.test(answer)).toBe(true);
  }, BODY_TIMEOUT_MS * 3);
});
