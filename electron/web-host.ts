import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { Handlers } from '../shared/api/contract';
import { dispatch, type Logger } from './dispatch';
import { CONTENT_TYPES as types } from './content-types';

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


/** The same Content-Security-Policy as the Electron window, plus connecting back to this host. */
export const WEB_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const MAX_BODY = 8 * 1024 * 1024;
/** A request body that has not arrived by then is abandoned (a slow client must not hold the host). */
export const BODY_TIMEOUT_MS = 10_000;

const errorBody = (code: string, message: string) => JSON.stringify({ ok: false, error: { code, message } });

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

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
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY) throw new BodyError(413, `The request is too large (at most ${MAX_BODY / 1024 / 1024} MB).`);
  let size = 0;
  const chunks: Buffer[] = [];
  const timer = setTimeout(() => req.destroy(new BodyError(408, 'The request took too long to arrive.')), BODY_TIMEOUT_MS);
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) throw new BodyError(413, `The request is too large (at most ${MAX_BODY / 1024 / 1024} MB).`);
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    if (err instanceof BodyError) throw err;
    throw new BodyError(408, 'The request took too long to arrive.');
  } finally {
    clearTimeout(timer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The bearer token of an `Authorization: Bearer <token>` header; anything else is no token. */
function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer ([^\s]+)$/.exec(header ?? '');
  return m?.[1];
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const log = opts.log ?? (() => undefined);
  let expectedHost = '';
  const server = createServer(async (req, res) => {
    try {
      // Refuse requests addressed to another name (DNS rebinding): only 127.0.0.1:<port> is served.
      if (req.headers.host !== expectedHost) return send(res, 421, errorBody('FORBIDDEN', 'Wrong host.'));
      const url = new URL(req.url ?? '/', `http://${expectedHost}`);
      const path = decoded(url.pathname);
      if (path === null) return send(res, 400, errorBody('INVALID', 'The address has a malformed %-escape.'));
      if (path.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, errorBody('INVALID', 'Use POST.'));
        // Exactly "Bearer <token>": a bare token (or any other scheme) is no token.
        if (!tokenMatches(bearer(req.headers.authorization), opts.token))
          return send(res, 401, errorBody('FORBIDDEN', 'This address needs the token printed when the app started. Open the full address shown in the terminal.'));
        let text: string;
        try {
          text = await readBody(req);
        } catch (err) {
          const e = err instanceof BodyError ? err : new BodyError(400, 'The request could not be read.');
          res.setHeader('Connection', 'close');
          return send(res, e.status, errorBody('INVALID', e.message));
        }
        let input: unknown = {};
        try {
          input = text ? JSON.parse(text) : {};
        } catch {
          return send(res, 400, errorBody('INVALID', 'The request body is not valid JSON.'));
        }
        const result = await dispatch(opts.handlers, path.slice(5), input, log);
        return send(res, 200, JSON.stringify(result));
      }
      if (req.method !== 'GET') return send(res, 405, 'Method not allowed', 'text/plain');
      const rel = normalize(path === '/' ? '/index.html' : path).replace(/^([/\\])+/, '');
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
      if (!res.headersSent) send(res, 500, errorBody('INTERNAL', 'The web host failed to answer.'));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Node's own limits too: a request (headers and body) must arrive within these.
    server.headersTimeout = BODY_TIMEOUT_MS;
    server.requestTimeout = BODY_TIMEOUT_MS * 2;
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
