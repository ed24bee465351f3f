import { useState, type FormEvent } from 'react';
import { Button, Field, Input, Select, Title2, makeStyles } from '@fluentui/react-components';
import { ApiFailure, call, newOpId } from '../api';
import { ErrorBar } from '../components/error-bar';
import { useApp } from '../components/app-context';
import { navigate } from '../router';

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(240px, 360px))', gap: '12px 24px', marginTop: '12px' },
  actions: { gridColumn: '1 / -1', display: 'flex', gap: '8px', marginTop: '8px' },
});

type Cohort = 'looked-after' | 'child-protection' | 'both';
const empty = { name: '', caseId: '', dateOfBirth: '', cohort: 'looked-after' as Cohort, socialWorker: '', teamManager: '', team: '', chair: '' };

export function ChildFormPage() {
  const styles = useStyles();
  const { info } = useApp();
  const [fields, setFields] = useState({ ...empty, chair: info.user.name });
  const [errors, setErrors] = useState<Partial<Record<keyof typeof empty, string>>>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [opId] = useState(newOpId);

  const set = (key: keyof typeof empty) => (_: unknown, d: { value: string }) => setFields((f) => ({ ...f, [key]: d.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: typeof errors = {};
    if (!fields.name.trim()) found.name = 'Enter the child’s name';
    if (!fields.caseId.trim()) found.caseId = 'Enter the case ID from the case management system';
    setErrors(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    setFailure(undefined);
    try {
      const child = await call('children.create', { ...fields, dateOfBirth: fields.dateOfBirth || null, opId });
      navigate({ page: 'child', id: child.id });
    } catch (err) {
      const field = err instanceof ApiFailure ? (err.details?.field as keyof typeof empty | undefined) : undefined;
      if (field) setErrors({ [field]: (err as Error).message });
      else setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="new-child-title">
      <Title2 as="h1" id="new-child-title">
        Add a child
      </Title2>
      <ErrorBar message={failure} title="The child was not saved" />
      <form className={styles.form} onSubmit={submit} noValidate>
        <Field label="Name of child" required validationMessage={errors.name}>
          <Input value={fields.name} onChange={set('name')} autoComplete="off" />
        </Field>
        <Field label="Case ID" required validationMessage={errors.caseId}>
          <Input value={fields.caseId} onChange={set('caseId')} autoComplete="off" />
        </Field>
        <Field label="Date of birth">
          <Input type="date" value={fields.dateOfBirth} onChange={set('dateOfBirth')} />
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
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save child'}
          </Button>
          <Button onClick={() => navigate({ page: 'children' })}>Cancel</Button>
        </div>
      </form>
    </section>
  );
}
