import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Field, Input, Radio, RadioGroup, Select, Textarea, makeStyles } from '@fluentui/react-components';
import type { EscalationDetail } from '../../../shared/api/outputs';
import { call, newOpId } from '../api';
import { useApp } from './app-context';
import { ErrorBar } from './error-bar';
import { buildCommand, type CommandSpec, type FieldSpec } from './command-specs';
import { useDraft } from './use-draft';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '10px', maxWidth: '720px' },
  group: { border: 'none', padding: 0, margin: 0, display: 'grid' },
  actions: { display: 'flex', gap: '8px' },
});

type Values = Record<string, string | string[]>;

function initialValues(spec: CommandSpec, detail: EscalationDetail, today: string): Values {
  return Object.fromEntries(spec.fields.map((f) => [f.name, f.initial?.(detail, today) ?? (f.type === 'checkboxes' ? [] : '')]));
}

/** One engine command as a form: validates required fields, then shows the engine's own sentence if refused. */
export function CommandForm({ spec, detail, onDone, onCancel }: { spec: CommandSpec; detail: EscalationDetail; onDone: (d: EscalationDetail) => void; onCancel: () => void }) {
  const styles = useStyles();
  const { info, profile } = useApp();
  const [values, setValues, clearDraft] = useDraft<Values>(`command-${detail.row.id}-${spec.kind}`, initialValues(spec, detail, info.today));
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [opId] = useState(newOpId);
  const set = (name: string, v: string | string[]) => setValues((s) => ({ ...s, [name]: v }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    for (const f of spec.fields) if (f.required && !String(values[f.name] ?? '').trim()) found[f.name] = `${f.label} is required`;
    setMissing(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    setFailure(undefined);
    try {
      const updated = await call('escalations.command', { id: detail.row.id, version: detail.version, opId, command: buildCommand(spec, values) as never });
      clearDraft();
      onDone(updated);
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  }

  const field = (f: FieldSpec) => {
    const v = values[f.name];
    switch (f.type) {
      case 'textarea':
        return <Textarea value={String(v ?? '')} onChange={(_, d) => set(f.name, d.value)} rows={3} resize="vertical" />;
      case 'date':
        return <Input type="date" value={String(v ?? '')} onChange={(_, d) => set(f.name, d.value)} />;
      case 'number':
        return <Input type="number" min={1} value={String(v ?? '')} onChange={(_, d) => set(f.name, d.value)} />;
      case 'select':
        return (
          <Select value={String(v ?? '')} onChange={(_, d) => set(f.name, d.value)}>
            <option value="">Choose…</option>
            {f.options?.(detail, profile).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        );
      case 'yes-no':
        return (
          <RadioGroup value={String(v)} onChange={(_, d) => set(f.name, d.value)} layout="horizontal">
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No, the referral closes it" />
          </RadioGroup>
        );
      default:
        return <Input value={String(v ?? '')} onChange={(_, d) => set(f.name, d.value)} />;
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={spec.label}>
      <ErrorBar message={failure} title="Not saved" />
      {spec.fields.map((f) =>
        f.type === 'checkboxes' ? (
          <fieldset key={f.name} className={styles.group}>
            <legend style={{ fontWeight: 600 }}>{f.label}</legend>
            {f.options?.(detail, profile).map((o) => {
              const list = (values[f.name] as string[]) ?? [];
              return <Checkbox key={o.value} label={o.label} checked={list.includes(o.value)} onChange={(_, d) => set(f.name, d.checked ? [...list, o.value] : list.filter((k) => k !== o.value))} />;
            })}
          </fieldset>
        ) : (
          <Field key={f.name} label={f.label} required={f.required} hint={f.hint} validationMessage={missing[f.name]}>
            {field(f)}
          </Field>
        ),
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? 'Saving…' : spec.label}
        </Button>
        <Button
          onClick={() => {
            clearDraft();
            onCancel();
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
