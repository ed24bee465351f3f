import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Field, Input, Select, makeStyles } from '@fluentui/react-components';
import type { GenerateLetterResult, LetterOption } from '../../../../shared/api/letters-contract';
import type { EscalationDetail } from '../../../../shared/api/outputs';
import { ApiFailure, call, newOpId } from '../../api';
import { ErrorBar } from '../error-bar';
import { isDesktop } from './file-actions';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '8px', maxWidth: '640px' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

/** Letters that go to the stage's recipient, and so can be recorded as sent in the same step. */
const sendable = new Set(['stage-form', 'informal', 'meeting-statement', 'custom']);

function canRecordSent(o: LetterOption | undefined, d: EscalationDetail): boolean {
  return Boolean(o && sendable.has(o.document) && d.state.status === 'open' && o.stageKey === d.state.currentStageKey);
}

/**
 * One click makes the letter: choose it (the current stage's form is preselected), optionally record it as
 * sent and write an email draft, then open or download it.
 */
export function LetterCreateForm({ detail, options, onCreated }: { detail: EscalationDetail; options: LetterOption[]; onCreated: (r: GenerateLetterResult) => void }) {
  const styles = useStyles();
  const [choice, setChoice] = useState(() => String(Math.max(0, options.findIndex((o) => o.suggested))));
  const chosen = options[Number(choice)];
  // Sent means sent: making a letter never records it as sent unless the chair ticks the box (it starts unticked).
  const [recordSent, setRecordSent] = useState(false);
  const [toEmail, setToEmail] = useState('');
  const [askEmail, setAskEmail] = useState<string>();
  const [emailDraft, setEmailDraft] = useState(false);
  const [opId, setOpId] = useState(newOpId);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [openProblem, setOpenProblem] = useState<string>();
  const recordable = canRecordSent(chosen, detail);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!chosen) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const r = await call('letters.generate', {
        escalationId: detail.row.id,
        document: chosen.document,
        stageKey: chosen.stageKey,
        templateId: chosen.templateId ?? undefined,
        recordSent: recordable && recordSent,
        version: detail.version,
        emailDraft,
        ...(emailDraft && toEmail.trim() ? { toEmail: toEmail.trim() } : {}),
        opId,
      });
      setAskEmail(undefined);
      setToEmail('');
      setOpId(newOpId());
      setRecordSent(false);
      onCreated(r);
      // In the desktop app the draft opens in the mail client at once, ready for the chair to check and send.
      if (r.draftFileName && isDesktop())
        void call('letters.open', { id: r.letter.id, part: 'draft' }).catch((err: unknown) => setOpenProblem(`The letter was saved, but its email draft could not be opened: ${err instanceof Error ? err.message : String(err)}`));
    } catch (err) {
      // The recipient has no address: ask for it here rather than write a draft that goes nowhere.
      if (err instanceof ApiFailure && err.details?.field === 'toEmail') setAskEmail(err.message);
      else setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Create a letter">
      <ErrorBar message={failure} title="No letter was made" />
      <ErrorBar message={openProblem} />
      <Field label="Letter or form">
        <Select
          value={choice}
          onChange={(_, d) => {
            setChoice(d.value);
            setRecordSent(false);
            setAskEmail(undefined);
          }}
        >
          {options.map((o, i) => (
            <option key={`${o.document}-${o.stageKey}-${o.templateId ?? ''}`} value={String(i)}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Checkbox
          label={recordable ? `Also record “letter sent” today to ${chosen?.recipient} (tick only once it has gone)` : 'Record “letter sent” (only for the current stage’s letter)'}
          checked={recordable && recordSent}
          disabled={!recordable}
          onChange={(_, d) => setRecordSent(d.checked === true)}
        />
        <Checkbox label="Also write an email draft with the letter attached" checked={emailDraft} onChange={(_, d) => setEmailDraft(d.checked === true)} />
      </div>
      {emailDraft && chosen && askEmail && (
        <Field label={`Email address of ${chosen.recipient}`} hint="Used for this draft's To line only." validationMessage={askEmail} validationState={askEmail ? 'error' : 'none'}>
          <Input type="email" value={toEmail} onChange={(_, d) => setToEmail(d.value)} autoComplete="off" />
        </Field>
      )}
      <div>
        <Button appearance="primary" type="submit" disabled={busy || !chosen}>
          {busy ? 'Creating…' : 'Create letter'}
        </Button>
      </div>
    </form>
  );
}
