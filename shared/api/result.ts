/** Every API call returns a Result; errors cross the IPC/HTTP boundary as data, never as thrown exceptions. */
export const errorCodes = [
  'INVALID',
  'NOT_FOUND',
  'CONFLICT',
  'BUSY',
  'OFFLINE',
  'READ_ONLY',
  'REFUSED',
  'CORRUPT',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  /** A sentence a person can act on. */
  message: string;
  /** Extra structured detail, e.g. the engine's own code, or who changed a record on CONFLICT. */
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Thrown inside services and turned into a Result at the boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string, details?: Record<string, unknown>): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});
