import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './types';

/** node:util parseArgs, strict, with its errors turned into UsageError (exit 2 with the usage line). */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

export function requireString(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`${flag} is required`);
  return value;
}

export function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number, not "${value}"`);
  return Number(value);
}

export function instant(value: string, flag: string): Date {
  // A bare date means the start of that day in London is NOT assumed: require an explicit instant or date.
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value)) throw new UsageError(`${flag} must be an ISO date or date-time (e.g. 2025-03-03T09:30:00Z), not "${value}"`);
  return d;
}
