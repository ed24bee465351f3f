import { useState, type FormEvent } from 'react';
import { DateInput } from '../forms/date-input';
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { ReturnedFormReport } from '../../../../shared/api/returned-forms-contract';
import type { EscalationDetail } from '../../../../shared/api/outputs';
import { call, newOpId } from '../../api';
import { useApp } from '../app-context';
import { ErrorBar } from '../error-bar';
import { formatDate } from '../format';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: '16px', '@media (max-width: 800px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  form: { display: 'grid', gap: '10px' },
  said: { backgroundColor: tokens.colorNeutralBackground3, padding: '8px 12px', borderRadius: tokens.borderRadiusMedium, whiteSpace: 'pre-wrap', margin: 0 },
  dl: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', gap: '4px 12px', margin: 0 },
  buttons: { display: 'flex', gap: '8px' },
});

/**
 * The confirmation view: what the returned form says (right) beside the answers to record (left, prefilled
 * from the form, each one correctable). Nothing is recorded until the chair presses "Record the response".
 */
export function ReturnedFormConfirm({ detail, file, report, onCancel, onRecorded }: { detail: EscalationDetail; file: { name: string; base64: string }; report: ReturnedFormReport; onCancel: () => void; onRecorded: (d: EscalationDetail, r: ReturnedFormReport) => void }) {
  const styles = useStyles();
  const { profile } = useApp();
  const f = report.fields;
  const [what, setWhat] = useState(f.what);
  const [who, setWho] = useState(f.who);
  const [byWhen, setByWhen] = useState(f.byWhen ?? '');
  const [date, setDate] = useState(f.date ?? '');
  const [respondent, setRespondent] = useState(f.respondent);
  const [outcomes, setOutcomes] = useState<string[]>(f.outcomeKeys);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const labelOf = (k: string) => profile.outcomes.find((o) => o.key === k)?.label ?? k;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      const r = await call('letters.returned.record', { fileName: file.name, base64: file.base64, escalationId: detail.row.id, fields: { what, who, byWhen: byWhen || null, outcomeKeys: outcomes, date, respondent }, version: detail.version, opId: newOpId() });
      onRecorded(r.detail, r.report);
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="returned-confirm-title">
      <h3 id="returned-confirm-title">Check the manager’s response – {report.stageTitle}</h3>
      {report.warnings.map((w) => (
        <MessageBar key={w} intent="warning" layout="multiline">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}
      {report.missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{`Fill in before recording: ${report.missing.join(' ')}`}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.grid}>
        <form className={styles.form} onSubmit={submit} aria-label="Response to record">
          <ErrorBar message={failure} title="Not recorded" />
          <Field label="What are you doing/have done" required>
            <Textarea value={what} onChange={(_, d) => setWhat(d.value)} rows={4} resize="vertical" />
          </Field>
          <Field label="Who">
            <Input value={who} onChange={(_, d) => setWho(d.value)} />
          </Field>
          <Field label="By when">
            <DateInput value={byWhen} onChange={(v) => setByWhen(v)} />
          </Field>
          <fieldset>
            <legend>Expected outcome for the child</legend>
            {profile.outcomes.map((o) => (
              <Checkbox key={o.key} label={o.label} checked={outcomes.includes(o.key)} onChange={(_, d) => setOutcomes((cur) => (d.checked ? [...cur, o.key] : cur.filter((k) => k !== o.key)))} />
            ))}
          </fieldset>
          <Field label="Date of the response" required>
            <DateInput value={date} onChange={(v) => setDate(v)} />
          </Field>
          <Field label="Response from (name, role)" required>
            <Input value={respondent} onChange={(_, d) => setRespondent(d.value)} />
          </Field>
          <div className={styles.buttons}>
            <Button appearance="primary" type="submit" disabled={busy}>
              Record the response
            </Button>
            <Button type="button" onClick={onCancel}>
              Cancel
            </Button>
          </div>
        </form>
        <div aria-labelledby="returned-said-title">
          <h4 id="returned-said-title">What the form says ({report.file})</h4>
          <dl className={styles.dl}>
            <dt>What</dt>
            <dd className={styles.said}>{f.what || '(blank)'}</dd>
            <dt>Who</dt>
            <dd className={styles.said}>{f.who || '(blank)'}</dd>
            <dt>By when</dt>
            <dd className={styles.said}>{f.byWhen ? formatDate(f.byWhen) : '(blank)'}</dd>
            <dt>Outcome</dt>
            <dd className={styles.said}>{f.outcomeKeys.map(labelOf).join('\n') || '(none ticked)'}</dd>
            <dt>Date</dt>
            <dd className={styles.said}>{f.date ? formatDate(f.date) : '(blank)'}</dd>
            <dt>From</dt>
            <dd className={styles.said}>{f.respondent || '(blank)'}</dd>
          </dl>
          <p>{report.checkNeeded ? 'Read from the text of the form: check each answer.' : 'Read from the form’s fields.'}</p>
        </div>
      </div>
    </section>
  );
}
