import { useState } from 'react';
import { Button, Field, Input, Link, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title2, Title3, makeStyles } from '@fluentui/react-components';
import { call, newOpId } from '../api';
import { useApp } from '../components/app-context';
import { useLoad } from '../components/use-load';
import { ErrorBar } from '../components/error-bar';
import { formatDay } from '../components/format';
import { href, navigate } from '../router';
import { ThemeForm } from '../components/themes/theme-form';
import { themeStatusLabel, themeStatuses } from '../components/themes/theme-status';

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'center', gap: '16px', flexWrap: 'wrap' },
  filters: { display: 'flex', gap: '16px', alignItems: 'flex-end', flexWrap: 'wrap', margin: '12px 0' },
  num: { textAlign: 'right', '& .fui-TableHeaderCell__button': { justifyContent: 'flex-end' } },
});

type StatusFilter = 'active' | 'all' | (typeof themeStatuses)[number];

/** Themed concerns: resource, system and practice patterns beyond one child, owned by the QA manager. */
export function ThemesPage() {
  const styles = useStyles();
  const { info } = useApp();
  const [status, setStatus] = useState<StatusFilter>('active');
  const [search, setSearch] = useState('');
  const [raising, setRaising] = useState(false);
  const list = useLoad(() => call('themes.list', { status, search }), [status, search]);
  return (
    <section aria-labelledby="themes-title">
      <div className={styles.head}>
        <Title2 as="h1" id="themes-title">
          Themed concerns
        </Title2>
        {!raising && (
          <Button appearance="primary" onClick={() => setRaising(true)}>
            Raise a themed concern
          </Button>
        )}
      </div>
      <Text as="p">Concerns that arise from resource or system issues, or show a pattern beyond one child. The QA manager reviews the evidence, gathers more and escalates them to senior managers.</Text>
      {raising && (
        <>
          <Title3 as="h2">Raise a themed concern</Title3>
          <ThemeForm
            initial={{ title: '', description: '', evidence: '', owner: info.user.name }}
            submitLabel="Raise themed concern"
            onCancel={() => setRaising(false)}
            onSubmit={async (f) => {
              const theme = await call('themes.create', { ...f, opId: newOpId() });
              navigate({ page: 'theme', id: theme.id });
            }}
          />
        </>
      )}
      <div className={styles.filters} role="search">
        <Field label="Status">
          <Select value={status} onChange={(_, d) => setStatus(d.value as StatusFilter)}>
            <option value="active">Not closed</option>
            {themeStatuses.map((s) => (
              <option key={s} value={s}>
                {themeStatusLabel[s]}
              </option>
            ))}
            <option value="all">All</option>
          </Select>
        </Field>
        <Field label="Search titles and descriptions">
          <Input type="search" value={search} onChange={(_, d) => setSearch(d.value)} />
        </Field>
      </div>
      <ErrorBar message={list.error} />
      <Text role="status" aria-live="polite">
        {list.data ? `${list.data.length} themed concern${list.data.length === 1 ? '' : 's'}` : 'Loading…'}
      </Text>
      <Table aria-label="Themed concerns" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Theme</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Owner</TableHeaderCell>
            <TableHeaderCell className={styles.num}>Escalations</TableHeaderCell>
            <TableHeaderCell className={styles.num}>Children</TableHeaderCell>
            <TableHeaderCell>Raised</TableHeaderCell>
            <TableHeaderCell>Last changed</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {list.data?.map((t) => (
            <TableRow key={t.id}>
              <TableCell>
                <Link href={href({ page: 'theme', id: t.id })}>{t.title}</Link>
              </TableCell>
              <TableCell>{themeStatusLabel[t.status]}</TableCell>
              <TableCell>{t.owner || '—'}</TableCell>
              <TableCell className={styles.num}>{t.linkedEscalations}</TableCell>
              <TableCell className={styles.num}>{t.linkedChildren}</TableCell>
              <TableCell>{formatDay(t.createdAt)}</TableCell>
              <TableCell>
                {formatDay(t.updatedAt)} by {t.updatedBy}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
