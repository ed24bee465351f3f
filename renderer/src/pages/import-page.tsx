import { useEffect, useState, type ChangeEvent } from 'react';
import { Button, Field, Input, ProgressBar, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Title2, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { call, newOpId } from '../api';
import { ErrorBar } from '../components/error-bar';
import { useMe } from '../components/settings/use-me';
import { readFileAsBase64 } from '../components/settings/download';
import { FileField } from '../components/settings/file-field';
import { ImportMappingForm, type Defaults } from '../components/settings/import-mapping';
import { ImportReportView } from '../components/settings/import-report-view';
import type { ImportInspection, ImportJob, ImportReport } from '../../../shared/api/settings-outputs';
import type { ImportMapping } from '../../../shared/import/fields';
import { href } from '../router';

const useStyles = makeStyles({
  step: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, padding: '12px 0 16px' },
  row: { display: 'flex', gap: '16px', alignItems: 'flex-end', flexWrap: 'wrap' },
  preview: { overflowX: 'auto', maxWidth: '100%' },
  intro: { maxWidth: '80ch' },
});

type Source = { kind: 'upload'; name: string; base64: string };

/** Base64 makes the bytes a third larger, and the whole call must stay under the host's 5 MB. */
const MAX_UPLOAD = 3_500_000;

/** Import from the old spreadsheet: choose the file, map the columns, dry run, then import with progress. */
export function ImportPage() {
  const styles = useStyles();
  const me = useMe();
  const [source, setSource] = useState<Source>();
  const [inspection, setInspection] = useState<ImportInspection>();
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [defaults, setDefaults] = useState<Defaults>({ cohort: null, categoryKey: null });
  const [report, setReport] = useState<ImportReport>();
  const [job, setJob] = useState<ImportJob>();
  const [busy, setBusy] = useState<string>();
  const [failure, setFailure] = useState<string>();

  async function step<T>(label: string, fn: () => Promise<T>): Promise<T | undefined> {
    setBusy(label);
    setFailure(undefined);
    try {
      return await fn();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
      return undefined;
    } finally {
      setBusy(undefined);
    }
  }

  async function inspect(src: Source, sheet?: string, headerRow?: number) {
    const found = await step('Reading the file…', () => call('import.inspect', { source: src, sheet, headerRow }));
    if (!found) return;
    setInspection(found);
    setMapping(found.mapping);
    setDefaults(found.defaults);
    setReport(undefined);
    setJob(undefined);
  }

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    // The file travels inside the API call; the app's host accepts calls of up to 5 MB.
    if (file.size > MAX_UPLOAD) {
      setFailure(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB, too large to read here (at most ${MAX_UPLOAD / 1e6} MB). Save it as .csv, which is smaller, or ask IT to run the import from the command line.`);
      return;
    }
    const src: Source = { kind: 'upload', name: file.name, base64: await readFileAsBase64(file) };
    setSource(src);
    await inspect(src);
  }

  const request = () => ({ source: source!, sheet: inspection!.sheet, headerRow: inspection!.headerRow, mapping, defaults });
  const dryRun = async () => setReport(await step('Checking every row…', () => call('import.dryRun', request())));
  const start = async () => setJob(await step('Starting the import…', () => call('import.start', { ...request(), opId: newOpId() })));

  // Poll the running import for the progress bar.
  const jobId = job?.state === 'running' ? job.jobId : undefined;
  useEffect(() => {
    if (!jobId) return;
    const timer = setInterval(() => {
      call('import.status', { jobId }).then(setJob, (err: unknown) => setFailure(err instanceof Error ? err.message : String(err)));
    }, 400);
    return () => clearInterval(timer);
  }, [jobId]);

  const admin = me.data?.isAdministrator ?? false;
  return (
    <section aria-labelledby="import-title">
      <p>
        <a href={href({ page: 'settings' })}>Settings</a> › Import from a spreadsheet
      </p>
      <Title2 as="h1" id="import-title">
        Import from the old spreadsheet tracker
      </Title2>
      <p className={styles.intro}>
        Each row becomes one escalation, raised on its original date through the same rules as the app, so due dates are the ones the procedure gave at
        the time. Every row is reported: imported, or why not. Importing the same file again adds nothing twice (a row is known by its case ID, date raised
        and stage). {!admin && 'Anyone can check a file; only an administrator can import it.'}
      </p>
      <ErrorBar message={failure} title="That did not work" />
      <div className={styles.step}>
        <Title3 as="h2">1. Choose the file</Title3>
        <FileField label="Spreadsheet file (.xlsx or .csv)" hint="Older .xls files: open them in Excel and save as .xlsx first." accept=".xlsx,.xlsm,.csv" onChange={choose} />
      </div>
      {busy && <Spinner size="small" label={busy} />}
      {inspection && source && (
        <>
          <div className={styles.step}>
            <Title3 as="h2">2. Where is the table?</Title3>
            <div className={styles.row}>
              <Field label="Sheet">
                <Select value={inspection.sheet} onChange={(_, d) => inspect(source, d.value)}>
                  {inspection.sheets.map((s) => (
                    <option key={s.name} value={s.name}>
                      {s.name} ({s.rowCount} rows)
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Row with the column names" hint="Found automatically; titles above it are skipped.">
                <Input type="number" min={1} value={String(inspection.headerRow)} onChange={(_, d) => Number(d.value) >= 1 && inspect(source, inspection.sheet, Number(d.value))} />
              </Field>
            </div>
            <div className={styles.preview}>
              <Table aria-label="First rows of the sheet" size="extra-small">
                <TableHeader>
                  <TableRow>
                    {inspection.headers.map((h) => (
                      <TableHeaderCell key={h}>{h}</TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {inspection.sample.map((r, i) => (
                    <TableRow key={i}>
                      {r.map((v, j) => (
                        <TableCell key={j}>{v}</TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </div>
          <div className={styles.step}>
            <Title3 as="h2">3. Match the columns</Title3>
            <p>{inspection.mappingSource === 'remembered' ? 'The columns are matched as at the last import.' : 'The columns were matched from their names: check them.'}</p>
            <ImportMappingForm inspection={inspection} mapping={mapping} defaults={defaults} onMapping={(m) => (setMapping(m), setReport(undefined))} onDefaults={(d) => (setDefaults(d), setReport(undefined))} />
            <Button appearance="primary" onClick={dryRun} disabled={!!busy || job?.state === 'running'}>
              Check every row (dry run)
            </Button>
          </div>
        </>
      )}
      {report && !job && (
        <div className={styles.step}>
          <Title3 as="h2">4. Check, then import</Title3>
          <ImportReportView report={report} />
          {admin && (
            <Button appearance="primary" style={{ marginTop: 12 }} disabled={report.counts.accepted === 0 || !!busy} onClick={start}>
              Import {report.counts.accepted} escalation{report.counts.accepted === 1 ? '' : 's'}
            </Button>
          )}
        </div>
      )}
      {job && (
        <div className={styles.step}>
          <Title3 as="h2">{job.state === 'running' ? 'Importing…' : job.state === 'done' ? 'Import finished' : 'Import stopped'}</Title3>
          <Field label={`${job.processed} of ${job.total} escalations written`} validationMessage={job.error ?? undefined}>
            <ProgressBar value={job.total ? job.processed / job.total : 1} thickness="large" aria-valuetext={`${job.processed} of ${job.total}`} />
          </Field>
          {job.report && <ImportReportView report={job.report} />}
        </div>
      )}
    </section>
  );
}
