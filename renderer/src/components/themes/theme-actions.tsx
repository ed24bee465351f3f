import { useState } from 'react';
import { Button, Field, Select, Textarea, makeStyles } from '@fluentui/react-components';
import type { ThemeDetail, ThemeStatus } from '../../../../shared/api/reports-outputs';
import { call, newOpId } from '../../api';
import { ErrorBar } from '../error-bar';
import { themeStatusLabel, themeStatuses } from './theme-status';

const useStyles = makeStyles({ form: { display: 'grid', gap: '8px', maxWidth: '760px' }, row: { display: 'flex', gap: '8px' } });

type Action = 'evidence' | 'note' | 'status';

/** Add evidence, add a note, or change the status (escalate to senior managers, monitor, close). */
export function ThemeAction({ theme, action, onDone, onCancel }: { theme: ThemeDetail; action: Action; onDone: (t: ThemeDetail) => void; onCancel: () => void }) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<ThemeStatus>(theme.status === 'open' ? 'escalated' : 'open');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const t =
        action === 'status'
          ? await call('themes.setStatus', { id: theme.id, version: theme.version, status, note: text, opId: newOpId() })
          : await call('themes.addNote', { id: theme.id, kind: action, text, opId: newOpId() });
      onDone(t);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const label = action === 'evidence' ? 'Evidence to add' : action === 'note' ? 'Note' : 'Why, and (when escalating) to whom and when';
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ErrorBar message={error} />
      {action === 'status' && (
        <Field label="New status">
          <Select value={status} onChange={(_, d) => setStatus(d.value as ThemeStatus)}>
            {themeStatuses
              .filter((s) => s !== theme.status)
              .map((s) => (
                <option key={s} value={s}>
                  {themeStatusLabel[s]}
                </option>
              ))}
          </Select>
        </Field>
      )}
      <Field label={label} required>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={3} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {action === 'status' ? 'Change status' : action === 'evidence' ? 'Add evidence' : 'Add note'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
