import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
} from '@fluentui/react-components';
import { call } from '../../api';
import { useLoad } from '../use-load';
import { ErrorBar } from '../error-bar';
import { formatInstant } from '../format';
import { pollNow } from './feed-poller';
import type { BackupEntry } from '../../../../shared/api/tracker-file-outputs';

const kindLabel: Record<BackupEntry['kind'], string> = { daily: 'Automatic (daily)', manual: 'Backed up by hand', 'before-restore': 'Saved before a restore' };

/** A restore to a new file switches tracker, which starts the app afresh: its sentence must survive that. */
let carried: string | undefined;

/** Backups beside the tracker: back up now, and restore one without overwriting a file others are using. */
export function BackupsPanel() {
  const list = useLoad(() => call('backups.list', {}), []);
  const [message, setMessage] = useState<string | undefined>(() => {
    const m = carried;
    carried = undefined;
    return m;
  });
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<BackupEntry>();
  const [mode, setMode] = useState<'new-file' | 'replace'>('new-file');

  async function act(fn: () => Promise<string>) {
    setBusy(true);
    setFailure(undefined);
    setMessage(undefined);
    try {
      setMessage(await fn());
      list.reload();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <Title3 as="h3" block>
        Backups
      </Title3>
      <Text as="p" block>
        A copy is taken automatically once a day by one of the team’s desktops (7 daily and 4 weekly copies are kept) in{' '}
        <Text font="monospace">{list.data?.folder ?? 'the backups folder beside the tracker'}</Text>.
      </Text>
      {message && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar message={failure ?? list.error} title={failure ? 'Not done' : undefined} />
      <Button disabled={busy} onClick={() => void act(async () => `Backed up to ${(await call('backups.make', {})).file}.`)}>
        Back up now
      </Button>
      {list.data && list.data.backups.length > 0 && (
        <Table aria-label="Backups" size="small" style={{ marginTop: 8, maxWidth: 900 }}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Taken</TableHeaderCell>
              <TableHeaderCell>Kind</TableHeaderCell>
              <TableHeaderCell>Size</TableHeaderCell>
              <TableHeaderCell>File</TableHeaderCell>
              <TableHeaderCell>Restore</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.data.backups.map((b) => (
              <TableRow key={b.file}>
                <TableCell>{formatInstant(b.at)}</TableCell>
                <TableCell>{kindLabel[b.kind]}</TableCell>
                <TableCell>{Math.max(1, Math.round(b.bytes / 1024))} KB</TableCell>
                <TableCell>{b.name}</TableCell>
                <TableCell>
                  <Button size="small" disabled={busy} onClick={() => setRestoring(b)} aria-label={`Restore the backup taken ${formatInstant(b.at)}`}>
                    Restore…
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog open={Boolean(restoring)} onOpenChange={(_, d) => !d.open && setRestoring(undefined)}>
        <DialogSurface aria-describedby="restore-description">
          <DialogBody>
            <DialogTitle>Restore the backup taken {formatInstant(restoring?.at)}</DialogTitle>
            <DialogContent id="restore-description">
              <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as typeof mode)} aria-label="How to restore">
                <Radio value="new-file" label="Restore to a new tracker file beside this one and switch to it. Safe while others are working; they must then open the new file." />
                <Radio value="replace" label="Replace this tracker with the backup. Only possible when nobody else has the tracker open; what it holds now is saved as a backup first." />
              </RadioGroup>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                disabled={busy}
                onClick={() => {
                  const b = restoring!;
                  setRestoring(undefined);
                  void act(async () => {
                    const r = await call('backups.restore', { backup: b.name, mode });
                    carried = r.message;
                    await pollNow();
                    return r.message;
                  });
                }}
              >
                Restore
              </Button>
              <Button onClick={() => setRestoring(undefined)}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
