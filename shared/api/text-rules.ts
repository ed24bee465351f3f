import { z } from 'zod';

/**
 * Rules for text that becomes part of a name a person reads, a folder or a file name (a child's name, a
 * case ID, a person's name): no control characters (NUL, ESC…) and no bidirectional overrides
 * (U+202E "right-to-left override" makes "exe.docx" read as "xcod.exe"), which reach folder and file names.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const NOT_PLAIN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export const plainLine = <T extends z.ZodType<string>>(schema: T, label: string) =>
  schema.refine((v) => !NOT_PLAIN.test(v), `${label} cannot contain control characters or text-direction marks`);

/** A real calendar date as YYYY-MM-DD between 1900 and 2100 (not 2027-02-30, not 0000-00-00). */
export function isRealDate(d: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return false;
  const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || da < 1) return false;
  return da <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

export const realIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD')
  .refine(isRealDate, 'Enter a real date (YYYY-MM-DD) between 1900 and 2100');
