import { z } from 'zod';

/**
 * The field rules every schema shares, in one place: a date written YYYY-MM-DD, a real calendar date, a time of
 * day HH:MM, and required text with a length limit. Messages are for the person filling the form; a caller may
 * word the pattern message for its own readers (a profile author reads "must be a date written YYYY-MM-DD").
 */

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date written YYYY-MM-DD (the pattern only; see realIsoDate for a real calendar date). */
export const isoDateField = (message = 'Enter a date as YYYY-MM-DD') => z.string().regex(ISO_DATE, message);

/** A real calendar date as YYYY-MM-DD between 1900 and 2100 (not 2027-02-30, not 0000-00-00). */
export function isRealDate(d: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return false;
  const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || da < 1) return false;
  return da <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

export const realIsoDate = isoDateField().refine(isRealDate, 'Enter a real date (YYYY-MM-DD) between 1900 and 2100');

/** A time of day on the 24-hour clock, HH:MM. */
export const timeField = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM (24-hour clock)');

/** Required text, trimmed, at most `max` characters: "Summary of concern is required". */
export const requiredText = (label: string, max = 4000) =>
  z.string({ error: `${label} is required` }).trim().min(1, `${label} is required`).max(max, `${label} is too long (at most ${max} characters)`);
