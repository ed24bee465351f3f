import { useState, type FormEvent } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Title2, makeStyles } from '@fluentui/react-components';
import type { ChildSummary } from '../../../shared/api/outputs';
import { ApiFailure, call, newOpId } from '../api';
import { ErrorBar } from '../components/error-bar';
import { useApp } from '../components/app-context';
import { useLoad } from '../components/use-load';
import { hasDraft, useDraft } from '../components/use-draft';
import { navigate } from '../router';
import { DateInput, dateProblem } from '../components/forms/date-input';
import { ErrorSummary, type FormProblem } from '../components/forms/error-summary';

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(240px, 360px))', gap: '12px 24px', marginTop: '12px' },
  actions: { gridColumn: '1 / -1', display: 'flex', gap: '8px', marginTop: '8px' },
});

type Cohort = 'looked-after' | 'child-protection' | 'both';
type Fields = { name: string; caseId: string; dateOfBirth: string; cohort: Cohort; socialWorker: string; teamManager: string; team: string; chair: string; lastMeetingDate: string; nextMeetingDate: string };
const fieldsOf = (c: ChildSummary): Fields => ({
  name: c.name,
  caseId: c.caseId,
  dateOfBirth: c.dateOfBirth ?? '',
  cohort: c.cohort,
  socialWorker: c.socialWorker,
  teamManager: c.teamManager,
  team: c.team,
  chair: c.chair,
  lastMeetingDate: c.lastMeetingDate ?? '',
  nextMeetingDate: c.nextMeetingDate ?? '',
});
const fieldIds: Partial<Record<keyof Fields, string>> = { name: 'child-name', caseId: 'child-case-id', dateOfBirth: 'child-dob', lastMeetingDate: 'child-last-meeting', nextMeetingDate: 'child-next-meeting' };

/** Add a child, or edit one (`id`): validated before saving; on CONFLICT the typed input is kept and can be applied again. */
export function ChildFormPage({ id }: { id?: string }) {
  const existing = useLoad(() => (id ? call('children.get', { id }) : Promise.resolve(undefined)), [id]);
  if (id && existing.error) return <ErrorBar message={existing.error} />;
  if (id && !existing.data) return <Spinner label="Loading…" />;
  // Keyed by id only: a refresh after someone else's save must not reset the form (its version stays, so saving shows the CONFLICT).
  return <ChildForm key={existing.data ? existing.data.id : 'new'} existing={existing.data} />;
}

function ChildForm({ existing }: { existing?: ChildSummary }) {
  const styles = useStyles();
  const { info } = useApp();
  const draftKey = existing ? `child-edit-${existing.id}` : 'child-new';
  const initial: Fields = existing
    ? fieldsOf(existing)
    : { name: '', caseId: '', dateOfBirth: '', cohort: 'looked-after', socialWorker: '', teamManager: '', team: '', chair: info.user.name, lastMeetingDate: '', nextMeetingDate: '' };
  const [restored] = useState(() => hasDraft(draftKey, initial));
  const [fields, setFields, clearDraft] = useDraft<Fields>(draftKey, initial);
  const [version, setVersion] = useState(existing?.version ?? 0);
  const [errors, setErrors] = useState<Partial<Record<keyof Fields, string>>>({});
  const [failure, setFailure] = useState<string>();
  const [conflict, setConflict] = useState<ChildSummary>();
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [opId, setOpId] = useState(newOpId);
  const setDate = (key: keyof Fields) => (v: string) => setFields((f) => ({ ...f, [key]: v }));
  const problems: FormProblem[] = (Object.keys(fieldIds) as (keyof Fields)[]).filter((k) => errors[k]).map((k) => ({ fieldId: fieldIds[k]!, message: errors[k]! }));
  const set = (key: keyof Fields) => (_: unknown, d: { value: string }) => setFields((f) => ({ ...f, [key]: d.value }));

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    const found: typeof errors = {};
    if (!fields.name.trim()) found.name = 'Enter the child’s name';
    if (!fields.caseId.trim()) found.caseId = 'Enter the case ID from the case management system';
    for (const [k, label] of [['dateOfBirth', 'the date of birth'], ['lastMeetingDate', 'the last review or conference date'], ['nextMeetingDate', 'the next review or conference date']] as const) {
      const bad = dateProblem(fields[k], label);
      if (bad) found[k] = bad;
    }
    setErrors(found);
    setAttempt((a) => a + 1);
    if (Object.keys(found).length) return;
    setSaving(true);
    setFailure(undefined);
    try {
      const body = { ...fields, dateOfBirth: fields.dateOfBirth || null, lastMeetingDate: fields.lastMeetingDate || null, nextMeetingDate: fields.nextMeetingDate || null, opId };
      const child = existing ? await call('children.update', { ...body, id: existing.id, version }) : await call('children.create', body);
      clearDraft();
      navigate({ page: 'child', id: child.id });
    } catch (err) {
      const f = err instanceof ApiFailure ? err : undefined;
      if (f?.code === 'CONFLICT' && existing) {
        // Someone else saved first: show theirs, keep ours, and let the person apply theirs again.
        const fresh = await call('children.get', { id: existing.id });
        setConflict(fresh);
        setVersion(fresh.version);
        setOpId(newOpId());
        setFailure(f.message);
      } else if (f?.details?.field) setErrors({ [f.details.field as keyof Fields]: f.message });
      else setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="child-form-title">
      <Title2 as="h1" id="child-form-title">
        {existing ? `Edit ${existing.name}` : 'Add a child'}
      </Title2>
      {restored && (
        <MessageBar intent="info">
          <MessageBarBody>Your unsaved input from earlier has been restored.</MessageBarBody>
        </MessageBar>
      )}
      <ErrorSummary problems={problems} attempt={attempt} />
      <ErrorBar message={failure} title={conflict ? 'Someone else changed this record' : 'The child was not saved'} />
      {conflict && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Their version: {conflict.name}, case ID {conflict.caseId}, social worker {conflict.socialWorker || '—'}, team {conflict.team || '—'}, chair {conflict.chair || '—'}.{' '}
            <Button size="small" onClick={() => submit()}>
              Apply my changes again
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <form className={styles.form} onSubmit={submit} noValidate>
        <Field label="Name of child" required validationMessage={errors.name}>
          <Input id={fieldIds.name} value={fields.name} onChange={set('name')} autoComplete="off" />
        </Field>
        <Field label="Case ID" required validationMessage={errors.caseId}>
          <Input id={fieldIds.caseId} value={fields.caseId} onChange={set('caseId')} autoComplete="off" />
        </Field>
        <Field label="Date of birth" validationMessage={errors.dateOfBirth} hint="For example, 17/05/2014">
          <DateInput id={fieldIds.dateOfBirth} value={fields.dateOfBirth} onChange={setDate('dateOfBirth')} />
        </Field>
        <Field label="Cohort" required>
          <Select value={fields.cohort} onChange={set('cohort')}>
            <option value="looked-after">Looked after (IRO)</option>
            <option value="child-protection">Child protection plan (CP Chair)</option>
            <option value="both">Both</option>
          </Select>
        </Field>
        <Field label="Social worker">
          <Input value={fields.socialWorker} onChange={set('socialWorker')} />
        </Field>
        <Field label="Team manager">
          <Input value={fields.teamManager} onChange={set('teamManager')} />
        </Field>
        <Field label="Team">
          <Input value={fields.team} onChange={set('team')} />
        </Field>
        <Field label="Chair (IRO / CP Chair)">
          <Input value={fields.chair} onChange={set('chair')} />
        </Field>
        <Field label="Last review or conference" validationMessage={errors.lastMeetingDate} hint="The chair tells the next meeting of escalations since this date">
          <DateInput id={fieldIds.lastMeetingDate} value={fields.lastMeetingDate} onChange={setDate('lastMeetingDate')} />
        </Field>
        <Field label="Next review or conference" validationMessage={errors.nextMeetingDate} hint="Shown on My day in the fortnight before">
          <DateInput id={fieldIds.nextMeetingDate} value={fields.nextMeetingDate} onChange={setDate('nextMeetingDate')} />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={saving}>
            {saving ? 'Saving…' : existing ? 'Save changes' : 'Save child'}
          </Button>
          <Button
            onClick={() => {
              clearDraft();
              navigate(existing ? { page: 'child', id: existing.id } : { page: 'children' });
            }}
          >
            Cancel
          </Button>
        </div>
      </form>
    </section>
  );
}
