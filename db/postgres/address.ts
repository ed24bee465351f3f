/** A PostgreSQL server's address in parts, as Settings → Tracker asks for it. */
export interface ServerParts {
  host: string;
  port: number;
  database: string;
  user: string;
  tls: boolean;
}

/** The address the driver connects to; the password only ever in memory. */
export function serverUrl(parts: ServerParts, password: string): string {
  const u = new URL('postgres://placeholder');
  u.hostname = parts.host;
  u.port = String(parts.port);
  u.username = parts.user;
  u.password = password;
  u.pathname = `/${parts.database}`;
  // TLS: required and the server's certificate checked; off only for a server on this machine or a trusted network.
  u.searchParams.set('sslmode', parts.tls ? 'verify-full' : 'disable');
  return u.toString();
}

/** The parts of an address (for the Settings form), or null when it is not one. */
export function serverParts(url: string): ServerParts | null {
  try {
    const u = new URL(url);
    if (!/^postgres(ql)?:$/i.test(u.protocol)) return null;
    const mode = u.searchParams.get('sslmode');
    return { host: u.hostname, port: Number(u.port || 5432), database: decodeURIComponent(u.pathname.slice(1)), user: decodeURIComponent(u.username), tls: Boolean(mode && mode !== 'disable') };
  } catch {
    return null;
  }
}

/** The password in an address, if any. */
export const passwordOf = (url: string): string => {
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
};

/** The same address with another password (a kept one, when the person left the field empty). */
export function withPassword(url: string, password: string): string {
  const u = new URL(url);
  u.password = password;
  return u.toString();
}
