import { useState, type ChangeEvent } from 'react';
import { Badge, Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { ApiFailure, call, newOpId } from '../../api';
import { useLoad } from '../use-load';
import { ErrorBar } from '../error-bar';
import { downloadFile } from '../settings/download';
import { FileField } from '../settings/file-field';
import { parseProfileJson, type ProfileProblem } from '../../../../shared/profile/validate';
import type { ProfileListItem } from '../../../../shared/api/settings-outputs';
import { href, navigate } from '../../router';
import { ProblemList } from './problem-list';

const useStyles = makeStyles({ actions: { display: 'flex', gap: '6px', flexWrap: 'wrap' }, importRow: { margin: '16px 0' } });

/** Built-in and custom profiles: open, use, copy, export; and import a profile file. */
export function ProfileList({ admin }: { admin: boolean }) {
  const styles = useStyles();
  const list = useLoad(() => call('profiles.list', {}), []);
  const [failure, setFailure] = useState<string>();
  const [problems, setProblems] = useState<ProfileProblem[]>([]);

  async function act(fn: () => Promise<unknown>) {
    setFailure(undefined);
    try {
      await fn();
      list.reload();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
  }

  const exportJson = (p: ProfileListItem) =>
    act(async () => {
      const record = await call('profiles.get', { id: p.id });
      downloadFile(`${p.id}.profile.json`, { text: `${JSON.stringify(record.profile, null, 2)}\n` }, 'application/json');
    });

  async function importFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setProblems([]);
    setFailure(undefined);
    const checked = parseProfileJson(await file.text());
    if (!checked.ok) return setProblems(checked.problems);
    try {
      const saved = await call('profiles.save', { profile: checked.profile, basedOn: null, opId: newOpId() });
      navigate({ page: 'profiles', id: saved.id });
    } catch (err) {
      const found = err instanceof ApiFailure ? (err.details?.problems as ProfileProblem[] | undefined) : undefined;
      if (found) setProblems(found);
      else setFailure(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <>
      <ErrorBar message={list.error ?? failure} />
      <Table aria-label="Protocol profiles" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Profile</TableHeaderCell>
            <TableHeaderCell>Authority</TableHeaderCell>
            <TableHeaderCell>Kind</TableHeaderCell>
            <TableHeaderCell>Actions</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(list.data ?? []).map((p) => (
            <TableRow key={p.id}>
              <TableCell>
                <a href={href({ page: 'profiles', id: p.id })}>{p.name}</a> {p.active && <Badge color="success">In use</Badge>}
              </TableCell>
              <TableCell>{p.authority}</TableCell>
              <TableCell>{p.builtin ? 'Built in' : `Custom${p.basedOn ? `, from ${p.basedOn}` : ''}`}</TableCell>
              <TableCell>
                <div className={styles.actions}>
                  {admin && !p.active && (
                    <Button size="small" onClick={() => act(() => call('profiles.activate', { id: p.id, opId: newOpId() }).then(() => window.location.reload()))} aria-label={`Use ${p.name}`}>
                      Use this profile
                    </Button>
                  )}
                  <Button size="small" onClick={() => exportJson(p)} aria-label={`Export ${p.name} as JSON`}>
                    Export JSON
                  </Button>
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {admin && (
        <div className={styles.importRow}>
          <FileField label="Import a profile file (.json)" hint="Checked with the same rules as the command line’s “profile check”; it is added as a custom profile." accept=".json,application/json" onChange={importFile} />
          <ProblemList problems={problems} title="The profile file was not imported" />
        </div>
      )}
    </>
  );
}
