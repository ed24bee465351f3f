import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Select, Textarea, makeStyles } from '@fluentui/react-components';
import type { EscalationDetail } from '../../../shared/api/outputs';
import { commandSchema } from '../../../shared/engine/commands';
import { ApiFailure, call, newOpId } from '../api';
import { useApp } from './app-context';
import { ErrorBar } from './error-bar';
import { buildCommand, type CommandSpec, type FieldSpec } from './command-specs';
import { useDraft } from './use-draft';
import { ConflictNotice } from './conflict-notice';
import { useResendWhenBack } from './tracker-file/use-resend';
import { PersonPicker, pickedFromText, pickedToText } from './forms/person-picker';
import { CopiesPicker, copiesFromText, copiesToText } from './forms/copies-picker';
import { StageEntry, entryFromText, entryToText } from './forms/stage-entry';
import { DateInput } from './forms/date-input';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '10px', maxWidth: '720px' },
  group: { border: 'none', padding: 0, margin: 0, display: 'grid' },
  actions: { display: 'flex', gap: '8px' },
});

type Values = Record<string, string | string[]>;

function initialValues(spec: CommandSpec, detail: EscalationDetail, today: string): Values {
  return Object.fromEntries(spec.fields.map((f) => [f.name, f.initial?.(detail, today) ?? (f.type === 'checkboxes' ? [] : '')]));
}

/**
 * One engine command as a form: validates required fields, then shows the engine's own sentence if refused.
 * The draft keeps the operation id and the version the person started from, so a resend after the share
 * dropped is applied once, and a save by someone else in the meantime is shown (who, when) rather than
 * silently overwritten; the typed input is never discarded. `onStale` asks the page to reload the record.
 */
export function CommandForm({
  spec,
  detail,
  onDone,
  onCancel,
  onStale,
}: {
  spec: CommandSpec;
  detail: EscalationDetail;
  onDone: (d: EscalationDetail) => void;
  onCancel: () => void;
  onStale?: () => void;
}) {
  const styles = useStyles();
  const { info, profile } = useApp();
  const [values, setValues, clearDraft] = useDraft<Values>(`command-${detail.row.id}-${spec.kind}`, {
    ...initialValues(spec, detail, info.today),
    __opId: newOpId(),
    __base: String(detail.version),
  });
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<{ by: string; at: string }>();
  const [lastVersion, setLastVersion] = useState(detail.version);
  const opId = String(values.__opId);
  const base = Number(values.__base) || detail.version;
  const fields = spec.fields.filter((f) => !f.offered || f.offered(detail));
  const set = (name: string, v: string | string[]) => setValues((s) => ({ ...s, [name]: v }));
  const resend = useResendWhenBack(() => void send(lastVersion));
  // Someone else saved after this form was opened (the page refreshed the record under it).
  const notice = conflict ?? (detail.version !== base ? { by: detail.updatedBy, at: detail.updatedAt } : undefined);

  async function send(version: number) {
    setSaving(true);
    setFailure(undefined);
    setLastVersion(version);
    // The engine's own schema checks the form before it is sent, so the messages match the API's.
    const parsed = commandSchema.safeParse(buildCommand(spec, values, detail));
    if (!parsed.success) {
      setFailure(parsed.error.issues.map((i) => i.message).join('. '));
      setSaving(false);
      return;
    }
    try {
      const updated = await call('escalations.command', { id: detail.row.id, version, opId, command: parsed.data });
      clearDraft();
      onDone(updated);
    } catch (err) {
      const code = err instanceof ApiFailure ? err.code : '';
      const message = err instanceof Error ? err.message : String(err);
      if (code === 'CONFLICT' && err instanceof ApiFailure && err.details?.changedBy) {
        setConflict({ by: String(err.details.changedBy), at: String(err.details.changedAt) });
        onStale?.();
      } else if (code === 'OFFLINE' || code === 'BUSY') {
        setFailure(`${message} What you typed is kept on this computer and will be sent as soon as the tracker is back.`);
        resend.wait();
      } else setFailure(message);
    } finally {
      setSaving(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    for (const f of fields) if (f.required && !String(values[f.name] ?? '').trim()) found[f.name] = `${f.label} is required`;
    // A date box holds the ISO date once what was typed is a real date; anything else is said in the chair's terms.
    for (const f of fields) if (f.type === 'date' && values[f.name] && !/^\d{4}-\d{2}-\d{2}$/.test(String(values[f.name]))) found[f.name] = `${f.label}: enter a real date, like 27/03/2026`;
    setMissing(found);
    if (Object.keys(found).length) return;
    if (notice) return applyAgain();
    void send(base);
  }

  /** Apply the kept input on top of the record as it is now. */
  function applyAgain() {
    setConflict(undefined);
    resend.stop();
    setValues((v) => ({ ...v, __base: String(detail.version) }));
    void send(detail.version);
  }

  const hintOf = (f: FieldSpec) => f.hintFor?.(detail, profile) ?? f.hint;

  const field = (f: FieldSpec) => {
    const v = values[f.name];
    switch (f.type) {
      case 'textarea':
        return <Textarea value={String(v ?? '')} onChange={(_, d) => set(f.name, d.value)} rows={3} resize="vertical" />;
      case 'date':
        return <DateInput value={String(v ?? '')} onChange={(x) => set(f.name, x)} />;
      case 'time':
        return <Input type="time" value={String(v ?? '')} onChange={(_, d) => set(f.name, d.value)} />;
      case 'number':
        return <Input type="number" min={1} value={String(v ?? '')} onChange={(_, d) => set(f.name, d.value)} />;
      case 'select':
        return (
          <Select value={String(v ?? '')} onChange={(_, d) => set(f.name, d.value)}>
            <option value="">Choose…</option>
            {f.options?.(detail, profile, values).map((o) => (
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
      {notice && <ConflictNotice by={notice.by} at={notice.at} ready={detail.version !== base} saving={saving} onApply={applyAgain} />}
      {resend.waiting ? (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not sent yet</MessageBarTitle>
            {failure}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <ErrorBar message={failure} title="Not saved" />
      )}
      {fields.map((f) =>
        f.type === 'copies' ? (
          <CopiesPicker key={f.name} roles={f.copyRoles?.(detail, values) ?? []} childId={detail.child.id} value={copiesFromText(String(values[f.name] ?? ''))} onChange={(v) => set(f.name, copiesToText(v))} />
        ) : f.type === 'person' ? (
          (() => {
            const role = f.role?.(detail, values) ?? '';
            if (!role) return null;
            return (
              <PersonPicker
                key={f.name}
                label={f.label}
                recipientRole={role}
                childId={detail.child.id}
                value={pickedFromText(String(values[f.name] ?? ''))}
                error={missing[f.name]}
                onChange={(p) =>
                  setValues((s) => ({
                    ...s,
                    [f.name]: pickedToText(p),
                    // The request is restated for the person named: "who" follows the pick.
                    ...(spec.fields.some((x) => x.name === 'requestedAction.who') && p?.name ? { 'requestedAction.who': `${p.name}, ${p.role}` } : {}),
                  }))
                }
              />
            );
          })()
        ) : f.type === 'entry' ? (
          <StageEntry key={f.name} stage={f.entryStage?.(detail, values)} childId={detail.child.id} value={entryFromText(String(values[f.name] ?? ''))} onChange={(v) => set(f.name, entryToText(v))} />
        ) : f.type === 'agreed-roles' ? (
          (f.agreedRoles?.(profile) ?? []).map((role) => {
            const all = copiesFromText(String(values[f.name] ?? ''));
            return (
              <PersonPicker
                key={`${f.name}-${role}`}
                label={`${f.label}: the ${role}`}
                recipientRole={role}
                childId={detail.child.id}
                value={all[role] ?? null}
                onChange={(p) => set(f.name, copiesToText({ ...all, [role]: p }))}
                purpose="agreement"
              />
            );
          })
        ) : f.type === 'agreed' && f.agreedRole?.(profile) ? (
          <PersonPicker
            key={f.name}
            label={`${f.label}: the ${f.agreedRole(profile)}`}
            recipientRole={f.agreedRole(profile)}
            childId={detail.child.id}
            value={pickedFromText(String(values[f.name] ?? ''))}
            error={missing[f.name]}
            onChange={(p) => set(f.name, pickedToText(p))}
            purpose="agreement"
          />
        ) : f.type === 'checkbox' ? (
          <Checkbox key={f.name} label={hintOf(f) ? `${f.label} (${hintOf(f)})` : f.label} checked={values[f.name] === 'yes'} onChange={(_, d) => set(f.name, d.checked ? 'yes' : '')} />
        ) : f.type === 'checkboxes' ? (
          // A list the procedure leaves empty (Devon has no outcome list) is not shown as an empty fieldset.
          (f.options?.(detail, profile, values).length ?? 0) === 0 ? null : (
          <fieldset key={f.name} className={styles.group}>
            <legend style={{ fontWeight: 600 }}>{f.label}</legend>
            {f.options?.(detail, profile, values).map((o) => {
              const list = (values[f.name] as string[]) ?? [];
              return <Checkbox key={o.value} label={o.label} checked={list.includes(o.value)} onChange={(_, d) => set(f.name, d.checked ? [...list, o.value] : list.filter((k) => k !== o.value))} />;
            })}
          </fieldset>
          )
        ) : (
          <Field key={f.name} label={f.label} required={f.required} hint={hintOf(f)} validationMessage={missing[f.name]}>
            {field(f)}
          </Field>
        ),
      )}
      <div className={styles.actions}>
        {!notice && (
          <Button appearance="primary" type="submit" disabled={saving || resend.waiting}>
            {saving ? 'Saving…' : resend.waiting ? 'Waiting for the tracker…' : spec.label}
          </Button>
        )}
        <Button
          onClick={() => {
            resend.stop();
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
