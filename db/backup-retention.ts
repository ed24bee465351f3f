/**
 * Which daily backups to delete: keep the newest `daily` days, and beyond those the newest backup of
 * each of the `weekly` most recent ISO weeks not already covered by the daily ones. Dates are London calendar dates (YYYY-MM-DD).
 */
export function backupsToPrune(dates: string[], daily = 7, weekly = 4): string[] {
  const sorted = [...new Set(dates)].sort().reverse();
  const keep = new Set(sorted.slice(0, daily));
  // Weeks the daily copies already cover need no weekly copy of their own.
  const covered = new Set([...keep].map(isoWeek));
  const weeksKept = new Set<string>();
  for (const d of sorted.slice(daily)) {
    const week = isoWeek(d);
    if (covered.has(week) || weeksKept.has(week)) continue;
    if (weeksKept.size >= weekly) break;
    weeksKept.add(week);
    keep.add(d);
  }
  return sorted.filter((d) => !keep.has(d));
}

/** ISO 8601 week of a calendar date, e.g. "2025-W10". */
export function isoWeek(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = Date.UTC(y, m - 1, d);
  const dayOfWeek = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(t - dayOfWeek * 86_400_000 + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}
