import { trackerFilterSchema, type TrackerFilter } from '../../../shared/api/inputs';

export const defaultFilter: TrackerFilter = trackerFilterSchema.parse({ scope: 'mine' });
const allFilter: TrackerFilter = trackerFilterSchema.parse({});

/**
 * The tracker's filters as a query string, so report figures can link to "exactly those escalations"
 * and a view can be bookmarked. No query = the default "My open escalations, soonest due first";
 * a query without `scope` means everyone's (a report's figure counts the whole service).
 */
export function filterFromQuery(query: string | undefined): TrackerFilter {
  if (!query) return defaultFilter;
  const p = new URLSearchParams(query);
  const raw: Record<string, unknown> = {};
  for (const [k, v] of p) raw[k] = k === 'overdue' ? v === '1' || v === 'true' : v;
  const parsed = trackerFilterSchema.safeParse(raw);
  return parsed.success ? parsed.data : allFilter;
}

export function queryFromFilter(f: TrackerFilter): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f) as [keyof TrackerFilter, unknown][]) {
    if (k === 'scope') {
      p.set('scope', String(v));
      continue;
    }
    if (v === allFilter[k]) continue;
    p.set(k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  return p.toString();
}
