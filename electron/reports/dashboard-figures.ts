import type { SqlRunner } from '../../db/sql-runner';
import { dashboardRepo, type OpenGroupRow } from '../../db/repositories/dashboard-repo';
import { addCalendarDays, londonDateOf, startOfLondonDay, workingDaysBetween, type Calendar } from '../../shared/calendar';
import type { Profile } from '../../shared/profile/schema';
import type { Dashboard, OpenGroup } from '../../shared/api/reports-outputs';
import { recentMonths } from '../../shared/reports/periods';
import { stageCatalogue } from './stage-catalogue';

/** Age buckets in working days since raised; the last has no upper limit. */
const AGE_BUCKETS = [
  { key: '0-5', label: 'Up to 5 working days', max: 5 },
  { key: '6-10', label: '6 to 10 working days', max: 10 },
  { key: '11-20', label: '11 to 20 working days', max: 20 },
  { key: '21+', label: 'Over 20 working days', max: null },
] as const;

/** Sunday of the week containing `today` (the week runs Monday to Sunday). */
export function weekEndsOn(today: string): string {
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  return addCalendarDays(today, (7 - weekday) % 7);
}

/** The earliest raised date whose age in working days (days d < x ≤ today that are working days) is at most n. */
function earliestWithAgeAtMost(calendar: Calendar, today: string, n: number): string {
  let d = today;
  while (workingDaysBetween(calendar, addCalendarDays(d, -1), today) <= n) d = addCalendarDays(d, -1);
  return d;
}

export function ageingBuckets(calendar: Calendar, today: string): { key: string; label: string; from: string | null; to: string }[] {
  let to = today;
  return AGE_BUCKETS.map((b) => {
    const from = b.max === null ? null : earliestWithAgeAtMost(calendar, today, b.max);
    const bucket = { key: b.key, label: b.label, from, to };
    if (from) to = addCalendarDays(from, -1);
    return bucket;
  });
}

const group = (rows: OpenGroupRow[], label: (key: string | null) => string, keyOf: (key: string | null) => string = (k) => k ?? ''): OpenGroup[] =>
  rows.map((r) => ({ key: keyOf(r.key), label: label(r.key), open: r.open, overdue: r.overdue, dueThisWeek: r.dueThisWeek }));

export async function dashboardFigures(raw: SqlRunner, profile: Profile, calendar: Calendar, now: Date): Promise<Dashboard> {
  const asOf = now.toISOString();
  const today = londonDateOf(now);
  const weekEnds = weekEndsOn(today);
  const catalogue = stageCatalogue(profile);
  const [totals] = await dashboardRepo.openBy(raw, null, asOf, today, weekEnds);
  const byStageRows = await dashboardRepo.openBy(raw, 'stage_key', asOf, today, weekEnds);
  const order = (key: string | null) => {
    const i = catalogue.stages.findIndex((s) => s.key === key);
    return i < 0 ? 999 : i;
  };
  byStageRows.sort((a, b) => order(a.key) - order(b.key));
  const levels = profile.urgency?.levels ?? [];
  const buckets = ageingBuckets(calendar, today);
  const ages = await dashboardRepo.openRaisedIn(
    raw,
    buckets.map((b) => ({ key: b.key, start: b.from ? startOfLondonDay(b.from) : null, end: startOfLondonDay(addCalendarDays(b.to, 1)) })),
  );
  const months = recentMonths(today, 12);
  const monthly = await dashboardRepo.monthly(
    raw,
    months.map((m) => ({ key: m.month, start: startOfLondonDay(m.from), end: startOfLondonDay(addCalendarDays(m.to, 1)) })),
  );
  return {
    asOf,
    today,
    weekEnds,
    open: totals?.open ?? 0,
    overdue: totals?.overdue ?? 0,
    dueThisWeek: totals?.dueThisWeek ?? 0,
    byStage: group(byStageRows, (k) => catalogue.label(k ?? '')),
    byUrgency: group(
      await dashboardRepo.openBy(raw, 'urgency', asOf, today, weekEnds),
      (k) => (k === null ? 'No rating' : (levels.find((l) => l.key === k)?.label ?? k)),
      (k) => k ?? 'none',
    ),
    byTeam: group(await dashboardRepo.openBy(raw, 'team', asOf, today, weekEnds), (k) => k || '(no team recorded)'),
    byChair: group(await dashboardRepo.openBy(raw, 'chair', asOf, today, weekEnds), (k) => k || '(no chair recorded)'),
    ageing: buckets.map((b) => ({ ...b, open: ages.get(b.key) ?? 0 })),
    monthly: months.map((m) => ({ ...m, raised: monthly.get(m.month)?.raised ?? 0, closed: monthly.get(m.month)?.closed ?? 0 })),
    themes: await dashboardRepo.themeCounts(raw),
  };
}
