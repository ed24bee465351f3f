import { useState } from 'react';
import { Badge, Button, Checkbox, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { call, newOpId } from '../api';
import { useLoad } from '../components/use-load';
import { ErrorBar } from '../components/error-bar';
import { useMe } from '../components/settings/use-me';
import { PersonDialog } from '../components/settings/person-dialog';
import { jobRoleLabels, type AppRole } from '../../../shared/people/roles';
import type { PersonSummary } from '../../../shared/api/settings-outputs';
import { href } from '../router';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: '16px', alignItems: 'center', margin: '12px 0' },
  muted: { color: tokens.colorNeutralForeground3 },
  wrap: { overflowWrap: 'anywhere' },
  intro: { maxWidth: '80ch' },
});

const shortAppRole: Record<AppRole, string> = { none: 'Letters only', chair: 'Chair', 'qa-manager': 'QA manager', administrator: 'Administrator' };

/** Chairs, managers, the QA manager and the Safeguarding Business Manager: names, roles, teams and emails. */
export function PeoplePage() {
  const styles = useStyles();
  const me = useMe();
  const [leavers, setLeavers] = useState(false);
  const [editing, setEditing] = useState<PersonSummary | null | 'new'>(null);
  const [failure, setFailure] = useState<string>();
  const people = useLoad(() => call('people.list', { includeInactive: leavers }), [leavers]);
  const admin = me.data?.isAdministrator ?? false;

  async function setActive(p: PersonSummary, active: boolean) {
    setFailure(undefined);
    try {
      await call('people.setActive', { id: p.id, version: p.version, active, opId: newOpId() });
      people.reload();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <section aria-labelledby="people-title">
      <p>
        <a href={href({ page: 'settings' })}>Settings</a> › People and roles
      </p>
      <Title2 as="h1" id="people-title">
        People and roles
      </Title2>
      <p className={styles.intro}>
        Everyone who uses the app or receives its letters. The job role decides who a stage’s letter is suggested for; what someone may do in the app is
        set separately. Leavers are marked as left, never deleted, so their name stays on what they did.
        {!admin && ' Only an administrator can change this list.'}
      </p>
      <div className={styles.bar}>
        {admin && (
          <Button appearance="primary" onClick={() => setEditing('new')}>
            Add a person
          </Button>
        )}
        <Checkbox label="Show people who have left" checked={leavers} onChange={(_, d) => setLeavers(d.checked === true)} />
      </div>
      <ErrorBar message={people.error ?? failure} />
      <Text role="status">{people.data ? `${people.data.length} ${people.data.length === 1 ? 'person' : 'people'}` : 'Loading…'}</Text>
      <Table aria-label="People" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Name</TableHeaderCell>
            <TableHeaderCell>Job role</TableHeaderCell>
            <TableHeaderCell>Team</TableHeaderCell>
            <TableHeaderCell style={{ width: '24%' }}>Email</TableHeaderCell>
            <TableHeaderCell style={{ width: 130 }}>In the app</TableHeaderCell>
            <TableHeaderCell style={{ width: 120 }}>Windows user</TableHeaderCell>
            {admin && <TableHeaderCell style={{ width: 210 }}>Actions</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {(people.data ?? []).map((p) => (
            <TableRow key={p.id}>
              <TableCell>
                {p.name} {!p.active && <Badge appearance="outline" color="informative">Left</Badge>}
              </TableCell>
              <TableCell>{jobRoleLabels[p.jobRole] ?? p.jobRole}</TableCell>
              <TableCell>{p.team || <span className={styles.muted}>—</span>}</TableCell>
              <TableCell className={styles.wrap}>{p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : <span className={styles.muted}>—</span>}</TableCell>
              <TableCell>{shortAppRole[p.appRole]}</TableCell>
              <TableCell>{p.osUser || <span className={styles.muted}>not linked</span>}</TableCell>
              {admin && (
                <TableCell>
                  <Button size="small" onClick={() => setEditing(p)} aria-label={`Change ${p.name}`}>
                    Change
                  </Button>{' '}
                  <Button size="small" onClick={() => setActive(p, !p.active)} aria-label={p.active ? `Mark ${p.name} as left` : `Bring ${p.name} back`}>
                    {p.active ? 'Mark as left' : 'Bring back'}
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <PersonDialog
        open={editing !== null}
        person={editing === 'new' || editing === null ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          people.reload();
        }}
      />
    </section>
  );
}
