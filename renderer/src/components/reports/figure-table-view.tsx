import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Title3, makeStyles } from '@fluentui/react-components';
import { formatValue, summaryKind, trackerHref, type FigureTable } from '../../../../shared/reports/figure-tables';

const useStyles = makeStyles({
  num: { textAlign: 'right', '& .fui-TableHeaderCell__button': { justifyContent: 'flex-end' } },
  wrap: { overflowX: 'auto', margin: '4px 0 16px' },
});

/** One of the report's tables, exactly as in the Word and Excel files; counts with a tracker view are links. */
export function FigureTableView({ table, periodLabels }: { table: FigureTable; periodLabels: string[] }) {
  const styles = useStyles();
  const single = table.measures.length === 1;
  return (
    <section aria-labelledby={`t-${table.key}`}>
      <Title3 as="h3" id={`t-${table.key}`} style={{ display: 'block', margin: '16px 0 4px' }}>
        {table.title}
      </Title3>
      <div className={styles.wrap}>
        <Table size="extra-small" aria-labelledby={`t-${table.key}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{table.rowHeader}</TableHeaderCell>
              {table.measures.flatMap((m) =>
                periodLabels.map((p) => (
                  <TableHeaderCell key={`${m.key}-${p}`} className={styles.num}>
                    {single ? p : `${m.label}, ${p}`}
                  </TableHeaderCell>
                )),
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {table.rows.map((r) => (
              <TableRow key={r.key}>
                <TableCell>{r.label}</TableCell>
                {table.measures.flatMap((m, mi) =>
                  periodLabels.map((p, pi) => {
                    const text = formatValue(r.values[pi]?.[mi] ?? null, table.key === 'summary' ? summaryKind(r.key) : m.kind);
                    const filter = mi === 0 ? r.filters?.[pi] : null;
                    return (
                      <TableCell key={`${m.key}-${p}`} className={styles.num}>
                        {filter ? (
                          <Link href={trackerHref(filter)} aria-label={`${text}: ${r.label}, ${p} – show in the tracker`}>
                            {text}
                          </Link>
                        ) : (
                          text
                        )}
                      </TableCell>
                    );
                  }),
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
