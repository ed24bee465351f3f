import type { Ladder, Profile } from '../../shared/profile/schema';
import { INFORMAL } from '../../shared/engine/types';
import { cellText, squash, type RawCell } from './values';

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };

/** The formal stage number a text names: "Stage 2", "stage two", "S2", "2", "Formal stage 2". */
function stageNumber(t: string): number | null {
  const m = /^(?:formal )?(?:stage|s|level)? ?(\d|one|two|three|four|five|six|seven|eight)$/.exec(t);
  if (!m) return null;
  return NUMBER_WORDS[m[1]!] ?? Number(m[1]);
}

/**
 * Finds the ladder stage a spreadsheet names. Accepts the stage key, its label or the part before the
 * colon ("Stage 1: Team Manager" → "Stage 1"), a stage number, its recipient ("Team Manager"), and
 * "Informal" for the informal stage. Returns null when nothing matches (the row is rejected, not guessed).
 */
export function matchStage(ladder: Ladder, value: RawCell | undefined): string | null {
  const t = squash(cellText(value));
  if (t === '') return null;
  if (ladder.informal && (t === INFORMAL || t.startsWith('informal') || t === squash(ladder.informal.label) || t === 'alert')) return INFORMAL;
  for (const s of ladder.stages) {
    const label = squash(s.label);
    const head = squash(s.label.split(/[:–—-]/)[0] ?? '');
    if (t === squash(s.key) || t === label || (head && t === head)) return s.key;
  }
  const n = stageNumber(t);
  if (n !== null) {
    const byLabel = ladder.stages.find((s) => stageNumber(squash(s.label.split(/[:–—-]/)[0] ?? '')) === n);
    return (byLabel ?? ladder.stages[n - 1])?.key ?? null;
  }
  const byRecipient = ladder.stages.filter((s) => squash(s.recipientRole) === t || squash(s.recipientRole).replace(/ \w+$/, '') === t);
  if (byRecipient.length === 1) return byRecipient[0]!.key;
  if (t === 'cafcass') return ladder.stages.find((s) => /cafcass/i.test(s.label))?.key ?? null;
  return null;
}

export function stageNames(ladder: Ladder): string {
  return [...(ladder.informal ? ['Informal'] : []), ...ladder.stages.map((s) => s.label)].join(', ');
}

/** The urgency level a text names ("Red", "R", "amber rating"), or null. */
export function matchUrgency(profile: Profile, value: RawCell | undefined): string | null {
  const t = squash(cellText(value));
  const levels = profile.urgency?.levels ?? [];
  return (
    levels.find((l) => t === squash(l.key) || t === squash(l.label))?.key ??
    levels.find((l) => t.length === 1 && squash(l.label).startsWith(t))?.key ??
    levels.find((l) => t.split(' ').includes(squash(l.label)))?.key ??
    null
  );
}

export interface CategoryMatch {
  keys: string[];
  /** Text no category matched, recorded as the "other" category's description. */
  unmatched: string[];
}

/** Categories named in one cell: the whole cell first, then parts split on ; / new lines / commas. */
export function matchCategories(profile: Profile, value: RawCell | undefined): CategoryMatch {
  const text = cellText(value);
  if (text === '') return { keys: [], unmatched: [] };
  const find = (part: string): string | null => {
    const t = squash(part);
    if (!t) return null;
    return (
      profile.categories.find((c) => t === squash(c.key) || t === squash(c.label))?.key ??
      profile.categories.find((c) => squash(c.label).startsWith(t) && t.length >= 5)?.key ??
      null
    );
  };
  const whole = find(text);
  if (whole) return { keys: [whole], unmatched: [] };
  const parts = text.split(/[;\n/]|,(?!\s*(?:and|or)\b)/).map((p) => p.trim()).filter(Boolean);
  const keys: string[] = [];
  const unmatched: string[] = [];
  for (const p of parts) {
    const k = find(p);
    if (k) {
      if (!keys.includes(k)) keys.push(k);
    } else unmatched.push(p);
  }
  return { keys, unmatched };
}
