import { AppError } from '../shared/api/result';
import { sqliteCode } from './sqlite';

/** Maps SQLite failures to errors a person can act on. AppErrors pass through unchanged. */
export function toAppError(err: unknown, file: string): AppError {
  if (err instanceof AppError) return err;
  switch (sqliteCode(err)) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new AppError('BUSY', 'The tracker is busy: other people are saving. Please try again in a moment.');
    case 'SQLITE_IOERR':
    case 'SQLITE_CANTOPEN':
      return new AppError('OFFLINE', `The tracker at ${file} cannot be reached (the network share may have dropped). Nothing was saved; the app will reconnect.`);
    case 'SQLITE_READONLY':
    case 'SQLITE_PERM':
    case 'SQLITE_AUTH':
      return new AppError('READ_ONLY', `The tracker at ${file} is read-only for you. Ask IT for write access to its folder.`);
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new AppError('CORRUPT', `${file} is not a readable tracker (it may be damaged or another kind of file). Restore a backup or choose another tracker.`);
    case 'SQLITE_FULL':
      return new AppError('OFFLINE', `The disk holding ${file} is full. Nothing was saved.`);
    case 'SQLITE_CONSTRAINT':
      return new AppError('CONFLICT', 'That would duplicate a record that already exists.', { sqlite: String((err as Error).message) });
    default:
      return new AppError('INTERNAL', `Unexpected database error: ${err instanceof Error ? err.message : String(err)}`);
  }
}
