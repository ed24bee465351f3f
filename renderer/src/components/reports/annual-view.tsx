import { useState } from 'react';
import { Field, Select, Spinner, Text, Title3, makeStyles } from '@fluentui/react-components';
import { figureTables, type FigureTable } from '../../../../shared/reports/figure-tables';
import { keyMessages } from '../../../../shared/reports/key-messages';
import { financialYearLabel, financialYearOf } from '../../../../shared/reports/periods';
import { call } from '../../api';
import { useApp } from '../app-context';
import { useLoad } from '../use-load';
import { ErrorBar } from '../error-bar';
import { ExportButtons } from './export-buttons';
import { FigureTableView } from './figure-table-view';

const useStyles = makeStyles({
  h2: { display: 'block', margin: '20px 0 8px' }, messages: { margin: '8px 0 16px', paddingLeft: '20px', display: 'grid', gap: '4px' } });

/** With six columns (four quarters, the year, the year before) a table of several measures is split, one table a measure. */
function perMeasure(t: FigureTable): FigureTable[] {
  if (t.measures.length === 1) return [t];
  return t.measures.map((m, mi) => ({ ...t, key: `${t.key}-${m.key}`, title: `${t.title}: ${m.label}`, measures: [m], rows: t.rows.map((r) => ({ ...r, values: r.values.map((v) => [v[mi] ?? null]) })) }));
}

/** The IRO annual report's figures: the financial year by quarter, with the year before. */
export function AnnualView() {
  const styles = useStyles();
  const { info } = useApp();
  const current = financialYearOf(info.today);
  const [year, setYear] = useState(current - 1);
  const loaded = useLoad(() => call('reports.annual', { year }), [year]);
  const a = loaded.data;
  const labels = a ? [...a.quarters.map((q) => q.period.label.slice(0, 2)), financialYearLabel(year), financialYearLabel(year - 1)] : [];
  return (
    <div>
      <Field label="Financial year" style={{ maxWidth: 260, margin: '8px 0 16px' }}>
        <Select value={String(year)} onChange={(_, d) => setYear(Number(d.value))}>
          {[0, 1, 2, 3, 4].map((i) => (
            <option key={i} value={String(current - i)}>
              {financialYearLabel(current - i)}
              {i === 0 ? ' – in progress' : ''}
            </option>
          ))}
        </Select>
      </Field>
      <ErrorBar message={loaded.error} />
      {!a ? (
        !loaded.error && <Spinner label="Working out the year’s figures…" />
      ) : (
        <>
          <Text as="p" weight="semibold">
            {a.year.period.label}, by quarter, compared with {financialYearLabel(year - 1)}.
          </Text>
          <ExportButtons request={{ report: 'annual', year }} />
          <Title3 as="h2" className={styles.h2}>Key messages</Title3>
          <ul className={styles.messages}>
            {keyMessages(a.year, a.previousYear).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          {figureTables([...a.quarters, a.year, a.previousYear])
            .flatMap(perMeasure)
            .map((t) => (
              <FigureTableView key={t.key} table={t} periodLabels={labels} />
            ))}
        </>
      )}
    </div>
  );
}
