import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Field, Input, Radio, RadioGroup, Select, Spinner, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { ApiFailure, call, newOpId } from '../api';
import { useLoad } from './use-load';
import { ErrorBar } from './error-bar';
import { jobRoleLabels, jobRoles, type JobRole } from '../../../shared/people/roles';
import type { Me } from '../../../shared/api/settings-outputs';

const useStyles = makeStyles({
  panel: { maxWidth: '720px', margin: '24px auto', padding: '24px 32px', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge, backgroundColor: tokens.colorNeutralBackground1 },
  form: { display: 'grid', gap: '16px', marginTop: '16px' },
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '16px', alignItems: 'start' },
  note: { color: tokens.colorNeutralForeground2 },
});

const NEW = 'new';

/**
 * First run on this tracker: who am I (an OS account the people list does not know yet) and, for the
 * tracker's very first person, which procedure the team follows. Until that is done the pages wait
 * behind it; with a person record it simply shows the page.
 */
export function FirstRunSetup({ children }: { children: ReactNode }) {
  const me = useLoad(() => call('people.me', {}), []);
  if (me.loading && !me.data) return <Spinner label="Checking who you are…" style={{ marginTop: 48 }} />;
  // If the check itself fails (no tracker open yet, offline), the page underneath says why.
  if (!me.data || !me.data.setupNeeded) return <>{children}</>;
  return <SetupForm me={me.data} />;
}

function SetupForm({ me }: { me: Me }) {
  const styles = useStyles();
  const profiles = useLoad(() => (me.firstPerson ? call('profiles.list', {}) : Promise.resolve([])), [me.firstPerson]);
  const [choice, setChoice] = useState(me.claimable.length ? '' : NEW);
  const [fields, setFields] = useState({ name: '', email: '', jobRole: 'chair' as JobRole, team: '' });
  const [profileId, setProfileId] = useState(me.profile.id);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [opId] = useState(newOpId);
  const set = (key: keyof typeof fields) => (_: unknown, d: { value: string }) => {
    setFields((f) => ({ ...f, [key]: d.value }));
    setErrors((e) => ({ ...e, [key]: '' }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!choice) found.choice = 'Choose yourself from the list, or “None of these”';
    if (choice === NEW && !fields.name.trim()) found.name = 'Enter your name as colleagues know it';
    setErrors(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    setFailure(undefined);
    try {
      await call('people.setup', {
        ...(choice === NEW ? { person: fields } : { claimPersonId: choice }),
        ...(me.firstPerson ? { profileId } : {}),
        opId,
      });
      // The header, the profile and every page read who is acting at start: start again as this person.
      window.location.reload();
    } catch (err) {
      const field = err instanceof ApiFailure ? (err.details?.field as string | undefined) : undefined;
      if (field) setErrors({ [field]: (err as Error).message });
      else setFailure(err instanceof Error ? err.message : String(err));
      setSaving(false);
    }
  }

  return (
    <section className={styles.panel} aria-labelledby="first-run-title">
      <Title2 as="h1" id="first-run-title">
        Welcome to Escalation Tracker
      </Title2>
      <p>
        You are signed in to Windows as <strong>{me.osUser}</strong>. Tell the tracker who you are: your name goes on everything you record, and
        letters are signed with it.
      </p>
      <ErrorBar message={failure} title="You were not set up" />
      <form className={styles.form} onSubmit={submit} noValidate>
        {me.claimable.length > 0 && (
          <Field label="Are you one of these people?" required validationMessage={errors.choice}>
            <RadioGroup value={choice} onChange={(_, d) => (setChoice(d.value), setErrors({}))}>
              {me.claimable.map((p) => (
                <Radio key={p.id} value={p.id} label={`${p.name}${p.team ? `, ${p.team}` : ''} (${jobRoleLabels[p.jobRole]})`} />
              ))}
              <Radio value={NEW} label="None of these: add me" />
            </RadioGroup>
          </Field>
        )}
        {choice === NEW && (
          <>
            <div className={styles.pair}>
              <Field label="Your name" required validationMessage={errors.name}>
                <Input value={fields.name} onChange={set('name')} autoComplete="name" />
              </Field>
              <Field label="Your email address" validationMessage={errors.email}>
                <Input type="email" value={fields.email} onChange={set('email')} autoComplete="email" />
              </Field>
            </div>
            <div className={styles.pair}>
              <Field label="Your job role" required>
                <Select value={fields.jobRole} onChange={set('jobRole')}>
                  {jobRoles.map((r) => (
                    <option key={r} value={r}>
                      {jobRoleLabels[r]}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Your team">
                <Input value={fields.team} onChange={set('team')} />
              </Field>
            </div>
          </>
        )}
        {me.firstPerson ? (
          <>
            <Text className={styles.note}>You are the first person on this tracker, so you will be its administrator: you can add colleagues and change the procedure later in Settings.</Text>
            <Field label="Which procedure does your team follow?" hint="The ladders, timescales and categories of concern. You can copy and adjust it later." validationMessage={errors.profileId ?? profiles.error}>
              <Select value={profileId} onChange={(_, d) => setProfileId(d.value)}>
                {(profiles.data ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({p.authority})
                  </option>
                ))}
              </Select>
            </Field>
          </>
        ) : (
          <Text className={styles.note}>
            Your team follows <strong>{me.profile.name}</strong>.{' '}
            {choice === NEW ? 'You can look at the tracker straight away; an administrator then gives you a role (for example chair) before you can change anything.' : 'You keep the role the administrator gave you.'}
          </Text>
        )}
        <div>
          <Button appearance="primary" type="submit" disabled={saving}>
            {saving ? 'Setting up…' : 'Start using the tracker'}
          </Button>
        </div>
      </form>
    </section>
  );
}
