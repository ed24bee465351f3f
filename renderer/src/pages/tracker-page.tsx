import { useState } from 'react';
import {
  Field,
  Input,
  Link,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title2,
  makeStyles,
} from '@fluentui/react-components';
import { call } from '../api';
import { useLoad } from '../components/use-load';
import { ErrorBar } from '../components/error-bar';
import { DueBadge } from '../components/due-badge';
import { cohortLabel, formatDay, formatDueDate, statusLabel } from '../components/format';
import { href } from '../router';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: '16px', alignItems: 'flex-end', flexWrap: 'wrap', margin: '12px 0' },
  count: { margin: '8px 0', display: 'block' },
});

type Scope = 'mine' | 'team' | 'all';
type StatusFilter = 'open' | 'closed' | 'any';

export function TrackerPage() {
  const styles = useStyles();
  const [scope, setScope] = useState<Scope>('all');
  const [status, setStatus] = useState<StatusFilter>('open');
  const [search, setSearch] = useState('');
  const list = useLoad(() => call('escalations.list', { scope, status, search, sort: 'due', direction: 'asc', limit: 200 }), [scope, status, search]);

  return (
    <section aria-labelledby="tracker-title">
      <Title2 as="h1" id="tracker-title">
        Escalations
      </Title2>
      <div className={styles.filters} role="search">
        <Field label="Show">
          <Select value={scope} onChange={(_, d) => setScope(d.value as Scope)}>
            <option value="mine">My escalations</option>
            <option value="all">Everyone&apos;s escalations</option>
          </Select>
        </Field>
        <Field label="Status">
          <Select value={status} onChange={(_, d) => setStatus(d.value as StatusFilter)}>
            <option value="open">Open</option>
            <option value="closed">Closed</option>
            <option value="any">All</option>
          </Select>
        </Field>
        <Field label="Search by child name or case ID">
          <Input value={search} onChange={(_, d) => setSearch(d.value)} type="search" />
        </Field>
      </div>
      <ErrorBar message={list.error} />
      <Text className={styles.count} role="status" aria-live="polite">
        {list.data ? `${list.data.total} escalation${list.data.total === 1 ? '' : 's'}, soonest due first` : 'Loading…'}
      </Text>
      <Table aria-label="Escalations" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Child</TableHeaderCell>
            <TableHeaderCell>Case ID</TableHeaderCell>
            <TableHeaderCell>Cohort</TableHeaderCell>
            <TableHeaderCell>Chair</TableHeaderCell>
            <TableHeaderCell>Current stage</TableHeaderCell>
            <TableHeaderCell>Raised</TableHeaderCell>
            <TableHeaderCell>Next due</TableHeaderCell>
            <TableHeaderCell>Time left</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {list.data?.rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell>
                <Link href={href({ page: 'escalation', id: r.id })}>{r.childName}</Link>
              </TableCell>
              <TableCell>{r.caseId}</TableCell>
              <TableCell>{cohortLabel[r.cohort] ?? r.cohort}</TableCell>
              <TableCell>{r.chair || '—'}</TableCell>
              <TableCell>
                {r.stageLabel}
                <br />
                <Text size={200}>to {r.recipientRole}</Text>
              </TableCell>
              <TableCell>{formatDay(r.raisedAt)}</TableCell>
              <TableCell>{r.status === 'open' ? formatDueDate(r.nextDueDate) : '—'}</TableCell>
              <TableCell>
                <DueBadge timeliness={r.timeliness} days={r.workingDaysRemaining} />
              </TableCell>
              <TableCell>{statusLabel[r.status] ?? r.status}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {list.data && list.data.rows.length === 0 && <Text>No escalations match. Raise one from a child&apos;s record (Children → a child → Raise a concern).</Text>}
    </section>
  );
}
