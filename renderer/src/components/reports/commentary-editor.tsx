import { useState } from 'react';
import type { ReportCommentary } from '../../../../shared/api/reports-outputs';
import { Button, Field, MessageBar, MessageBarBody, Textarea, makeStyles } from '@fluentui/react-components';
import { call, newOpId } from '../../api';
import { useLoad } from '../use-load';
import { ErrorBar } from '../error-bar';

const useStyles = makeStyles({ root: { display: 'grid', gap: '8px', maxWidth: '60rem', margin: '8px 0 16px' }, actions: { display: 'flex', gap: '8px', alignItems: 'center' } });

/**
 * The QA manager's commentary for the period, written here before the Word report is exported (the report
 * prints it after the key messages). Stored per period; a colleague's save in between is reported, not lost.
 */
export function CommentaryEditor({ from, to }: { from: string; to: string }) {
  const loaded = useLoad(() => call('reports.commentary', { from, to }), [from, to]);
  if (!loaded.data) return <ErrorBar message={loaded.error} />;
  // Keyed by period: another period's text is never edited under this one's name.
  return <CommentaryForm key={`${from}:${to}`} stored={loaded.data} />;
}

function CommentaryForm({ stored }: { stored: ReportCommentary }) {
  const styles = useStyles();
  const { from, to } = stored;
  const [text, setText] = useState(stored.text);
  const [version, setVersion] = useState(stored.version);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    setError(undefined);
    setSaved(undefined);
    try {
      const r = await call('reports.commentary.save', { from, to, text, version, opId: newOpId() });
      setVersion(r.version);
      setSaved('Commentary saved. It is printed in the Word report.');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className={styles.root}>
      <ErrorBar message={error} />
      <Field label="Commentary for the Word report" hint="What the figures mean, for the Performance & QA meeting. Saved for this period only.">
        <Textarea value={text} onChange={(_e, d) => setText(d.value)} resize="vertical" rows={5} maxLength={20000} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void save()} disabled={saving}>
          {saving ? 'Saving…' : 'Save commentary'}
        </Button>
      </div>
      {saved && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{saved}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
