import { useState, type FormEvent } from 'react';
import { Button, Field, Input, Select, Textarea, makeStyles } from '@fluentui/react-components';
import { meetingKindLabels, meetingKinds } from '../../../../shared/chair-concerns/engine';
import { call, newOpId } from '../../api';
import { useApp } from '../app-context';
import { useLoad } from '../use-load';
import { ErrorBar } from '../error-bar';
import { DateInput } from '../forms/date-input';

const useStyles = makeStyles({ form: { display: 'grid', gap: '10px', maxWidth: '720px' }, pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '12px' }, actions: { display: 'flex', gap: '8px' } });

const OTHER = '__other';

/**
 * Recording a concern about a chair (DESIGN.md "Concern about a chair"): who raised it (agency, person, contact), about
 * which chair and which review or conference (and the child, by case ID, where there is one), what it is, and the stage
 * of the procedure's route it starts at.
 */
export function ChairConcernForm({ onDone, onCancel }: { onDone: (id: string) => void; onCancel: () => void }) {
  const styles = useStyles();
  const { info, profile } = useApp();
  const chairs = useLoad(() => call('people.list', {}), []);
  const [v, setV] = useState<Record<string, string>>({ chair: '', chairName: '', agency: '', name: '', contact: '', email: '', kind: 'review', meetingDate: '', caseId: '', summary: '', startAt: profile.chairConcerns.stages[0]!.key, raisedOn: info.today });
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const set = (k: string) => (value: string) => setV((x) => ({ ...x, [k]: value }));
  const chairList = (chairs.data ?? []).filter((p) => p.jobRole === 'chair' && p.active);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setSaving(true);
    try {
      const picked = chairList.find((p) => p.id === v.chair);
      let childId: string | null = null;
      if (v.caseId!.trim()) {
        const found = (await call('children.list', { search: v.caseId!.trim() })).find((c) => c.caseId.toLowerCase() === v.caseId!.trim().toLowerCase());
        if (!found) throw new Error(`No child with the case ID ${v.caseId!.trim()} is in the tracker: check it, or leave it empty.`);
        childId = found.id;
      }
      const made = await call('chairConcerns.create', {
        aboutChair: picked ? { name: picked.name, personId: picked.id } : { name: v.chairName! },
        raisedBy: { agency: v.agency!, name: v.name!, contact: v.contact!, email: v.email! },
        meeting: { kind: v.kind as (typeof meetingKinds)[number], date: v.meetingDate || null },
        childId,
        summary: v.summary!,
        startAt: v.startAt!,
        raisedOn: v.raisedOn!,
        opId: newOpId(),
      });
      onDone(made.id);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Record a concern about a chair" noValidate>
      <ErrorBar message={error} title="The concern was not saved" />
      <Field label="The chair it is about" required>
        <Select value={v.chair} onChange={(_, d) => set('chair')(d.value)}>
          <option value="">Choose a chair…</option>
          {chairList.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <option value={OTHER}>Someone not in the list…</option>
        </Select>
      </Field>
      {v.chair === OTHER && (
        <Field label="The chair’s name" required>
          <Input value={v.chairName} onChange={(_, d) => set('chairName')(d.value)} />
        </Field>
      )}
      <div className={styles.pair}>
        <Field label="Agency raising it" required>
          <Input value={v.agency} onChange={(_, d) => set('agency')(d.value)} />
        </Field>
        <Field label="Person raising it" required>
          <Input value={v.name} onChange={(_, d) => set('name')(d.value)} />
        </Field>
        <Field label="Their role or phone" hint="How to reach them, as they gave it.">
          <Input value={v.contact} onChange={(_, d) => set('contact')(d.value)} />
        </Field>
        <Field label="Their email" hint="The letters’ email drafts are addressed to it.">
          <Input type="email" value={v.email} onChange={(_, d) => set('email')(d.value)} />
        </Field>
        <Field label="The meeting it is about" required>
          <Select value={v.kind} onChange={(_, d) => set('kind')(d.value)}>
            {meetingKinds.map((k) => (
              <option key={k} value={k}>
                {meetingKindLabels[k]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Date of the meeting">
          <DateInput value={v.meetingDate!} onChange={set('meetingDate')} />
        </Field>
        <Field label="Child’s case ID" hint="Where the review or conference was about one child.">
          <Input value={v.caseId} onChange={(_, d) => set('caseId')(d.value)} />
        </Field>
        <Field label="Date raised" required>
          <DateInput value={v.raisedOn!} onChange={set('raisedOn')} />
        </Field>
      </div>
      <Field label="What the concern is" required>
        <Textarea value={v.summary} onChange={(_, d) => set('summary')(d.value)} rows={4} resize="vertical" />
      </Field>
      <Field label="Stage it starts at" required hint="An agency that has already spoken to the chair writes straight to the manager.">
        <Select value={v.startAt} onChange={(_, d) => set('startAt')(d.value)}>
          {profile.chairConcerns.stages.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label} – {s.handledBy}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          Record the concern
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
