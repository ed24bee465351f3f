import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, Select, makeStyles } from '@fluentui/react-components';
import { ApiFailure, call, newOpId } from '../../api';
import { ErrorBar } from '../error-bar';
import { appRoleLabels, appRoles, defaultAppRole, jobRoleLabels, jobRoles, type AppRole, type JobRole } from '../../../../shared/people/roles';
import type { PersonSummary } from '../../../../shared/api/settings-outputs';

const useStyles = makeStyles({ form: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '12px 16px' }, wide: { gridColumn: '1 / -1' } });

type Fields = { name: string; email: string; jobRole: JobRole; appRole: AppRole; team: string; osUser: string };

/**
 * Adds a person, or changes one (name, email, roles, team, Windows account), in a dialog. The dialog stays
 * mounted and is opened and closed with `open`: unmounting an open Fluent dialog leaves the page behind it
 * hidden from screen readers.
 */
export function PersonDialog({ open, person, onClose, onSaved }: { open: boolean; person: PersonSummary | null; onClose: () => void; onSaved: () => void }) {
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>{open && <PersonForm key={person?.id ?? 'new'} person={person} onClose={onClose} onSaved={onSaved} />}</DialogSurface>
    </Dialog>
  );
}

function PersonForm({ person, onClose, onSaved }: { person: PersonSummary | null; onClose: () => void; onSaved: () => void }) {
  const styles = useStyles();
  const [fields, setFields] = useState<Fields>(
    person
      ? { name: person.name, email: person.email, jobRole: person.jobRole, appRole: person.appRole, team: person.team, osUser: person.osUser }
      : { name: '', email: '', jobRole: 'team-manager', appRole: 'none', team: '', osUser: '' },
  );
  const [errors, setErrors] = useState<Partial<Record<keyof Fields, string>>>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [opId] = useState(newOpId);
  const set = (key: keyof Fields) => (_: unknown, d: { value: string }) =>
    setFields((f) => ({ ...f, [key]: d.value, ...(key === 'jobRole' && !person ? { appRole: defaultAppRole(d.value as JobRole) } : {}) }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!fields.name.trim()) return setErrors({ name: 'Enter the person’s name' });
    setSaving(true);
    setFailure(undefined);
    setErrors({});
    try {
      if (person) await call('people.update', { ...fields, id: person.id, version: person.version, opId });
      else await call('people.create', { ...fields, opId });
      onSaved();
    } catch (err) {
      const field = err instanceof ApiFailure ? (err.details?.field as keyof Fields | undefined) : undefined;
      const message = err instanceof Error ? err.message : String(err);
      if (field && field in fields) setErrors({ [field]: message });
      else setFailure(message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <DialogBody>
        <DialogTitle>{person ? `Change ${person.name}` : 'Add a person'}</DialogTitle>
        <DialogContent>
          <ErrorBar message={failure} title="Not saved" />
          <div className={styles.form}>
            <Field label="Name" required validationMessage={errors.name}>
              <Input value={fields.name} onChange={set('name')} />
            </Field>
            <Field label="Email address" validationMessage={errors.email}>
              <Input type="email" value={fields.email} onChange={set('email')} />
            </Field>
            <Field label="Job role" hint="Decides which letters the person is suggested for.">
              <Select value={fields.jobRole} onChange={set('jobRole')}>
                {jobRoles.map((r) => (
                  <option key={r} value={r}>
                    {jobRoleLabels[r]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Team">
              <Input value={fields.team} onChange={set('team')} />
            </Field>
            <Field label="What they may do in the app" className={styles.wide} validationMessage={errors.appRole}>
              <Select value={fields.appRole} onChange={set('appRole')}>
                {appRoles.map((r) => (
                  <option key={r} value={r}>
                    {appRoleLabels[r]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Windows user name" hint="Links the person to their computer login (e.g. spatel), so the app knows them. Leave empty for people who only receive letters." className={styles.wide} validationMessage={errors.osUser}>
              <Input value={fields.osUser} onChange={set('osUser')} autoComplete="off" />
            </Field>
          </div>
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" type="submit" disabled={saving}>
            {saving ? 'Saving…' : person ? 'Save changes' : 'Add person'}
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
