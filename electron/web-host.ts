import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { Handlers } from '../shared/api/contract';
import { dispatch, type Logger } from './dispatch';

/**
 * A second host for the same handler map: serves the built renderer and POST /api/<channel> on
 * 127.0.0.1 only, with a random per-run token. It is how the whole app runs in a browser here (the
 * Electron binary cannot be downloaded on our build machines) and how the UI is tested end to end.
 */
export interface WebHostOptions {
  handlers: Handlers<void>;
  staticDir: string;
  token: string;
  port?: number;
  log?: Logger;
}

export interface WebHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** The same Content-Security-Policy as the Electron window, plus connecting back to this host. */
export const WEB_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const MAX_BODY = 5 * 1024 * 1024;

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': WEB_CSP,
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const log = opts.log ?? (() => undefined);
  let expectedHost = '';
  const server = createServer(async (req, res) => {
    try {
      // Refuse requests addressed to another name (DNS rebinding): only 127.0.0.1:<port> is served.
      if (req.headers.host !== expectedHost) return send(res, 421, JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'Wrong host.' } }));
      const url = new URL(req.url ?? '/', `http://${expectedHost}`);
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, JSON.stringify({ ok: false, error: { code: 'INVALID', message: 'Use POST.' } }));
        const auth = req.headers.authorization?.replace(/^Bearer /, '');
        if (!tokenMatches(auth, opts.token))
          return send(res, 401, JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'This address needs the token printed when the app started. Open the full address shown in the terminal.' } }));
        let input: unknown = {};
        try {
          const text = await readBody(req);
          input = text ? JSON.parse(text) : {};
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'INVALID', message: 'The request body is not valid JSON.' } }));
        }
        const result = await dispatch(opts.handlers, decodeURIComponent(url.pathname.slice(5)), input, log);
        return send(res, 200, JSON.stringify(result));
      }
      if (req.method !== 'GET') return send(res, 405, 'Method not allowed', 'text/plain');
      const rel = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)).replace(/^([/\\])+/, '');
      const file = join(opts.staticDir, rel);
      if (!file.startsWith(opts.staticDir + sep)) return send(res, 404, 'Not found', 'text/plain');
      try {
        return send(res, 200, await readFile(file), types[extname(file)] ?? 'application/octet-stream');
      } catch {
        // Client-side routes fall back to the app.
        return send(res, 200, await readFile(join(opts.staticDir, 'index.html')), types['.html']);
      }
    } catch (err) {
      log('web host request failed', err);
      if (!res.headersSent) send(res, 500, JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: 'The web host failed to answer.' } }));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      expectedHost = `127.0.0.1:${port}`;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${opts.token}`,
        port,
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            // Browsers keep connections alive (and long polls wait): end them so close() returns.
            server.closeAllConnections();
          }),
      });
    });
  });
}
