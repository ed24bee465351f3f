import { AppError } from '../../shared/api/result';
import { BUSY_MESSAGE } from '../errors';

/** The server's address without the password, as people see it (and the only form ever logged or stored). */
export function displayAddress(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    return 'the PostgreSQL server';
  }
}

const codeOf = (err: unknown): string | undefined => {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
};
/** The server's own words: drizzle wraps them ("Failed query: …") and keeps the driver's error as `cause`. */
const messageOf = (err: unknown): string => {
  let e = err;
  for (let depth = 0; depth < 5 && (e as { cause?: unknown })?.cause; depth++) e = (e as { cause: unknown }).cause;
  return e instanceof Error ? e.message : String(e);
};

/**
 * Maps a PostgreSQL or network failure to a sentence a person (or IT) can act on. AppErrors pass through.
 * SQLSTATE codes: https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
export function pgAppError(err: unknown, where: string): AppError {
  if (err instanceof AppError) return err;
  const code = codeOf(err);
  const message = messageOf(err);
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ECONNRESET':
    case 'EPIPE':
    case '57P01': // admin_shutdown
    case '57P02': // crash_shutdown
    case '57P03': // cannot_connect_now (starting up)
    case '08000':
    case '08003':
    case '08006':
      return new AppError('OFFLINE', `The PostgreSQL server at ${where} is not answering (${code}). Check the network or VPN, or ask IT whether the server is running. Nothing was saved; the app will reconnect.`, { reason: 'unreachable' });
    case '28P01':
      return new AppError('FORBIDDEN', `The PostgreSQL server at ${where} refused the password for this user. Enter the password again in Settings → Tracker, or ask IT to reset it.`);
    case '28000':
      if (/SSL|encrypt/i.test(message))
        return new AppError('FORBIDDEN', `The PostgreSQL server at ${where} only accepts encrypted (TLS) connections. Turn on "Use TLS" in Settings → Tracker (sslmode=require in the address).`);
      return new AppError('FORBIDDEN', `The PostgreSQL server at ${where} does not allow this user to connect from this computer (pg_hba.conf). Ask IT to allow it.`);
    case '3D000':
      return new AppError('NOT_FOUND', `There is no database by that name on the PostgreSQL server at ${where}. Check the database name, or ask IT to create it (docs/SERVER.md).`);
    case '42501':
      return new AppError('READ_ONLY', `The PostgreSQL server at ${where} does not let this user change the tracker (no permission). Ask IT to grant the tracker's role to this user (docs/SERVER.md).`);
    case '40001': // serialization_failure
    case '40P01': // deadlock_detected
    case '55P03': // lock_not_available
      return new AppError('BUSY', BUSY_MESSAGE);
    case '23505':
      return new AppError('CONFLICT', 'That would duplicate a record that already exists.', { postgres: message });
    case '25006': // read_only_sql_transaction (a standby)
      return new AppError('READ_ONLY', `The PostgreSQL server at ${where} is read-only (a standby, or set read-only by IT). Nothing was saved.`);
    default:
      // The connection went away (server restarted, network dropped): the driver says so in words, not a code.
      if (/Connection terminated|not queryable|connection error|socket hang up|timeout expired/i.test(message))
        return new AppError('OFFLINE', `The connection to the PostgreSQL server at ${where} was lost. Nothing was saved; the app will reconnect.`, { reason: 'unreachable' });
      if (/does not support SSL/i.test(message)) return new AppError('INVALID', `The PostgreSQL server at ${where} does not offer TLS (encrypted connections). Ask IT to turn it on; only for a server on a trusted network, turn off "Use TLS" in Settings → Tracker.`);
      if (/SSL|self.signed|certificate/i.test(message))
        return new AppError('FORBIDDEN', `The PostgreSQL server at ${where} could not be reached securely: ${message}. Ask IT for the server's certificate, or check "Use TLS" in Settings → Tracker.`);
      return new AppError('INTERNAL', `Unexpected database error from the PostgreSQL server at ${where}: ${message}`);
  }
}
