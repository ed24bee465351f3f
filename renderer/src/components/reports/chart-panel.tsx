import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Title3, makeStyles, tokens } from '@fluentui/react-components';

/**
 * A chart with its data as a table beside it. The chart is a picture for sighted users (its bars are
 * clickable); the table carries the same figures for everyone — screen readers, keyboard users, people who
 * want exact numbers — and every number in it is a link to the tracker filtered to exactly those escalations.
 */

export interface ChartSeries {
  key: string;
  label: string;
  colour: string;
}

export interface ChartRow {
  key: string;
  label: string;
  values: Record<string, number | null>;
  /** Where each series' figure leads (a `#/tracker?…` address), or nothing. */
  hrefs?: Record<string, string | null>;
}

const useStyles = makeStyles({
  panel: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', display: 'grid', gap: '8px' },
  title: { margin: 0 },
  body: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(260px, 2fr)', gap: '16px', alignItems: 'start' },
  // A header cell's text sits in a flex button, so right-aligning the column needs both rules.
  num: { textAlign: 'right', '& .fui-TableHeaderCell__button': { justifyContent: 'flex-end' } },
  empty: { color: tokens.colorNeutralForeground3 },
});

export function ChartPanel(props: { id: string; title: string; series: ChartSeries[]; rows: ChartRow[]; layout?: 'bars' | 'columns'; percent?: boolean; rowHeader: string }) {
  const styles = useStyles();
  const { rows, series } = props;
  const horizontal = (props.layout ?? 'bars') === 'bars';
  const data = rows.map((r) => ({ name: r.label, key: r.key, ...Object.fromEntries(series.map((s) => [s.key, r.values[s.key] ?? 0])) }));
  const height = horizontal ? Math.max(140, rows.length * (18 * series.length + 14) + 60) : 260;
  const go = (row: ChartRow | undefined, seriesKey: string) => {
    const target = row?.hrefs?.[seriesKey];
    if (target) window.location.assign(target);
  };
  const total = rows.reduce((n, r) => n + series.reduce((m, s) => m + (r.values[s.key] ?? 0), 0), 0);
  const format = (v: number | null) => (v === null ? '—' : props.percent ? `${v}%` : String(v));
  return (
    <section className={styles.panel} aria-labelledby={`${props.id}-title`}>
      <Title3 as="h3" id={`${props.id}-title`} className={styles.title}>
        {props.title}
      </Title3>
      <div className={styles.body}>
        <div role="img" aria-label={`Bar chart of ${props.title.toLowerCase()}; the same figures are in the table beside it.`}>
          {rows.length === 0 || total === 0 ? (
            <p className={styles.empty}>Nothing to chart.</p>
          ) : (
            <ResponsiveContainer width="100%" height={height}>
              <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 4, right: 24, bottom: 4, left: 4 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
                {horizontal ? (
                  <XAxis type="number" allowDecimals={false} domain={props.percent ? [0, 100] : undefined} />
                ) : (
                  <XAxis dataKey="name" interval={0} angle={-35} textAnchor="end" height={56} tick={{ fontSize: 11 }} />
                )}
                {horizontal ? <YAxis type="category" dataKey="name" width={210} tick={{ fontSize: 12 }} /> : <YAxis allowDecimals={false} />}
                {series.length > 1 && <Legend itemSorter={null} />}
                {series.map((s) => (
                  <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.colour} isAnimationActive={false} cursor="pointer" onClick={(_: unknown, index: number) => go(rows[index], s.key)} />
                ))}
              </BarChart>
            </ResponsiveContainer>
          )}
        </div>
        <Table size="extra-small" aria-label={`${props.title} (table)`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{props.rowHeader}</TableHeaderCell>
              {series.map((s) => (
                <TableHeaderCell key={s.key} className={styles.num}>
                  {s.label}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.key}>
                <TableCell>{r.label}</TableCell>
                {series.map((s) => {
                  const target = r.hrefs?.[s.key];
                  const value = format(r.values[s.key] ?? null);
                  return (
                    <TableCell key={s.key} className={styles.num}>
                      {target ? (
                        <Link href={target} aria-label={`${value} – ${s.label.toLowerCase()}, ${r.label}: show in the tracker`}>
                          {value}
                        </Link>
                      ) : (
                        value
                      )}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
