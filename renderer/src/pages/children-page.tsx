import { useState } from 'react';
import { Button, Field, Input, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Title2, makeStyles } from '@fluentui/react-components';
import { call } from '../api';
import { useLoad } from '../components/use-load';
import { ErrorBar } from '../components/error-bar';
import { cohortLabel, formatDate } from '../components/format';
import { href, navigate } from '../router';

const useStyles = makeStyles({ bar: { display: 'flex', gap: '16px', alignItems: 'flex-end', margin: '12px 0' } });

export function ChildrenPage() {
  const styles = useStyles();
  const [search, setSearch] = useState('');
  const list = useLoad(() => call('children.list', { search }), [search]);
  return (
    <section aria-labelledby="children-title">
      <Title2 as="h1" id="children-title">
        Children
      </Title2>
      <div className={styles.bar}>
        <Field label="Search by name or case ID">
          <Input type="search" value={search} onChange={(_, d) => setSearch(d.value)} />
        </Field>
        <Button appearance="primary" onClick={() => navigate({ page: 'new-child' })}>
          Add a child
        </Button>
      </div>
      <ErrorBar message={list.error} />
      <Table aria-label="Children" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Name</TableHeaderCell>
            <TableHeaderCell>Case ID</TableHeaderCell>
            <TableHeaderCell>Date of birth</TableHeaderCell>
            <TableHeaderCell>Cohort</TableHeaderCell>
            <TableHeaderCell>Team</TableHeaderCell>
            <TableHeaderCell>Chair</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {list.data?.map((c) => (
            <TableRow key={c.id}>
              <TableCell>
                <Link href={href({ page: 'child', id: c.id })}>{c.name}</Link>
              </TableCell>
              <TableCell>{c.caseId}</TableCell>
              <TableCell>{formatDate(c.dateOfBirth)}</TableCell>
              <TableCell>{cohortLabel[c.cohort]}</TableCell>
              <TableCell>{c.team || '—'}</TableCell>
              <TableCell>{c.chair || '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
