import { Link, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Dashboard, OpenGroup } from '../../../../shared/api/reports-outputs';
import { trackerHref } from '../../../../shared/reports/figure-tables';
import { call } from '../../api';
import { useApp } from '../app-context';
import { useLoad } from '../use-load';
import { ErrorBar } from '../error-bar';
import { formatDate } from '../format';
import { href } from '../../router';
import { ChartPanel, type ChartRow, type ChartSeries } from './chart-panel';

/**
 * Oversight of everything open now. Every figure is a link to the tracker filtered to exactly the
 * escalations counted (the tracker reads status, stage, urgency, team, chair, overdue, dueWithin, from, to).
 */

const useStyles = makeStyles({
  tiles: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: '12px', margin: '12px 0' },
  tile: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', display: 'grid', gap: '4px' },
  big: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold },
  grid: { display: 'grid', gap: '16px' },
});

export const OPEN_SERIES: ChartSeries[] = [
  { key: 'open', label: 'Open', colour: '#0f6cbd' },
  { key: 'overdue', label: 'Overdue', colour: '#c50f1f' },
  { key: 'dueThisWeek', label: 'Due this week', colour: '#8a5a00' },
];

/** One chart row per group: open / overdue / due this week, each linking to its tracker view. */
function openRows(groups: OpenGroup[], param: string | null): ChartRow[] {
  return groups.map((g) => {
    // An empty team or chair cannot be asked for in the tracker, so those figures are not links.
    const base = param === null ? { status: 'open' } : g.key === '' ? null : { status: 'open', [param]: g.key };
    return {
      key: g.key || '(none)',
      label: g.label,
      values: { open: g.open, overdue: g.overdue, dueThisWeek: g.dueThisWeek },
      hrefs: base
        ? {
            open: trackerHref(base),
            overdue: trackerHref({ ...base, overdue: '1' }),
            dueThisWeek: trackerHref({ ...base, dueWithin: 'week' }),
          }
        : undefined,
    };
  });
}

function Tile({ label, value, link, note }: { label: string; value: number; link: string; note?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.tile}>
      <Text weight="semibold">{label}</Text>
      <Link href={link} className={styles.big} aria-label={`${value} ${label.toLowerCase()}: show them`}>
        {value}
      </Link>
      {note && <Text size={200}>{note}</Text>}
    </div>
  );
}

export function DashboardView() {
  const styles = useStyles();
  const { profile } = useApp();
  const loaded = useLoad(() => call('reports.dashboard', {}), []);
  if (loaded.error) return <ErrorBar message={loaded.error} />;
  const d: Dashboard | undefined = loaded.data;
  if (!d) return <Spinner label="Counting open escalations…" />;
  return (
    <div>
      <Text>
        As at {formatDate(d.today)}. “Due this week” means due from today to Sunday {formatDate(d.weekEnds)}. Select any figure to see those escalations in the tracker.
      </Text>
      <div className={styles.tiles}>
        <Tile label="Open escalations" value={d.open} link={trackerHref({ status: 'open' })} />
        <Tile label="Overdue now" value={d.overdue} link={trackerHref({ status: 'open', overdue: '1' })} />
        <Tile label="Due this week" value={d.dueThisWeek} link={trackerHref({ status: 'open', dueWithin: 'week' })} />
        <Tile label="Themed concerns open" value={d.themes.open + d.themes.escalated + d.themes.monitoring} link={href({ page: 'themes' })} note={`${d.themes.escalated} escalated to senior managers`} />
      </div>
      <div className={styles.grid}>
        <ChartPanel id="by-stage" title="Open escalations by stage" rowHeader="Stage" series={OPEN_SERIES} rows={openRows(d.byStage, 'stage')} />
        {profile.urgency && <ChartPanel id="by-urgency" title={`Open escalations by ${profile.urgency.label.toLowerCase()}`} rowHeader="Urgency" series={OPEN_SERIES} rows={openRows(d.byUrgency, 'urgency')} />}
        <ChartPanel id="by-team" title="Open escalations by team" rowHeader="Team" series={OPEN_SERIES} rows={openRows(d.byTeam, 'team')} />
        <ChartPanel id="by-chair" title="Open escalations by chair" rowHeader="Chair" series={OPEN_SERIES} rows={openRows(d.byChair, 'chair')} />
        <ChartPanel
          id="ageing"
          title="Open escalations by time since raised"
          rowHeader="Raised"
          series={[{ key: 'open', label: 'Open', colour: '#0f6cbd' }]}
          rows={d.ageing.map((a) => ({ key: a.key, label: a.label, values: { open: a.open }, hrefs: { open: trackerHref({ status: 'open', ...(a.from ? { from: a.from } : {}), to: a.to }) } }))}
        />
        <ChartPanel
          id="monthly"
          title="New and closed escalations, last 12 months"
          rowHeader="Month"
          layout="columns"
          series={[
            { key: 'raised', label: 'New', colour: '#0f6cbd' },
            { key: 'closed', label: 'Closed', colour: '#616161' },
          ]}
          rows={d.monthly.map((m) => ({
            key: m.month,
            label: m.label,
            values: { raised: m.raised, closed: m.closed },
            hrefs: { raised: trackerHref({ status: 'any', from: m.from, to: m.to }), closed: trackerHref({ status: 'closed', closedFrom: m.from, closedTo: m.to }) },
          }))}
        />
      </div>
    </div>
  );
}
