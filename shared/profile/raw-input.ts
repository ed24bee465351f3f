import type { ProfileProblem } from './validate';

/** Reading a profile's raw input defensively: a part of the wrong shape is skipped (the schema reports it). */
export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function duplicateKeys(items: unknown, base: string, what: string): ProfileProblem[] {
  const seen = new Map<string, number>();
  const problems: ProfileProblem[] = [];
  list(items).forEach((item, i) => {
    const k = isObj(item) ? str(item.key) : undefined;
    if (k === undefined) return;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else problems.push({ path: `${base}[${i}].key`, message: `repeats the ${what} key "${k}" already used by ${base}[${first}]; keys must be unique` });
  });
  return problems;
}
