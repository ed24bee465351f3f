import { useState } from 'react';
import { Badge, Select, Field, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ImportReport, ImportRowStatus } from '../../../../shared/api/settings-outputs';
import { formatDate } from '../format';
import { href } from '../../router';

const useStyles = makeStyles({
  counts: { display: 'flex', gap: '8px', flexWrap: 'wrap', margin: '8px 0' },
  reasons: { margin: 0, paddingLeft: '18px' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const labels: Record<ImportRowStatus, string> = {
  accepted: 'Accepted',
  rejected: 'Rejected',
  duplicate: 'Duplicate in the file',
  'already-imported': 'Already imported',
  blank: 'Blank',
};
const colours: Record<ImportRowStatus, 'success' | 'danger' | 'warning' | 'informative' | 'subtle'> = {
  accepted: 'success',
  rejected: 'danger',
  duplicate: 'warning',
  'already-imported': 'informative',
  blank: 'subtle',
};

/** The row-by-row report of a dry run or an import: every row, its fate, and why. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const styles = useStyles();
  const [show, setShow] = useState<ImportRowStatus | 'all'>('all');
  const rows = report.rows.filter((r) => show === 'all' || r.status === show);
  const c = report.counts;
  return (
    <section aria-label={report.dryRun ? 'Dry run report' : 'Import report'}>
      <Text role="status" weight="semibold">
        {report.dryRun ? 'Dry run (nothing was written): ' : 'Imported: '}
        {c.total} rows in “{report.sheet}”: {c.accepted} {report.dryRun ? 'would be imported' : 'imported'}, {c.rejected} rejected, {c.duplicate} duplicate
        {c.duplicate === 1 ? '' : 's'}, {c['already-imported']} already imported, {c.blank} blank. {c.newChildren} new child{c.newChildren === 1 ? '' : 'ren'}.
      </Text>
      <div className={styles.counts}>
        {(Object.keys(labels) as ImportRowStatus[]).map((s) => (
          <Badge key={s} color={colours[s]} appearance="tint">
            {labels[s]}: {c[s]}
          </Badge>
        ))}
      </div>
      <Field label="Show rows">
        <Select value={show} onChange={(_, d) => setShow(d.value as ImportRowStatus | 'all')}>
          <option value="all">All rows</option>
          {(Object.keys(labels) as ImportRowStatus[]).map((s) => (
            <option key={s} value={s}>
              {labels[s]} ({c[s]})
            </option>
          ))}
        </Select>
      </Field>
      <Table aria-label="Rows of the spreadsheet" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: 56 }}>Row</TableHeaderCell>
            <TableHeaderCell style={{ width: 150 }}>Result</TableHeaderCell>
            <TableHeaderCell style={{ width: 170 }}>Child</TableHeaderCell>
            <TableHeaderCell style={{ width: 110 }}>Case ID</TableHeaderCell>
            <TableHeaderCell style={{ width: 110 }}>Raised</TableHeaderCell>
            <TableHeaderCell style={{ width: 200 }}>Stage</TableHeaderCell>
            <TableHeaderCell>Why / notes</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.row}>
              <TableCell>{r.row}</TableCell>
              <TableCell>
                <Badge color={colours[r.status]} appearance="tint">
                  {labels[r.status]}
                </Badge>
              </TableCell>
              <TableCell>
                {r.escalationId ? <a href={href({ page: 'escalation', id: r.escalationId })}>{r.childName}</a> : r.childName}
                {r.child === 'new' && r.status === 'accepted' ? ' (new)' : ''}
              </TableCell>
              <TableCell>{r.caseId}</TableCell>
              <TableCell>{r.raisedOn ? formatDate(r.raisedOn) : '—'}</TableCell>
              <TableCell>{r.stage}</TableCell>
              <TableCell>
                {r.reasons.length + r.warnings.length > 0 && (
                  <ul className={styles.reasons}>
                    {r.reasons.map((x) => (
                      <li key={x}>{x}</li>
                    ))}
                    {r.warnings.map((x) => (
                      <li key={x} className={styles.warning}>
                        Note: {x}
                      </li>
                    ))}
                  </ul>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
