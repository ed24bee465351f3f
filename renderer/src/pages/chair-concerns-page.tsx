import { useState } from 'react';
import { Button, Field, Link, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title2, Title3, makeStyles } from '@fluentui/react-components';
import { responseOutcomeLabels, type ResponseOutcome } from '../../../shared/chair-concerns/engine';
import { call } from '../api';
import { useLoad } from '../components/use-load';
import { ErrorBar } from '../components/error-bar';
import { formatDate } from '../components/format';
import { href, navigate } from '../router';
import { ChairConcernForm } from '../components/chair-concerns/concern-form';

const useStyles = makeStyles({ head: { display: 'flex', alignItems: 'center', gap: '16px', flexWrap: 'wrap' }, filters: { margin: '12px 0', maxWidth: '240px' } });

const statusWords = { open: 'Open', resolved: 'Resolved', withdrawn: 'Withdrawn' } as const;

/**
 * Concerns about a chair or the reviewing service (Slough's "Addressing concerns about the Independent Chair"): the
 * managers' list. Kept apart from escalations; the service shows nobody else any, and nobody one about themselves.
 */
export function ChairConcernsPage() {
  const styles = useStyles();
  const [status, setStatus] = useState<'open' | 'closed' | 'any'>('open');
  const [recording, setRecording] = useState(false);
  // Not reloaded on others' changes: the feed never carries these, and every read is written to the audit log.
  const list = useLoad(() => call('chairConcerns.list', { status }), [status], () => false);
  return (
    <section aria-labelledby="chair-concerns-title">
      <div className={styles.head}>
        <Title2 as="h1" id="chair-concerns-title">
          Concerns about chairs
        </Title2>
        {!recording && !list.error && (
          <Button appearance="primary" onClick={() => setRecording(true)}>
            Record a concern
          </Button>
        )}
      </div>
      <Text as="p" block>
        Raised by an agency about a review or conference, or the chair who held it. Kept apart from escalations: only the reviewing service manager, QA managers and administrators see them, never the chair concerned, and every time one is opened the audit log records it.
      </Text>
      {recording && (
        <>
          <Title3 as="h2">Record a concern</Title3>
          <ChairConcernForm onCancel={() => setRecording(false)} onDone={(id) => navigate({ page: 'chair-concern', id })} />
        </>
      )}
      <ErrorBar message={list.error} />
      {!list.error && (
        <>
          <Field label="Show" className={styles.filters}>
            <Select value={status} onChange={(_, d) => setStatus(d.value as typeof status)}>
              <option value="open">Open</option>
              <option value="closed">Resolved or withdrawn</option>
              <option value="any">All</option>
            </Select>
          </Field>
          {!list.data ? (
            <Spinner label="Loading the concerns…" />
          ) : list.data.rows.length === 0 ? (
            <Text as="p" block>No concerns to show.</Text>
          ) : (
            <Table aria-label="Concerns about chairs">
              <TableHeader>
                <TableRow>
                  {['Raised', 'Agency', 'About', 'Stage', 'Status', 'Response due', 'Outcome'].map((h) => (
                    <TableHeaderCell key={h}>{h}</TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.data.rows.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>
                      <Link href={href({ page: 'chair-concern', id: r.id })}>{formatDate(r.raisedOn)}</Link>
                    </TableCell>
                    <TableCell>{r.raisedByAgency}</TableCell>
                    <TableCell>{r.aboutChair}</TableCell>
                    <TableCell>{r.stageLabel}</TableCell>
                    <TableCell>{statusWords[r.status]}</TableCell>
                    <TableCell>{r.dueDate ? formatDate(r.dueDate) : '—'}</TableCell>
                    <TableCell>{r.outcome ? responseOutcomeLabels[r.outcome as ResponseOutcome] : '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </section>
  );
}
