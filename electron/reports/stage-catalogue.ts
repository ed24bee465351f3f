import type { Cohort, Profile } from '../../shared/profile/schema';
import { INFORMAL } from '../../shared/engine/types';
import type { CountRow } from '../../shared/api/reports-outputs';

/**
 * The stages a report lists, in ladder order: the informal stage first (when any ladder has one), then
 * every formal stage key in the order the ladders give them. Profiles with one ladder per cohort (Haringey)
 * use the same keys on each ladder, so a key is one row however many ladders have it.
 */
export interface StageCatalogue {
  stages: { key: string; label: string }[];
  /** [[ladderKey, stageKey, index]] for SQL: index 0 = informal, 1 = first formal stage. */
  json: string;
  label(key: string): string;
  /** One row per catalogue stage (zero counts included, so periods line up), then any unknown keys. */
  rows(counts: Map<string, number>): CountRow[];
}

export function stageCatalogue(profile: Profile): StageCatalogue {
  const stages: { key: string; label: string }[] = [];
  const informalLabels = new Set(profile.ladders.flatMap((l) => (l.informal ? [l.informal.label] : [])));
  if (informalLabels.size > 0) stages.push({ key: INFORMAL, label: informalLabels.size === 1 ? [...informalLabels][0]! : 'Informal stage' });
  for (const ladder of profile.ladders) for (const s of ladder.stages) if (!stages.some((x) => x.key === s.key)) stages.push({ key: s.key, label: s.label });
  const triples = profile.ladders.flatMap((l) => [[l.key, INFORMAL, 0], ...l.stages.map((s, i) => [l.key, s.key, i + 1])]);
  const label = (key: string) => stages.find((s) => s.key === key)?.label ?? (key === INFORMAL ? 'Informal stage' : key);
  return {
    stages,
    json: JSON.stringify(triples),
    label,
    rows(counts) {
      const known = stages.map((s) => ({ key: s.key, label: s.label, count: counts.get(s.key) ?? 0 }));
      const unknown = [...counts].filter(([k]) => !stages.some((s) => s.key === k)).map(([k, n]) => ({ key: k, label: label(k), count: n }));
      return [...known, ...unknown];
    },
  };
}

const COHORT_LABELS: Record<string, string> = {
  'looked-after': 'Looked-after children',
  'child-protection': 'Children subject to a child protection plan',
  transition: 'Young people in transition to adult services',
};

export function cohortLabel(cohort: string): string {
  return COHORT_LABELS[cohort] ?? cohort;
}

export function cohortsOf(profile: Profile): Cohort[] {
  return profile.ladders.flatMap((l) => l.cohorts).filter((c, i, all) => all.indexOf(c) === i);
}

/** Rows for every key the profile lists, in its order, then any other keys found (from an older profile). */
export function labelledRows(list: readonly { key: string; label: string }[], counts: Map<string, number>): CountRow[] {
  const known = list.map((x) => ({ key: x.key, label: x.label, count: counts.get(x.key) ?? 0 }));
  const unknown = [...counts].filter(([k]) => !list.some((x) => x.key === k)).map(([k, n]) => ({ key: k, label: k, count: n }));
  return [...known, ...unknown];
}

export function pct(n: number, d: number): number | null {
  return d === 0 ? null : Math.round((1000 * n) / d) / 10;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
