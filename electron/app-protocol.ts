import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { securityHeaders } from './security';
import { CONTENT_TYPES as TYPES } from './content-types';

/**
 * The renderer is served from `app://bundle/…` rather than `file://`, so the CSP's 'self' means the app's
 * own files and not every file on the disk (with file://, 'self' would let a planted local page or script
 * load). Kept free of the `electron` import: main.ts passes Electron's protocol in, and tests pass a fake.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export const appSchemePrivileges = { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } } as const;


/** The file inside `rootDir` an app:// URL names, or null (another host, a path outside the folder, a bad escape). */
export function appFileFor(url: string, rootDir: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  const rel = normalize(path === '/' ? '/index.html' : path).replace(/^([/\\])+/, '');
  const file = join(rootDir, rel);
  return file.startsWith(rootDir.endsWith(sep) ? rootDir : rootDir + sep) ? file : null;
}

/** Answers one app:// request: the file with its type and the CSP, the app page for client routes, 404 otherwise. */
export async function serveAppRequest(url: string, rootDir: string): Promise<Response> {
  const headers = (type: string) => {
    const h = new Headers({ 'Content-Type': type, 'Cache-Control': 'no-store' });
    for (const [k, v] of Object.entries(securityHeaders(undefined))) h.set(k, v.join(', '));
    return h;
  };
  const file = appFileFor(url, rootDir);
  if (!file) return new Response('Not found', { status: 404, headers: headers('text/plain') });
  try {
    return new Response(new Uint8Array(await readFile(file)), { status: 200, headers: headers(TYPES[extname(file)] ?? 'application/octet-stream') });
  } catch {
    // Client-side routes fall back to the app (as the web host does); missing assets are 404.
    if (extname(file)) return new Response('Not found', { status: 404, headers: headers('text/plain') });
    return new Response(new Uint8Array(await readFile(join(rootDir, 'index.html'))), { status: 200, headers: headers(TYPES['.html']!) });
  }
}

/** The part of Electron's `protocol` module the wiring needs. */
export interface ProtocolLike {
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response>): void;
}

export function handleAppProtocol(protocol: ProtocolLike, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rootDir));
}
