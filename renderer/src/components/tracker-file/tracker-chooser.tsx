import { useState, type FormEvent } from 'react';
import { Button, Field, Input, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { call } from '../../api';
import { useLoad } from '../use-load';
import { ErrorBar } from '../error-bar';
import { formatInstant } from '../format';
import { announceStatus } from './feed-poller';
import { ServerForm } from './server-form';
import type { TrackerStatus } from '../../../../shared/api/tracker-file-outputs';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: '16px 32px', marginTop: '8px' },
  box: { display: 'grid', gap: '8px', alignContent: 'start' },
  row: { display: 'flex', gap: '8px', alignItems: 'end' },
  grow: { flexGrow: 1 },
  recent: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '6px' },
  path: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
  hint: { color: tokens.colorNeutralForeground3 },
});

/**
 * Choose the tracker: open an existing file (a shared one on the team's network folder), create a new
 * one in a folder, or use the one kept on this computer. Every failure comes back as a sentence saying
 * what to do (missing, read-only, not a tracker, locked, newer app).
 */
export function TrackerChooser({ status, headingLevel = 'h2' }: { status: TrackerStatus | null; headingLevel?: 'h2' | 'h3' }) {
  const styles = useStyles();
  const [file, setFile] = useState('');
  const [folder, setFolder] = useState('');
  const [name, setName] = useState('escalation-tracker.sqlite');
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const recent = useLoad(() => call('trackerFile.recent', {}), []);
  const canBrowse = status?.canBrowse ?? false;
  const H = headingLevel;

  async function run(action: () => Promise<TrackerStatus>) {
    setBusy(true);
    setFailure(undefined);
    try {
      announceStatus(await action());
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }
  const browse = async (purpose: 'open-tracker' | 'choose-folder', set: (p: string) => void) => {
    const picked = await call('trackerFile.browse', { purpose }).catch(() => ({ path: null }));
    if (picked.path) set(picked.path);
  };
  const open = (e: FormEvent) => {
    e.preventDefault();
    if (!file.trim()) return setFailure('Enter the full path of the tracker file, e.g. \\\\server\\team\\escalations.sqlite.');
    void run(() => call('trackerFile.open', { file: file.trim() }));
  };
  const create = (e: FormEvent) => {
    e.preventDefault();
    if (!folder.trim()) return setFailure('Enter the folder for the new tracker, e.g. the team’s network folder.');
    void run(() => call('trackerFile.create', { folder: folder.trim(), name: name.trim() }));
  };

  return (
    <div>
      <ErrorBar message={failure} title="That tracker could not be opened" />
      <div className={styles.grid}>
        <form className={styles.box} onSubmit={open} aria-labelledby="open-tracker-title">
          <Title3 as={H} id="open-tracker-title">
            Open the team’s tracker
          </Title3>
          <Text className={styles.hint}>The file your team shares on the network folder. Ask whoever set it up for its path.</Text>
          <div className={styles.row}>
            <Field label="Tracker file (full path)" className={styles.grow}>
              <Input value={file} onChange={(_, d) => setFile(d.value)} placeholder="\\server\team\escalations.sqlite" />
            </Field>
            {canBrowse && <Button onClick={() => void browse('open-tracker', setFile)}>Browse…</Button>}
          </div>
          <div>
            <Button appearance="primary" type="submit" disabled={busy}>
              Open tracker
            </Button>
          </div>
        </form>
        <form className={styles.box} onSubmit={create} aria-labelledby="create-tracker-title">
          <Title3 as={H} id="create-tracker-title">
            Create a new tracker in a folder
          </Title3>
          <Text className={styles.hint}>For a team starting out: put it in a network folder everyone in the team can change.</Text>
          <div className={styles.row}>
            <Field label="Folder" className={styles.grow}>
              <Input value={folder} onChange={(_, d) => setFolder(d.value)} placeholder="\\server\team" />
            </Field>
            {canBrowse && <Button onClick={() => void browse('choose-folder', setFolder)}>Browse…</Button>}
          </div>
          <Field label="File name">
            <Input value={name} onChange={(_, d) => setName(d.value)} />
          </Field>
          <div>
            <Button type="submit" disabled={busy}>
              Create tracker
            </Button>
          </div>
        </form>
      </div>
      <div className={styles.grid} style={{ marginTop: 16 }}>
        <ServerForm status={status} headingLevel={H} busy={busy} onOpen={(action) => void run(action)} />
      </div>
      <div className={styles.box} style={{ marginTop: 16 }}>
        <Title3 as={H}>Only on this computer</Title3>
        <Text className={styles.hint}>
          A tracker kept in your own app-data folder ({status?.defaultFile ?? 'your profile'}), for trying the app or working alone. Nobody else sees it.
        </Text>
        <div>
          <Button disabled={busy || (status?.isDefault && status.state === 'open')} onClick={() => void run(() => call('trackerFile.useDefault', {}))}>
            Use the tracker on this computer
          </Button>
        </div>
      </div>
      {(recent.data?.length ?? 0) > 0 && (
        <div className={styles.box} style={{ marginTop: 16 }}>
          <Title3 as={H}>Recent trackers</Title3>
          <ul className={styles.recent} aria-label="Recent trackers">
            {recent.data!.map((r) => (
              <li key={r.file} className={styles.row}>
                <Button size="small" disabled={busy || (status?.file === r.file && status.state === 'open')} onClick={() => void run(() => call('trackerFile.open', { file: r.file }))} aria-label={`Open ${r.file}`}>
                  Open
                </Button>
                <span>
                  <span className={styles.path}>{r.file}</span>
                  <br />
                  <Text size={200} className={styles.hint}>
                    Last opened {formatInstant(r.lastOpenedAt)}
                    {r.reachable ? '' : ' · cannot be reached now'}
                  </Text>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
