import { useState, type FormEvent } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, makeStyles } from '@fluentui/react-components';
import { letterDocuments, letterDocumentTitles, type LetterDocument, type TemplateInfo } from '../../../../shared/api/letters-contract';
import { call, newOpId } from '../../api';
import { useApp } from '../app-context';
import { ErrorBar } from '../error-bar';
import { readAsBase64 } from './file-actions';
import { stageOptions } from '../../../../shared/profile/labels';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '10px', maxWidth: '640px' },
});

/** Upload a .docx template; the app lists its placeholders at once and says which it does not know. */
export function TemplateUpload({ onUploaded }: { onUploaded: () => void }) {
  const styles = useStyles();
  const { profile } = useApp();
  const [file, setFile] = useState<File>();
  const [name, setName] = useState('');
  const [document, setDocument] = useState<LetterDocument>('stage-form');
  const [stageKey, setStageKey] = useState('');
  const [failure, setFailure] = useState<string>();
  const [done, setDone] = useState<TemplateInfo>();
  const [busy, setBusy] = useState(false);
  const uniqueStages = stageOptions(profile, { ladderNames: true });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return setFailure('Choose the Word document (.docx) to upload.');
    setBusy(true);
    setFailure(undefined);
    setDone(undefined);
    try {
      const info = await call('letters.templates.import', { fileName: file.name, base64: await readAsBase64(file), name: name || file.name.replace(/\.docx$/i, ''), document, stageKey: stageKey || null, opId: newOpId() });
      setDone(info);
      onUploaded();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Upload a template">
      <ErrorBar message={failure} title="Not uploaded" />
      {done && (
        <MessageBar intent={done.unknown.length ? 'warning' : 'success'} role="status" layout="multiline">
          <MessageBarBody>
            {done.unknown.length
              ? `Uploaded ${done.fileName}, but it cannot be used until these placeholders are corrected: ${done.unknown.map((u) => `{{${u}}}`).join(', ')}.`
              : `Uploaded ${done.fileName} with ${done.placeholders.length} placeholders.`}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label="Template file (.docx)">
        <input type="file" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" aria-label="Template file (.docx)" onChange={(e) => setFile(e.target.files?.[0])} />
      </Field>
      <Field label="Name" hint="How the template is listed; the file name when left empty.">
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label="Use it for">
        <Select value={document} onChange={(_, d) => setDocument(d.value as LetterDocument)}>
          {letterDocuments.map((k) => (
            <option key={k} value={k}>
              {k === 'custom' ? 'An extra letter (offered beside the built-in ones)' : letterDocumentTitles[k]}
            </option>
          ))}
        </Select>
      </Field>
      {document !== 'custom' && (
        <Field label="Stage">
          <Select value={stageKey} onChange={(_, d) => setStageKey(d.value)}>
            <option value="">Every stage</option>
            {uniqueStages.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          {busy ? 'Uploading…' : 'Upload template'}
        </Button>
      </div>
    </form>
  );
}
