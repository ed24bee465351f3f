import { AppError } from '../shared/api/result';
import { sqliteCode } from './sqlite';

export const BUSY_MESSAGE = 'The tracker is busy: other people are saving. Your change was not saved; please try again in a moment.';

export function offlineError(file: string): AppError {
  return new AppError('OFFLINE', `The tracker at ${file} cannot be reached (the network share may have dropped). Nothing was saved; the app will reconnect.`, {
    reason: 'unreachable',
  });
}

export function movedError(file: string): AppError {
  return new AppError('OFFLINE', `The tracker file ${file} was moved, renamed or its folder disappeared while open. Nothing was saved; the app will reopen it when it is back.`, {
    reason: 'moved',
  });
}

/**
 * Maps SQLite failures to errors a person can act on. AppErrors pass through unchanged.
 * `moved` says whether the file at the path is no longer the one this connection opened: SQLite then
 * refuses writes with SQLITE_READONLY(_DBMOVED), which is a vanished share, not a permission problem.
 */
export function toAppError(err: unknown, file: string, moved: () => boolean = () => false): AppError {
  if (err instanceof AppError) return err;
  switch (sqliteCode(err)) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new AppError('BUSY', BUSY_MESSAGE);
    case 'SQLITE_IOERR':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_NOLFS':
      return moved() ? movedError(file) : offlineError(file);
    case 'SQLITE_READONLY':
    case 'SQLITE_PERM':
    case 'SQLITE_AUTH':
      if (moved()) return movedError(file);
      return new AppError('READ_ONLY', `The tracker at ${file} is read-only for you. Ask IT for write access to its folder.`);
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      if (moved()) return movedError(file);
      return new AppError('CORRUPT', `${file} is not a readable tracker (it may be damaged or another kind of file). Restore a backup or choose another tracker.`);
    case 'SQLITE_FULL':
      return new AppError('OFFLINE', `The disk holding ${file} is full. Nothing was saved.`, { reason: 'full' });
    case 'SQLITE_CONSTRAINT':
      return new AppError('CONFLICT', 'That would duplicate a record that already exists.', { sqlite: String((err as Error).message) });
    default:
      if (isNodeIoError(err)) return moved() ? movedError(file) : offlineError(file);
      return new AppError('INTERNAL', `Unexpected database error: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Errors from node:fs about a path that is gone or unreachable (share dropped, folder removed). */
function isNodeIoError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ['ENOENT', 'EIO', 'ENOTCONN', 'EHOSTDOWN', 'ETIMEDOUT', 'ESTALE', 'ENETUNREACH'].includes(code);
}
