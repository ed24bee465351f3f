import { useId, useState } from 'react';
import { Checkbox, Field, Input, Select, Text, makeStyles } from '@fluentui/react-components';
import type { RecipientCandidate } from '../../../../shared/people/recipient-order';
import { call } from '../../api';
import { useLoad } from '../use-load';

/** The person a form names: from People (`personId`) or typed as "someone else" (saved as a contact when ticked). */
export interface PickedPerson {
  name: string;
  role: string;
  email: string;
  personId?: string;
  saveAsContact?: boolean;
}

const useStyles = makeStyles({
  group: { minWidth: 0, border: 'none', padding: 0, margin: 0, display: 'grid', gap: '6px' },
  legend: { fontWeight: 600, padding: 0 },
  typed: { display: 'grid', gap: '6px', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))' },
});

const SOMEONE_ELSE = '__someone-else';
const ROLE_ONLY = '';

/** The person as a command names them: People's id, or "save as a contact" for someone typed in. */
export function addresseeOf(p: PickedPerson): { name: string; role: string; email: string; personId?: string; saveAsContact?: true } {
  return { name: p.name, role: p.role, email: p.email, ...(p.personId ? { personId: p.personId } : {}), ...(!p.personId && p.saveAsContact ? { saveAsContact: true as const } : {}) };
}

/** The picker's value as the form keeps it (a string, so drafts keep it): JSON, or '' for "the role only". */
export const pickedToText = (p: PickedPerson | null): string => (p ? JSON.stringify(p) : '');
export function pickedFromText(text: string): PickedPerson | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as PickedPerson;
    return typeof v?.name === 'string' ? v : null;
  } catch {
    return null;
  }
}

function describe(c: RecipientCandidate): string {
  const parts = [c.name, c.role, c.team && c.why !== 'Same team' ? c.team : ''].filter(Boolean).join(', ');
  return c.why ? `${parts} (${c.why})` : parts;
}

/**
 * Who a stage's letter goes to: People holding the stage's role, the child's own social worker and team
 * manager, and the person named last time for this role and team first; or "someone else", typed in place
 * (name, role, email) and kept in People as a contact when ticked. Nothing is sent from here: the chosen
 * person is stored on the escalation's event, and letters and drafts are addressed to them.
 */
export function PersonPicker({
  label,
  recipientRole,
  childId,
  value,
  onChange,
  error,
  purpose = 'letter',
}: {
  label: string;
  recipientRole: string;
  childId: string;
  value: PickedPerson | null;
  onChange: (p: PickedPerson | null) => void;
  error?: string;
  /** 'agreement': the person consulted or who agreed (a bypass, a precondition), recorded on the event; no letter goes to them. */
  purpose?: 'letter' | 'agreement';
}) {
  const letter = purpose === 'letter';
  const styles = useStyles();
  const hintId = useId();
  const list = useLoad(() => call('people.recipients', { recipientRole, childId }), [recipientRole, childId]);
  const candidates = list.data?.to ?? [];
  const index = value ? candidates.findIndex((c) => (value.personId ? c.personId === value.personId : !value.saveAsContact && c.personId === null && c.name === value.name)) : -1;
  const [typing, setTyping] = useState(() => value !== null && index < 0);
  const selected = typing ? SOMEONE_ELSE : index >= 0 ? String(index) : ROLE_ONLY;
  const choose = (v: string) => {
    if (v === SOMEONE_ELSE) {
      setTyping(true);
      onChange({ name: '', role: recipientRole, email: '', saveAsContact: true });
      return;
    }
    setTyping(false);
    const c = candidates[Number(v)];
    onChange(v === ROLE_ONLY || !c ? null : { name: c.name, role: c.role, email: c.email, ...(c.personId ? { personId: c.personId } : {}) });
  };
  const edit = (patch: Partial<PickedPerson>) => onChange({ name: '', role: recipientRole, email: '', ...value, ...patch });
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{label}</legend>
      <Field label={`Person (${recipientRole})`} hint={list.error ? `The people list could not be read: ${list.error}` : undefined} validationMessage={!typing ? error : undefined}>
        <Select value={selected} onChange={(_, d) => choose(d.value)} aria-describedby={hintId}>
          <option value={ROLE_ONLY}>{letter ? `Not named yet: the letter says “${recipientRole}”` : 'Choose who…'}</option>
          {candidates.map((c, i) => (
            <option key={`${c.personId ?? c.name}-${i}`} value={String(i)}>
              {describe(c)}
            </option>
          ))}
          <option value={SOMEONE_ELSE}>Someone else (type their details)…</option>
        </Select>
      </Field>
      <Text id={hintId} size={200}>
        {!letter
          ? `Recorded on the escalation with their role, which must be the one the procedure names (${recipientRole}).`
          : value && !typing
            ? value.email
              ? `Letters and email drafts go to ${value.name} <${value.email}>.`
              : `People has no email address for ${value.name}: add one below, or the draft will ask for it.`
            : 'Letters and email drafts are addressed to the person named here.'}
      </Text>
      {(typing || (letter && value && !value.email)) && (
        <div className={styles.typed}>
          {typing && (
            <>
              <Field label="Name" required validationMessage={error && !value?.name.trim() ? error : undefined}>
                <Input value={value?.name ?? ''} onChange={(_, d) => edit({ name: d.value })} autoComplete="off" />
              </Field>
              <Field label="Role" required>
                <Input value={value?.role ?? recipientRole} onChange={(_, d) => edit({ role: d.value })} />
              </Field>
            </>
          )}
          <Field label="Email address" hint="name@council.gov.uk">
            <Input type="email" value={value?.email ?? ''} onChange={(_, d) => edit({ email: d.value })} autoComplete="off" />
          </Field>
        </div>
      )}
      {typing && <Checkbox label="Save to People as a contact (not an app user), so they are offered next time" checked={value?.saveAsContact !== false} onChange={(_, d) => edit({ saveAsContact: d.checked === true })} />}
    </fieldset>
  );
}
