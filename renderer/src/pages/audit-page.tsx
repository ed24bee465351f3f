import { useState } from 'react';
import { DateInput } from '../components/forms/date-input';
import { Button, Field, Input, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title2, makeStyles } from '@fluentui/react-components';
import { call } from '../api';
import { useLoad } from '../components/use-load';
import { ErrorBar } from '../components/error-bar';
import { formatInstant } from '../components/format';
import { downloadFile } from '../components/settings/download';
import { href } from '../router';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: '16px', alignItems: 'flex-end', flexWrap: 'wrap', margin: '12px 0' },
  summary: { overflowWrap: 'anywhere' },
});

/** Every change and every escalation event: who, when, from which computer, filterable, and as CSV. */
export function AuditPage({ query }: { query?: string }) {
  const styles = useStyles();
  const initial = new URLSearchParams(query ?? '');
  const [actor, setActor] = useState(initial.get('actor') ?? '');
  const [childId, setChildId] = useState(initial.get('child') ?? '');
  const [escalationId, setEscalationId] = useState(initial.get('escalation') ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [limit, setLimit] = useState(200);
  const [failure, setFailure] = useState<string>();
  const filters = { actor, childId, escalationId: escalationId.trim(), from, to };
  const page = useLoad(() => call('audit.list', { ...filters, limit }), [filters, limit]);
  const children = useLoad(() => call('children.list', {}), []);

  async function exportCsv() {
    setFailure(undefined);
    try {
      const file = await call('audit.csv', filters);
      downloadFile(file.fileName, { text: file.csv }, 'text/csv;charset=utf-8');
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <section aria-labelledby="audit-title">
      <Title2 as="h1" id="audit-title">
        Audit log
      </Title2>
      <div className={styles.filters} role="search" aria-label="Filter the audit log">
        <Field label="Person">
          <Select value={actor} onChange={(_, d) => setActor(d.value)}>
            <option value="">Everyone</option>
            {(page.data?.actors ?? (actor ? [actor] : [])).map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Child">
          <Select value={childId} onChange={(_, d) => setChildId(d.value)}>
            <option value="">All children</option>
            {(children.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.caseId})
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Escalation reference">
          <Input value={escalationId} onChange={(_, d) => setEscalationId(d.value)} placeholder="paste from the escalation’s page" />
        </Field>
        <Field label="From">
          <DateInput onlyDates value={from} onChange={(v) => setFrom(v)} />
        </Field>
        <Field label="To">
          <DateInput onlyDates value={to} onChange={(v) => setTo(v)} />
        </Field>
        <Button onClick={exportCsv}>Export as CSV</Button>
      </div>
      <ErrorBar message={page.error ?? failure} />
      <Text role="status">{page.data ? `${page.data.total} entr${page.data.total === 1 ? 'y' : 'ies'}, newest first` : page.error ? '' : 'Loading…'}</Text>
      <Table aria-label="Audit log" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: 150 }}>When</TableHeaderCell>
            <TableHeaderCell style={{ width: 150 }}>Who</TableHeaderCell>
            <TableHeaderCell style={{ width: 120 }}>Computer</TableHeaderCell>
            <TableHeaderCell>What</TableHeaderCell>
            <TableHeaderCell style={{ width: 170 }}>Child</TableHeaderCell>
            <TableHeaderCell style={{ width: 100 }}>Escalation</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(page.data?.rows ?? []).map((r, i) => (
            <TableRow key={`${r.source}-${r.at}-${i}`}>
              <TableCell>{formatInstant(r.at)}</TableCell>
              <TableCell>{r.actor}</TableCell>
              <TableCell>{r.machine}</TableCell>
              <TableCell className={styles.summary}>{r.summary}</TableCell>
              <TableCell>{r.childId && r.childName ? <a href={href({ page: 'child', id: r.childId })}>{r.childName}</a> : '—'}</TableCell>
              <TableCell>{r.escalationId ? <a href={href({ page: 'escalation', id: r.escalationId })} aria-label={`Open the escalation${r.childName ? ` for ${r.childName}` : ''} (${r.escalationId.slice(0, 8)})`}>Open</a> : '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {page.data && page.data.rows.length < page.data.total && (
        <Button style={{ marginTop: 12 }} onClick={() => setLimit((l) => Math.min(1000, l + 200))} disabled={limit >= 1000}>
          Show more
        </Button>
      )}
    </section>
  );
}
