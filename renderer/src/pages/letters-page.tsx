import { useState } from 'react';
import { Button, Checkbox, Field, ProgressBar, Radio, RadioGroup, Select, Spinner, Text, Title2, makeStyles } from '@fluentui/react-components';
import { letterDocumentTitles, type BatchItemResult, type LetterDocument } from '../../../shared/api/letters-contract';
import { call, newOpId } from '../api';
import { useApp } from '../components/app-context';
import { useLoad } from '../components/use-load';
import { ErrorBar } from '../components/error-bar';
import { BatchResults } from '../components/letters/batch-results';
import { stageOptions } from '../../../shared/profile/labels';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '12px', maxWidth: '760px' },
  list: { display: 'grid', gap: '2px', maxHeight: '320px', overflowY: 'auto', border: '1px solid #ccc', padding: '8px' },
});

/** Escalations per call: small enough that the progress bar moves, large enough to be quick. */
const CHUNK = 5;
const batchDocuments: LetterDocument[] = ['stage-form', 'informal', 'meeting-statement', 'resolution', 'cafcass'];

/**
 * Letters for several escalations at once: those linked to a themed concern, or the open escalations at a
 * stage. Each escalation gets its current stage's letter; one that does not fit is reported, not fatal.
 */
export function LettersPage() {
  const styles = useStyles();
  const { profile } = useApp();
  const [source, setSource] = useState<'theme' | 'stage'>('stage');
  const [themeId, setThemeId] = useState('');
  const [stage, setStage] = useState('');
  const [document, setDocument] = useState<LetterDocument>('stage-form');
  const [emailDraft, setEmailDraft] = useState(false);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [results, setResults] = useState<BatchItemResult[]>([]);
  const [failure, setFailure] = useState<string>();
  const themes = useLoad(() => call('letters.themes', {}), []);
  const open = useLoad(() => call('escalations.list', { status: 'open', stage, limit: 500, sort: 'child' }), [stage]);
  const theme = themes.data?.find((t) => t.id === themeId);
  const candidates = source === 'theme' ? (open.data?.rows ?? []).filter((r) => theme?.escalationIds.includes(r.id)) : (open.data?.rows ?? []);
  const chosen = candidates.filter((r) => !excluded.has(r.id));
  const stages = stageOptions(profile).map((s) => [s.key, s.label] as const);
  const running = progress !== undefined && progress.done < progress.total;

  async function run() {
    setFailure(undefined);
    setResults([]);
    const ids = chosen.map((r) => r.id);
    setProgress({ done: 0, total: ids.length });
    const opId = newOpId();
    try {
      for (let i = 0; i < ids.length; i += CHUNK) {
        const { results: part } = await call('letters.batch', { escalationIds: ids.slice(i, i + CHUNK), document, emailDraft, opId });
        setResults((all) => [...all, ...part]);
        setProgress({ done: Math.min(ids.length, i + CHUNK), total: ids.length });
      }
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
      setProgress(undefined);
    }
  }

  return (
    <section aria-labelledby="letters-page-title" className={styles.form}>
      <Title2 as="h1" id="letters-page-title">
        Letters for several escalations
      </Title2>
      <ErrorBar message={failure ?? themes.error ?? open.error} />
      <Field label="Which escalations">
        <RadioGroup value={source} onChange={(_, d) => setSource(d.value as 'theme' | 'stage')} layout="horizontal">
          <Radio value="stage" label="Open escalations at a stage" />
          <Radio value="theme" label="Linked to a themed concern" />
        </RadioGroup>
      </Field>
      {source === 'theme' ? (
        <Field label="Themed concern" hint={themes.data?.length === 0 ? 'No themed concerns yet.' : undefined}>
          <Select value={themeId} onChange={(_, d) => setThemeId(d.value)}>
            <option value="">Choose…</option>
            {themes.data?.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title} ({t.escalationIds.length})
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Field label="Stage">
          <Select value={stage} onChange={(_, d) => setStage(d.value)}>
            <option value="">Any stage</option>
            {stages.map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <fieldset className={styles.list} aria-label="Escalations to write to">
        <legend>
          {chosen.length} of {candidates.length} chosen
        </legend>
        {open.loading && !open.data && <Spinner size="tiny" label="Loading escalations…" />}
        {candidates.map((r) => (
          <Checkbox
            key={r.id}
            label={`${r.childName} (${r.caseId}) – ${r.stageLabel}`}
            checked={!excluded.has(r.id)}
            onChange={(_, d) => setExcluded((s) => { const n = new Set(s); if (d.checked) n.delete(r.id); else n.add(r.id); return n; })}
          />
        ))}
        {candidates.length === 0 && !open.loading && <Text>No open escalations match.</Text>}
      </fieldset>
      <Field label="Letter for each escalation’s current stage">
        <Select value={document} onChange={(_, d) => setDocument(d.value as LetterDocument)}>
          {batchDocuments.map((k) => (
            <option key={k} value={k}>
              {letterDocumentTitles[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox label="Also write an email draft for each" checked={emailDraft} onChange={(_, d) => setEmailDraft(d.checked === true)} />
      <div>
        <Button appearance="primary" disabled={running || chosen.length === 0} onClick={() => void run()}>
          Create {chosen.length} letter{chosen.length === 1 ? '' : 's'}
        </Button>
      </div>
      {progress && (
        <Field label={`Letters made: ${progress.done} of ${progress.total}`} validationState="none">
          <ProgressBar value={progress.total ? progress.done / progress.total : 1} aria-label={`Letters made: ${progress.done} of ${progress.total}`} />
        </Field>
      )}
      {results.length > 0 && <BatchResults results={results} onError={setFailure} />}
    </section>
  );
}
