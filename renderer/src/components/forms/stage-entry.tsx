import { Checkbox, Field, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Stage } from '../../../../shared/profile/schema';
import type { z } from 'zod';
import { conferredHowLabels, conferredHows, type preconditionEntrySchema } from '../../../../shared/engine/commands';
import { preconditionTitle } from '../../../../shared/engine/entry-rules';
import { DateInput } from './date-input';
import { PersonPicker, addresseeOf, type PickedPerson } from './person-picker';

const useStyles = makeStyles({
  // min-width 0: a fieldset is as wide as its longest line by default, which pushed the form past its panel.
  box: { minWidth: 0, display: 'grid', gap: '10px', padding: '10px 12px', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
  legend: { fontWeight: 600, padding: '0 4px' },
  quote: { margin: 0, paddingLeft: '10px', borderLeft: `4px solid ${tokens.colorBrandStroke1}`, color: tokens.colorNeutralForeground1 },
  notes: { margin: 0, paddingLeft: '20px' },
  item: { minWidth: 0, display: 'grid', gap: '6px', border: 'none', padding: 0, margin: 0 },
  row: { display: 'grid', gap: '6px 12px', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))' },
});

/** One precondition as the form keeps it (a string in the draft, so a resend keeps it). */
export interface PreconditionDraft {
  key: string;
  person: PickedPerson | null;
  on: string;
  how: string;
  notPossible: boolean;
  why: string;
}

export const entryToText = (v: PreconditionDraft[]): string => JSON.stringify(v);
export function entryFromText(text: string): PreconditionDraft[] {
  try {
    const v = JSON.parse(text || '[]') as PreconditionDraft[];
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

/** The preconditions as the command records them: done with someone (who, when, how), or not possible with why. */
export function preconditionsOf(drafts: PreconditionDraft[]): PreconditionEntry[] {
  return drafts.map((d) =>
    d.notPossible
      ? { key: d.key, waived: d.why }
      : { key: d.key, ...(d.person ? { with: addresseeOf(d.person) } : {}), ...(d.on ? { on: d.on } : {}), ...(d.how ? { how: d.how as PreconditionEntry['how'] } : {}) },
  );
}
type PreconditionEntry = z.input<typeof preconditionEntrySchema>;


/**
 * What the procedure requires at the door of the stage a form moves the escalation to: its notes, who may move
 * it there, and a checklist of its preconditions (Devon Stage 4: "requires discussion with the QARSS UNIT
 * Operations Manager in the first instance"), each recorded with the person, the date and how, or marked not
 * possible with why. The engine refuses the move with the procedure's sentence until each is one or the other.
 */
export function StageEntry({ stage, childId, value, onChange }: { stage: Stage | undefined; childId: string; value: PreconditionDraft[]; onChange: (v: PreconditionDraft[]) => void }) {
  const styles = useStyles();
  if (!stage || (stage.notes.length === 0 && !stage.requires?.length && !stage.enteredBy)) return null;
  // A note the checklist below quotes is not listed twice.
  const notes = stage.notes.filter((n) => !(stage.requires ?? []).some((r) => r.text.trim() === n.trim()));
  const draftOf = (key: string): PreconditionDraft => value.find((d) => d.key === key) ?? { key, person: null, on: '', how: '', notPossible: false, why: '' };
  const edit = (key: string, patch: Partial<PreconditionDraft>) => onChange([...value.filter((d) => d.key !== key), { ...draftOf(key), ...patch }]);
  return (
    <fieldset className={styles.box}>
      <legend className={styles.legend}>What the procedure requires for {stage.label}</legend>
      {stage.enteredBy && <Text>Who may move it there: {stage.enteredBy.text}</Text>}
      {notes.length > 0 && (
        <ul className={styles.notes} aria-label={`Notes for ${stage.label}`}>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {(stage.requires ?? []).map((req) => {
        const d = draftOf(req.key);
        const title = preconditionTitle(req.kind, req.role);
        return (
          <fieldset key={req.key} className={styles.item} aria-label={title}>
            <Text weight="semibold">Before moving on: {title}</Text>
            <blockquote className={styles.quote}>{req.text}</blockquote>
            <Checkbox label="This was not possible (say why below)" checked={d.notPossible} onChange={(_, c) => edit(req.key, { notPossible: c.checked === true })} />
            {d.notPossible ? (
              <Field label="Why it was not possible" required hint="Counted in the quarterly report as “precondition waived”.">
                <Textarea value={d.why} onChange={(_, t) => edit(req.key, { why: t.value })} rows={2} resize="vertical" />
              </Field>
            ) : (
              <>
                <PersonPicker label={`Who (${req.role})`} recipientRole={req.role} childId={childId} value={d.person} onChange={(p) => edit(req.key, { person: p })} purpose="agreement" />
                <div className={styles.row}>
                  <Field label={`Date of the ${req.kind}`} hint="dd/mm/yyyy; blank = today">
                    <DateInput value={d.on} onChange={(v) => edit(req.key, { on: v })} />
                  </Field>
                  <Field label="How" required>
                    <Select value={d.how} onChange={(_, s) => edit(req.key, { how: s.value })}>
                      <option value="">Choose…</option>
                      {conferredHows.map((h) => (
                        <option key={h} value={h}>
                          {conferredHowLabels[h]}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </div>
              </>
            )}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
