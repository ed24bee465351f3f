import { useState } from 'react';
import { Button, Spinner, makeStyles } from '@fluentui/react-components';
import type { Input } from '../../../../shared/api/contract';
import { call } from '../../api';
import { ErrorBar } from '../error-bar';

const useStyles = makeStyles({ row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' } });

type Request = { report: 'period'; from: string; to: string } | { report: 'annual'; year: number };
type Format = Input<'reports.export'>['format'];

/** Saves the bytes the export channel returns as a file (a download in the browser, a save in Electron). */
function save(fileName: string, mimeType: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportButtons({ request }: { request: Request }) {
  const styles = useStyles();
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<string>();
  const run = async (format: Format) => {
    setBusy(format);
    setError(undefined);
    try {
      const file = await call('reports.export', { ...request, format } as Input<'reports.export'>);
      save(file.fileName, file.mimeType, file.base64);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };
  const labels: [Format, string][] = [
    ['docx', 'Word report'],
    ['xlsx', 'Excel workbook'],
    ['csv', 'CSV for the performance team'],
  ];
  return (
    <div>
      <div className={styles.row} role="group" aria-label="Download the report">
        {labels.map(([format, label]) => (
          <Button key={format} appearance={format === 'docx' ? 'primary' : 'secondary'} disabled={busy !== null} onClick={() => void run(format)}>
            {busy === format ? <Spinner size="tiny" label={`Preparing the ${label}…`} /> : `Download ${label}`}
          </Button>
        ))}
      </div>
      <ErrorBar message={error} title="The report could not be prepared" />
    </div>
  );
}
