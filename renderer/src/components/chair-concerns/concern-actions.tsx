import { useState, type FormEvent } from 'react';
import { Button, Field, Select, Textarea, makeStyles } from '@fluentui/react-components';
import type { ChairConcernDetail } from '../../../../shared/api/chair-concerns-contract';
import { responseOutcomeLabels, responseOutcomes, type ChairConcernCommandKind } from '../../../../shared/chair-concerns/engine';
import { call, newOpId } from '../../api';
import { useApp } from '../app-context';
import { ErrorBar } from '../error-bar';
import { DateInput } from '../forms/date-input';

const useStyles = makeStyles({ form: { display: 'grid', gap: '10px', maxWidth: '640px' }, actions: { display: 'flex', gap: '8px' } });

export const concernActionLabels: Record<ChairConcernCommandKind, string> = {
  respond: 'Record the formal response',
  move: 'Move to a later stage',
  resolve: 'Resolve',
  withdraw: 'Withdraw',
  note: 'Add a note',
};

/** One action on a concern about a chair, as a form; the service's sentence is shown if it refuses. */
export function ConcernActionForm({ kind, detail, onDone, onCancel }: { kind: ChairConcernCommandKind; detail: ChairConcernDetail; onDone: (d: ChairConcernDetail) => void; onCancel: () => void }) {
  const styles = useStyles();
  const { info } = useApp();
  const [v, setV] = useState<Record<string, string>>({ on: info.today, outcome: '', summary: '', toStageKey: detail.allowed.moveTo[0]?.key ?? '', reason: '', note: '', text: '' });
  const [error, setError] = useState<string>();
  const [opId] = useState(newOpId);
  const set = (k: string) => (value: string) => setV((x) => ({ ...x, [k]: value }));
  const command = () => {
    switch (kind) {
      case 'respond':
        return { kind, outcome: v.outcome as (typeof responseOutcomes)[number], summary: v.summary!, on: v.on! };
      case 'move':
        return { kind, toStageKey: v.toStageKey!, reason: v.reason!, on: v.on! };
      case 'resolve':
        return { kind, note: v.note!, on: v.on! };
      case 'withdraw':
        return { kind, reason: v.reason! };
      case 'note':
        return { kind, text: v.text! };
    }
  };
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      onDone(await call('chairConcerns.command', { id: detail.id, version: detail.version, opId, command: command() }));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }
  const dated = kind === 'respond' || kind === 'move' || kind === 'resolve';
  return (
    <form className={styles.form} onSubmit={submit} aria-label={concernActionLabels[kind]} noValidate>
      <ErrorBar message={error} title="Not saved" />
      {kind === 'respond' && (
        <>
          <Field label="Outcome" required>
            <Select value={v.outcome} onChange={(_, d) => set('outcome')(d.value)}>
              <option value="">Choose…</option>
              {responseOutcomes.map((o) => (
                <option key={o} value={o}>
                  {responseOutcomeLabels[o]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="The formal response" required hint="What was found and what will change; the response letter sets it out.">
            <Textarea value={v.summary} onChange={(_, d) => set('summary')(d.value)} rows={4} resize="vertical" />
          </Field>
        </>
      )}
      {kind === 'move' && (
        <>
          <Field label="Stage" required>
            <Select value={v.toStageKey} onChange={(_, d) => set('toStageKey')(d.value)}>
              {detail.allowed.moveTo.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Why it goes further" required>
            <Textarea value={v.reason} onChange={(_, d) => set('reason')(d.value)} rows={3} resize="vertical" />
          </Field>
        </>
      )}
      {kind === 'resolve' && (
        <Field label="Note">
          <Textarea value={v.note} onChange={(_, d) => set('note')(d.value)} rows={3} resize="vertical" />
        </Field>
      )}
      {kind === 'withdraw' && (
        <Field label="Why it was withdrawn" required>
          <Textarea value={v.reason} onChange={(_, d) => set('reason')(d.value)} rows={3} resize="vertical" />
        </Field>
      )}
      {kind === 'note' && (
        <Field label="Note" required>
          <Textarea value={v.text} onChange={(_, d) => set('text')(d.value)} rows={3} resize="vertical" />
        </Field>
      )}
      {dated && (
        <Field label="Date" required>
          <DateInput value={v.on!} onChange={set('on')} />
        </Field>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {concernActionLabels[kind]}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
