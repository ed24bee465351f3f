import { useState } from 'react';
import { Button, Field, Input, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3, makeStyles } from '@fluentui/react-components';
import type { ThemeDetail } from '../../../../shared/api/reports-outputs';
import { call, newOpId } from '../../api';
import { useLoad } from '../use-load';
import { ErrorBar } from '../error-bar';
import { formatDay, statusLabel } from '../format';
import { href } from '../../router';

const useStyles = makeStyles({ row: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap', margin: '8px 0' }, list: { margin: '4px 0', paddingLeft: '20px' } });

/** Find a child, then link the child or one of their escalations to the theme. */
function AddLink({ theme, onDone }: { theme: ThemeDetail; onDone: (t: ThemeDetail) => void }) {
  const styles = useStyles();
  const [search, setSearch] = useState('');
  const [childId, setChildId] = useState<string>();
  const [error, setError] = useState<string>();
  const found = useLoad(() => (search.trim().length < 2 ? Promise.resolve([]) : call('children.list', { search })), [search]);
  const child = useLoad(() => (childId ? call('children.get', { id: childId }) : Promise.resolve(undefined)), [childId]);
  const link = async (target: { escalationId?: string; childId?: string }) => {
    setError(undefined);
    try {
      onDone(await call('themes.link', { id: theme.id, ...target, opId: newOpId() }));
      setChildId(undefined);
      setSearch('');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div>
      <ErrorBar message={error} />
      <div className={styles.row}>
        <Field label="Find a child to link (name or case ID)">
          <Input type="search" value={search} onChange={(_, d) => setSearch(d.value)} />
        </Field>
      </div>
      {!childId && (
        <ul className={styles.list} aria-label="Children found">
          {found.data?.slice(0, 10).map((c) => (
            <li key={c.id}>
              <Link as="button" onClick={() => setChildId(c.id)}>
                {c.name} ({c.caseId})
              </Link>
            </li>
          ))}
        </ul>
      )}
      {child.data && (
        <div>
          <Text weight="semibold">
            {child.data.name} ({child.data.caseId})
          </Text>
          <ul className={styles.list}>
            {child.data.escalations.map((e) => (
              <li key={e.id}>
                {e.stageLabel}, raised {formatDay(e.raisedAt)} ({statusLabel[e.status]}){' '}
                <Button size="small" onClick={() => void link({ escalationId: e.id })}>
                  Link this escalation
                </Button>
              </li>
            ))}
          </ul>
          <div className={styles.row}>
            <Button onClick={() => void link({ childId: child.data!.id })}>Link the child only</Button>
            <Button appearance="subtle" onClick={() => setChildId(undefined)}>
              Choose another child
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}

/** The escalations and children linked to a theme, with a way to add and remove links. */
export function ThemeLinks({ theme, onChange }: { theme: ThemeDetail; onChange: (t: ThemeDetail) => void }) {
  const [error, setError] = useState<string>();
  const unlink = async (linkId: number) => {
    setError(undefined);
    try {
      onChange(await call('themes.unlink', { id: theme.id, linkId, opId: newOpId() }));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section aria-labelledby="theme-links">
      <Title3 as="h2" id="theme-links">
        Linked escalations and children ({theme.linkedEscalations} escalations, {theme.linkedChildren} children)
      </Title3>
      <ErrorBar message={error} />
      {theme.links.length > 0 && (
        <Table size="small" aria-labelledby="theme-links">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Child</TableHeaderCell>
              <TableHeaderCell>Escalation</TableHeaderCell>
              <TableHeaderCell>Linked</TableHeaderCell>
              <TableHeaderCell>Action</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {theme.links.map((l) => (
              <TableRow key={l.linkId}>
                <TableCell>{l.childId ? <Link href={href({ page: 'child', id: l.childId })}>{`${l.childName} (${l.caseId})`}</Link> : '—'}</TableCell>
                <TableCell>
                  {l.escalationId ? <Link href={href({ page: 'escalation', id: l.escalationId })}>{`${l.stageLabel ?? ''} – ${statusLabel[l.status ?? ''] ?? l.status}, raised ${formatDay(l.raisedAt)}`}</Link> : 'The child (no escalation)'}
                </TableCell>
                <TableCell>
                  {formatDay(l.linkedAt)} by {l.linkedBy}
                </TableCell>
                <TableCell>
                  <Button size="small" aria-label={`Remove the link to ${l.childName}`} onClick={() => void unlink(l.linkId)}>
                    Remove
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <AddLink theme={theme} onDone={onChange} />
    </section>
  );
}
