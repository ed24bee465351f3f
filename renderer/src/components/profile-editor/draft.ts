import type { Profile } from '../../../../shared/profile/schema';
import { formatPath, type ProfileProblem } from '../../../../shared/profile/validate';

export type Path = (string | number)[];

/** A copy of `obj` with the value at `path` replaced (the editor's one way to change the draft). */
export function setIn<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const container = (Array.isArray(obj) ? [...obj] : { ...(obj as object) }) as Record<string | number, unknown>;
  container[head!] = setIn(container[head!], rest, value);
  return container as T;
}

/** The editor's view of the draft: read it, change one path, and find the problems reported at a path. */
export interface DraftApi {
  draft: Profile;
  readOnly: boolean;
  set(path: Path, value: unknown): void;
  /** The problems at exactly this field, joined into one sentence for the field's message. */
  problem(path: Path): string | undefined;
}

export function problemIndex(problems: ProfileProblem[]): (path: Path) => string | undefined {
  const byPath = new Map<string, string[]>();
  for (const p of problems) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p.message]);
  return (path) => {
    const found = byPath.get(formatPath(path));
    // Validator messages complete "<field> …" ("must list at least one item"); quoted values start their own sentence.
    return found ? found.map((m) => `${m.startsWith('"') ? m : `This ${m}`}.`.replace(/\.\.$/, '.')).join(' ') : undefined;
  };
}

/** The next free key like "stage-5" among `taken`. */
export function freeKey(base: string, taken: string[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}

/** Moves item `i` of a list up (-1) or down (+1). */
export function moved<T>(list: readonly T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return [...list];
  const copy = [...list];
  [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  return copy;
}
