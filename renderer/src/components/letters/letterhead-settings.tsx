import { useState, type FormEvent } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, Text, makeStyles } from '@fluentui/react-components';
import type { LetterSettings } from '../../../../shared/api/letters-contract';
import { call, newOpId } from '../../api';
import { useLoad } from '../use-load';
import { ErrorBar } from '../error-bar';
import { readAsBase64 } from './file-actions';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '10px', maxWidth: '640px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
});

/** Settings → Letters: the letterhead (authority name, logo), the protective marking and where letters are saved. */
export function LetterheadSettings() {
  const loaded = useLoad(() => call('letters.settings.get', {}), []);
  // Kept here, not in the form: the form starts afresh from the saved version after a save.
  const [saved, setSaved] = useState(false);
  if (loaded.error) return <ErrorBar message={loaded.error} />;
  if (!loaded.data) return <Spinner size="tiny" label="Loading…" />;
  return (
    <>
      {saved && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>Letter settings saved. New letters use them.</MessageBarBody>
        </MessageBar>
      )}
      <LetterheadForm
        key={loaded.data.version}
        initial={loaded.data}
        onEdit={() => setSaved(false)}
        onSaved={() => {
          setSaved(true);
          loaded.reload();
        }}
      />
    </>
  );
}

function LetterheadForm({ initial, onSaved, onEdit }: { initial: LetterSettings; onSaved: () => void; onEdit: () => void }) {
  const styles = useStyles();
  const [authorityName, setAuthorityName] = useState(initial.authorityName);
  const [protectiveMarking, setMarking] = useState(initial.protectiveMarking);
  const [lettersFolder, setFolder] = useState(initial.lettersFolder);
  const [logo, setLogo] = useState<File | null | undefined>(undefined);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [opId] = useState(newOpId);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      const logoInput = logo === undefined ? undefined : logo === null ? null : { fileName: logo.name, base64: await readAsBase64(logo) };
      await call('letters.settings.save', { authorityName, protectiveMarking, lettersFolder, logo: logoInput, version: initial.version, opId });
      onSaved();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} onChange={onEdit} aria-label="Letterhead">
      <ErrorBar message={failure} title="Not saved" />
      <Field label="Authority name" hint="At the top of the first page of every letter.">
        <Input value={authorityName} onChange={(_, d) => setAuthorityName(d.value)} />
      </Field>
      <Field label="Protective marking" hint="At the top and bottom of every page, e.g. OFFICIAL-SENSITIVE.">
        <Input value={protectiveMarking} onChange={(_, d) => setMarking(d.value)} />
      </Field>
      <Field label="Letters folder" hint={`Leave empty for “Letters” beside the tracker. A relative path is read from the tracker’s folder. Now: ${initial.resolvedLettersFolder}`}>
        <Input value={lettersFolder} onChange={(_, d) => setFolder(d.value)} />
      </Field>
      <Field label="Logo (PNG or JPEG)" hint={logo === null ? 'The logo will be removed when you save.' : logo ? `New logo: ${logo.name}` : initial.logoFileName ? `Current logo: ${initial.logoFileName}` : 'No logo.'}>
        <div className={styles.row}>
          <input type="file" accept=".png,.jpg,.jpeg,image/png,image/jpeg" aria-label="Choose a logo" onChange={(e) => setLogo(e.target.files?.[0] ?? undefined)} />
          {(initial.logoFileName || logo) && (
            <Button size="small" onClick={() => setLogo(null)}>
              Remove logo
            </Button>
          )}
        </div>
      </Field>
      <Text size={200}>The team’s templates and the logo are kept in {initial.templatesFolder}.</Text>
      <div>
        <Button appearance="primary" type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save letter settings'}
        </Button>
      </div>
    </form>
  );
}
