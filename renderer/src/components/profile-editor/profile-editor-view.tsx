import { useMemo, useState } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Title2, makeStyles } from '@fluentui/react-components';
import { ApiFailure, call, newOpId } from '../../api';
import { ErrorBar } from '../error-bar';
import { downloadFile } from '../settings/download';
import { validateProfile, type ProfileProblem } from '../../../../shared/profile/validate';
import type { ProfileRecord } from '../../../../shared/api/settings-outputs';
import type { Profile } from '../../../../shared/profile/schema';
import { problemIndex, setIn, type DraftApi } from './draft';
import { ProfileForm } from './profile-form';
import { ProblemList } from './problem-list';

const useStyles = makeStyles({ bar: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center', margin: '12px 0' } });

/** One profile: read-only for built-ins (copy to change), editable for custom ones by administrators. */
export function ProfileEditorView({ record, admin, onSaved, onCopy }: { record: ProfileRecord; admin: boolean; onSaved: (r: ProfileRecord) => void; onCopy: (p: Profile) => void }) {
  const styles = useStyles();
  const [draft, setDraft] = useState<Profile>(record.profile);
  const [serverProblems, setServerProblems] = useState<ProfileProblem[]>([]);
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [saving, setSaving] = useState(false);
  const readOnly = record.builtin || !admin;
  const changed = JSON.stringify(draft) !== JSON.stringify(record.profile);
  // The same checks as the CLI and the server, as you type.
  const live = useMemo(() => {
    const checked = validateProfile(draft);
    return checked.ok ? [] : checked.problems;
  }, [draft]);
  const problems = useMemo(() => {
    const seen = new Set(live.map((p) => `${p.path}|${p.message}`));
    return [...live, ...serverProblems.filter((p) => !seen.has(`${p.path}|${p.message}`))];
  }, [live, serverProblems]);
  const api: DraftApi = {
    draft,
    readOnly,
    set: (path, value) => {
      setDraft((d) => setIn(d, path, value));
      setServerProblems([]);
      setSaved(undefined);
    },
    problem: problemIndex(problems),
  };

  async function run(fn: () => Promise<void>) {
    setFailure(undefined);
    setSaved(undefined);
    setSaving(true);
    try {
      await fn();
    } catch (err) {
      const found = err instanceof ApiFailure ? (err.details?.problems as ProfileProblem[] | undefined) : undefined;
      if (found) setServerProblems(found);
      else setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  }

  const save = () =>
    run(async () => {
      const next = await call('profiles.save', { profile: draft, version: record.version ?? undefined, opId: newOpId() });
      onSaved(next);
      setDraft(next.profile);
      setSaved(`Saved at ${new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}. Escalations already under way keep the due dates of the stages they are at.`);
    });

  return (
    <section aria-labelledby="profile-title">
      <Title2 as="h1" id="profile-title">
        {record.name}
      </Title2>{' '}
      <Badge appearance="outline">{record.builtin ? 'Built in' : 'Custom'}</Badge> {record.active && <Badge color="success">In use</Badge>}
      <p>{record.authority}</p>
      {record.builtin && <MessageBar intent="info"><MessageBarBody>Built-in profiles reproduce a published procedure and cannot be changed. Make a copy to adjust it for your team.</MessageBarBody></MessageBar>}
      <div className={styles.bar}>
        {!readOnly && (
          <Button appearance="primary" disabled={!changed || saving} onClick={save}>
            {saving ? 'Saving…' : 'Save changes'}
          </Button>
        )}
        {!readOnly && changed && <Button onClick={() => (setDraft(record.profile), setServerProblems([]))}>Discard changes</Button>}
        {admin && <Button onClick={() => onCopy(draft)}>Make a copy</Button>}
        {admin && !record.active && (
          <Button disabled={changed} onClick={() => run(async () => (await call('profiles.activate', { id: record.id, opId: newOpId() }), window.location.reload()))}>
            Use this profile for the tracker
          </Button>
        )}
        <Button onClick={() => downloadFile(`${draft.id}.profile.json`, { text: `${JSON.stringify(draft, null, 2)}\n` }, 'application/json')}>Export JSON</Button>
      </div>
      <ErrorBar message={failure} title="Not saved" />
      {saved && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{saved}</MessageBarBody>
        </MessageBar>
      )}
      <ProblemList problems={problems} title={readOnly ? 'This profile has problems' : 'Fix these before saving'} />
      <ProfileForm api={api} />
    </section>
  );
}
