import { useState } from 'react';
import { Button, Field, Input, Textarea, makeStyles } from '@fluentui/react-components';
import { ErrorBar } from '../error-bar';

export interface ThemeFields {
  title: string;
  description: string;
  evidence: string;
  owner: string;
}

const useStyles = makeStyles({ form: { display: 'grid', gap: '12px', maxWidth: '760px' }, buttons: { display: 'flex', gap: '8px' } });

/** The fields of a themed concern, for raising one and for editing it. */
export function ThemeForm(props: { initial: ThemeFields; submitLabel: string; onSubmit: (f: ThemeFields) => Promise<void>; onCancel: () => void; showEvidence?: boolean }) {
  const styles = useStyles();
  const [f, setF] = useState(props.initial);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (k: keyof ThemeFields) => (_: unknown, d: { value: string }) => setF((x) => ({ ...x, [k]: d.value }));
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setError(undefined);
        props.onSubmit(f).then(
          () => setBusy(false),
          (err: unknown) => {
            setBusy(false);
            setError(err instanceof Error ? err.message : String(err));
          },
        );
      }}
    >
      <ErrorBar message={error} />
      <Field label="Title" required hint="The pattern or resource issue in a few words, e.g. “No local placements for teenagers”.">
        <Input value={f.title} onChange={set('title')} />
      </Field>
      <Field label="What is the concern beyond one child?">
        <Textarea value={f.description} onChange={set('description')} rows={3} resize="vertical" />
      </Field>
      {props.showEvidence !== false && (
        <Field label="Supporting evidence" hint="Audits, numbers of children affected, dates; more can be added later.">
          <Textarea value={f.evidence} onChange={set('evidence')} rows={4} resize="vertical" />
        </Field>
      )}
      <Field label="Owner" hint="The QA / reviewing service manager who reviews the evidence and escalates it.">
        <Input value={f.owner} onChange={set('owner')} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {props.submitLabel}
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
