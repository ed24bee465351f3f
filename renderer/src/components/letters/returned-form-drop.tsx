import { useState, type DragEvent } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { ReturnedFormReport } from '../../../../shared/api/returned-forms-contract';
import type { EscalationDetail } from '../../../../shared/api/outputs';
import { call } from '../../api';
import { ErrorBar } from '../error-bar';
import { readAsBase64 } from './file-actions';
import { ReturnedFormConfirm } from './returned-form-confirm';

const useStyles = makeStyles({
  zone: {
    borderTopStyle: 'dashed', borderBottomStyle: 'dashed', borderLeftStyle: 'dashed', borderRightStyle: 'dashed',
    borderTopWidth: '2px', borderBottomWidth: '2px', borderLeftWidth: '2px', borderRightWidth: '2px',
    borderTopColor: tokens.colorNeutralStroke1, borderBottomColor: tokens.colorNeutralStroke1, borderLeftColor: tokens.colorNeutralStroke1, borderRightColor: tokens.colorNeutralStroke1,
    borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', display: 'grid', gap: '8px',
  },
  over: { borderTopColor: tokens.colorBrandStroke1, borderBottomColor: tokens.colorBrandStroke1, borderLeftColor: tokens.colorBrandStroke1, borderRightColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorBrandBackground2 },
});

/**
 * Where the manager's returned form is dropped (or chosen): the .docx, or the .eml / Outlook .msg it came
 * back in. The app reads it and shows what it says for the chair to confirm or correct before recording.
 */
export function ReturnedFormDrop({ detail, onRecorded }: { detail: EscalationDetail; onRecorded: (d: EscalationDetail, report: ReturnedFormReport) => void }) {
  const styles = useStyles();
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [read, setRead] = useState<{ file: { name: string; base64: string }; reports: ReturnedFormReport[] }>();
  const [recorded, setRecorded] = useState<ReturnedFormReport>();

  async function take(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setFailure(undefined);
    setRead(undefined);
    setRecorded(undefined);
    try {
      const base64 = await readAsBase64(file);
      const r = await call('letters.returned.read', { fileName: file.name, base64, escalationId: detail.row.id });
      setRead({ file: { name: file.name, base64 }, reports: r.reports });
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  function drop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  }

  const usable = read?.reports.filter((r) => r.problems.length === 0) ?? [];
  const refused = read?.reports.filter((r) => r.problems.length > 0) ?? [];
  return (
    <div className={`${styles.zone} ${over ? styles.over : ''}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}>
      <label htmlFor="returned-form-file">
        <strong>The manager’s reply:</strong> drop the returned form here (.docx, or the .eml or Outlook .msg it came in), or choose it:
      </label>
      <input id="returned-form-file" type="file" accept=".docx,.eml,.msg" onChange={(e) => void take(e.target.files?.[0])} />
      {busy && <Spinner size="tiny" label="Reading the form…" />}
      <ErrorBar message={failure} title="The file could not be read" />
      {refused.map((r) => (
        <MessageBar key={r.file} intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Nothing recorded from {r.file}</MessageBarTitle>
            {r.problems.join(' ')}
          </MessageBarBody>
        </MessageBar>
      ))}
      {recorded && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>Response recorded</MessageBarTitle>
            {`${recorded.fields.respondent}’s response to the ${recorded.stageTitle} form is recorded${recorded.savedAs ? `; the returned form is kept as ${recorded.savedAs}` : ''}.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {read && usable.length === 1 && !recorded && (
        <ReturnedFormConfirm
          detail={detail}
          file={read.file}
          report={usable[0]!}
          onCancel={() => setRead(undefined)}
          onRecorded={(d, report) => {
            setRecorded(report);
            setRead(undefined);
            onRecorded(d, report);
          }}
        />
      )}
      {read && usable.length > 1 && <p>This file holds more than one form: save each Word document from the email and drop them one at a time.</p>}
    </div>
  );
}
