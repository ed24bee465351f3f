import type { z } from 'zod';

/**
 * Rules for text that becomes part of a name a person reads, a folder or a file name (a child's name, a
 * case ID, a person's name): no control characters (NUL, ESC…) and no bidirectional overrides
 * (U+202E "right-to-left override" makes "exe.docx" read as "xcod.exe"), which reach folder and file names.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const NOT_PLAIN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export const plainLine = <T extends z.ZodType<string>>(schema: T, label: string) =>
  schema.refine((v) => !NOT_PLAIN.test(v), `${label} cannot contain control characters or text-direction marks`);

/** The date rules live with the other shared field rules (shared/field-rules.ts). */
export { isRealDate, realIsoDate } from '../field-rules';
