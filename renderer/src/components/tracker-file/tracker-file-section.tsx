import { useState } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { call } from '../../api';
import { useTrackerStatus } from '../use-changes';
import { ErrorBar } from '../error-bar';
import { formatInstant } from '../format';
import { TrackerChooser } from './tracker-chooser';
import { BackupsPanel } from './backups-panel';
import type { CheckResult } from '../../../../shared/api/tracker-file-outputs';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: '8px 0 12px' },
  term: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  path: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  block: { marginTop: '20px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
});

const stateLabel = { open: 'Open', offline: 'Cannot be reached – reconnecting', failed: 'Could not be opened', none: 'None chosen' } as const;

/** Settings → Tracker file: which file this desktop uses, its health, backups, and switching to another. */
export function TrackerFileSection() {
  const styles = useStyles();
  const status = useTrackerStatus();
  const [check, setCheck] = useState<CheckResult>();
  const [failure, setFailure] = useState<string>();
  const [checking, setChecking] = useState(false);
  const [choosing, setChoosing] = useState(false);
  if (!status) return null;

  async function runCheck() {
    setChecking(true);
    setFailure(undefined);
    try {
      setCheck(await call('trackerFile.check', {}));
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setChecking(false);
    }
  }

  return (
    <div>
      <dl className={styles.facts}>
        <dt className={styles.term}>{status.server ? 'Server' : 'File'}</dt>
        <dd style={{ margin: 0 }} className={styles.path}>
          {status.file ?? '—'} {status.isDefault && <Badge appearance="outline">on this computer only</Badge>}
        </dd>
        <dt className={styles.term}>State</dt>
        <dd style={{ margin: 0 }}>{status.readOnlyReason ? `Read-only: ${status.readOnlyReason}` : stateLabel[status.state]}</dd>
        <dt className={styles.term}>Schema version</dt>
        <dd style={{ margin: 0 }}>
          {status.schemaVersion ?? '—'} (this app: {status.appSchemaVersion})
        </dd>
        <dt className={styles.term}>Latest backup</dt>
        <dd style={{ margin: 0 }}>{status.server ? 'Taken on the server by IT (docs/SERVER.md)' : status.lastBackupAt ? formatInstant(status.lastBackupAt) : 'None yet'}</dd>
      </dl>
      <div className={styles.row}>
        <Button onClick={() => void runCheck()} disabled={checking || status.state !== 'open'}>
          {checking ? 'Checking…' : 'Check the tracker'}
        </Button>
        <Button onClick={() => setChoosing((c) => !c)} aria-expanded={choosing}>
          Use another tracker…
        </Button>
      </div>
      <ErrorBar message={failure} />
      {check && (
        <MessageBar intent={check.ok ? 'success' : 'error'} role="status" style={{ marginTop: 8 }} layout="multiline">
          <MessageBarBody>
            {check.ok ? (status.server ? 'The tracker on the server is healthy.' : 'The tracker file is healthy.') : `The tracker file has problems: ${check.verdict}. Restore the latest backup below.`} Journal mode: {check.journalMode}.{' '}
            {check.liveDesktops.length
              ? `Also open now: ${check.liveDesktops.map((d) => `${d.actor} (${d.machine})`).join(', ')}.`
              : 'Nobody else has it open now.'}
          </MessageBarBody>
        </MessageBar>
      )}
      {choosing && (
        <div className={styles.block}>
          <TrackerChooser status={status} headingLevel="h3" />
        </div>
      )}
      {status.state === 'open' && !status.server && (
        <div className={styles.block}>
          <BackupsPanel />
        </div>
      )}
      {status.state === 'open' && status.server && (
        <Text as="p" size={200} className={styles.block}>
          IT: this tracker is kept on a PostgreSQL server. Its backups, upgrades and access are set up as docs/SERVER.md says.
        </Text>
      )}
      {status.state === 'open' && !status.isDefault && !status.server && (
        <Text as="p" size={200} className={styles.block}>
          IT: see docs/SHARED-TRACKER.md for how the folder must be set up (no offline files or sync clients, never delete the -journal file).
        </Text>
      )}
    </div>
  );
}
