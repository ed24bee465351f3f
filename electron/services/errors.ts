import { AppError } from '../../shared/api/result';

/** A CONFLICT error naming who changed the record and when, so the person can decide what to do. */
export function conflict(what: string, by: string, at: string, version: number): AppError {
  const when = new Date(at).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });
  return new AppError('CONFLICT', `${by} changed this ${what} at ${when}, after you opened it. Your input has been kept: review their change, then apply yours again.`, {
    changedBy: by,
    changedAt: at,
    currentVersion: version,
  });
}
