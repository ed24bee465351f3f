import { useState } from 'react';
import { Button, Link, makeStyles } from '@fluentui/react-components';
import { call } from '../../api';
import { ErrorBar } from '../error-bar';
import { href } from '../../router';
import { downloadFile } from './download';

const useStyles = makeStyles({ links: { display: 'flex', gap: '24px', alignItems: 'center', flexWrap: 'wrap' } });

/** Settings › Import, export and audit. */
export function DataSection() {
  const styles = useStyles();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function exportAll() {
    setFailure(undefined);
    setBusy(true);
    try {
      const r = await call('export.xlsx', {});
      if (r.base64) downloadFile(r.fileName, { base64: r.base64 }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div>
      <p>Bring in the old spreadsheet tracker, keep a copy of everything for the authority’s records, and see who changed what.</p>
      <ErrorBar message={failure} />
      <div className={styles.links}>
        <Link href={href({ page: 'import' })}>Import from a spreadsheet</Link>
        <Button onClick={exportAll} disabled={busy}>
          {busy ? 'Exporting…' : 'Export the whole tracker (.xlsx)'}
        </Button>
        <Link href={href({ page: 'audit' })}>Audit log</Link>
      </div>
    </div>
  );
}
