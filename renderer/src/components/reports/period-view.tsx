import { useState } from 'react';
import { Spinner, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { PeriodReport } from '../../../../shared/api/reports-outputs';
import { figureTables } from '../../../../shared/reports/figure-tables';
import { keyMessages } from '../../../../shared/reports/key-messages';
import { lastCompleteQuarter } from '../../../../shared/reports/periods';
import { call } from '../../api';
import { useApp } from '../app-context';
import { useLoad } from '../use-load';
import { ErrorBar } from '../error-bar';
import { ChartPanel } from './chart-panel';
import { ExportButtons } from './export-buttons';
import { FigureTableView } from './figure-table-view';
import { DetailLists } from './detail-lists';
import { PeriodPicker } from './period-picker';
import { CommentaryEditor } from './commentary-editor';

const useStyles = makeStyles({
  h2: { display: 'block', margin: '20px 0 8px' },
  messages: { margin: '8px 0 16px', paddingLeft: '20px', display: 'grid', gap: '4px' },
  charts: { display: 'grid', gap: '16px', margin: '16px 0' },
  definitions: { margin: '16px 0', color: tokens.colorNeutralForeground2 },
});

const short = (label: string) => label.replace(/ \(.*\)$/, '');
export const PERIOD_COLOURS = ['#0f6cbd', '#616161'];

/** The quarterly report (or any dates) for the Performance & QA meeting, with the quarter before beside it. */
export function PeriodView() {
  const styles = useStyles();
  const { info } = useApp();
  const [period, setPeriod] = useState(() => {
    const q = lastCompleteQuarter(info.today);
    return { from: q.from, to: q.to };
  });
  const loaded = useLoad(() => call('reports.period', period), [period.from, period.to]);
  const r: PeriodReport | undefined = loaded.data;
  const labels = r ? [short(r.current.period.label), short(r.previous.period.label)] : [];
  const series = labels.map((l, i) => ({ key: `p${i}`, label: l, colour: PERIOD_COLOURS[i]! }));
  return (
    <div>
      <PeriodPicker today={info.today} value={period} onChange={setPeriod} />
      <ErrorBar message={loaded.error} />
      {!r ? (
        !loaded.error && <Spinner label="Working out the figures…" />
      ) : (
        <>
          <Text as="p" weight="semibold">
            {r.current.period.label}, compared with {r.previous.period.label}.
          </Text>
          <Title3 as="h2" className={styles.h2}>Commentary</Title3>
          <CommentaryEditor from={period.from} to={period.to} />
          <ExportButtons request={{ report: 'period', ...period }} />
          <Title3 as="h2" className={styles.h2}>Key messages</Title3>
          <ul className={styles.messages}>
            {keyMessages(r.current, r.previous).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <div className={styles.charts}>
            <ChartPanel
              id="p-category"
              title="Escalations initiated, by category of concern"
              rowHeader="Category"
              series={series}
              rows={r.current.byCategory.map((c) => ({ key: c.key, label: c.label, values: { p0: c.count, p1: r.previous.byCategory.find((x) => x.key === c.key)?.count ?? 0 } }))}
            />
            <ChartPanel
              id="p-timeliness"
              title="Stage responses within timescale (%)"
              rowHeader="Stage"
              percent
              series={series}
              rows={r.current.stageTimeliness.map((s) => ({ key: s.stageKey, label: s.label, values: { p0: s.withinPct, p1: r.previous.stageTimeliness.find((x) => x.stageKey === s.stageKey)?.withinPct ?? null } }))}
            />
          </div>
          <Title3 as="h2" className={styles.h2}>Figures</Title3>
          {figureTables([r.current, r.previous]).map((t) => (
            <FigureTableView key={t.key} table={t} periodLabels={labels} />
          ))}
          <Title3 as="h2" className={styles.h2}>Detail for {labels[0]}</Title3>
          <DetailLists figures={r.current} />
          <details className={styles.definitions}>
            <summary>How the figures are counted</summary>
            <ul>
              {r.definitions.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </div>
  );
}
