import { Checkbox, Field, Input, Textarea, makeStyles } from '@fluentui/react-components';
import type { Profile } from '../../../shared/profile/schema';
import type { Cohort } from '../../../shared/profile/schema';
import { categoryOpenTo, outcomeOpenTo } from '../../../shared/engine/cohorts';

export interface ConcernDraft {
  categoryKeys: string[];
  otherCategory: string;
  summary: string;
  impactOnChild: string;
  what: string;
  who: string;
  byWhen: string;
  expectedOutcomeKeys: string[];
}
export const emptyConcern: ConcernDraft = { categoryKeys: [], otherCategory: '', summary: '', impactOnChild: '', what: '', who: '', byWhen: '', expectedOutcomeKeys: [] };
export type ConcernErrors = Partial<Record<keyof ConcernDraft, string>>;

export function checkConcern(d: ConcernDraft): ConcernErrors {
  const e: ConcernErrors = {};
  if (d.categoryKeys.length === 0) e.categoryKeys = 'Choose at least one category of concern';
  if (!d.summary.trim()) e.summary = 'Describe the concern';
  if (!d.impactOnChild.trim()) e.impactOnChild = 'Say what the impact on the child is';
  if (!d.what.trim()) e.what = 'Say what action is requested';
  if (!d.who.trim()) e.who = 'Say who should act';
  return e;
}

const useStyles = makeStyles({
  group: { border: 'none', padding: 0, margin: '12px 0', display: 'grid', gap: '2px' },
  legend: { fontWeight: 600, marginBottom: '4px' },
  grid: { display: 'grid', gridTemplateColumns: '2fr 1fr 180px', gap: '12px', alignItems: 'start' },
  error: { color: '#a4262c', fontSize: '12px' },
});

function toggle(list: string[], key: string, on: boolean): string[] {
  return on ? [...list, key] : list.filter((k) => k !== key);
}

/** The concern as the seed form captures it: categories, summary, impact, requested action, expected outcomes. */
export function ConcernFields({ profile, cohort, value, onChange, errors }: { profile: Profile; cohort: Cohort; value: ConcernDraft; onChange: (d: ConcernDraft) => void; errors: ConcernErrors }) {
  // Categories and outcomes limited to other cohorts are not offered (the engine refuses them anyway).
  const categories = profile.categories.filter((c) => categoryOpenTo(c, cohort));
  const outcomes = profile.outcomes.filter((o) => outcomeOpenTo(o, cohort));
  const styles = useStyles();
  const set = (patch: Partial<ConcernDraft>) => onChange({ ...value, ...patch });
  return (
    <>
      <fieldset className={styles.group} aria-describedby={errors.categoryKeys ? 'categories-error' : undefined}>
        <legend className={styles.legend}>Category of concern (required)</legend>
        {categories.map((c) => (
          <Checkbox key={c.key} label={c.label} checked={value.categoryKeys.includes(c.key)} onChange={(_, d) => set({ categoryKeys: toggle(value.categoryKeys, c.key, Boolean(d.checked)) })} />
        ))}
        {errors.categoryKeys && (
          <span id="categories-error" className={styles.error} role="alert">
            {errors.categoryKeys}
          </span>
        )}
      </fieldset>
      <Field label="Other category (specify)">
        <Input value={value.otherCategory} onChange={(_, d) => set({ otherCategory: d.value })} />
      </Field>
      <Field label="Brief summary of concern(s)" required validationMessage={errors.summary}>
        <Textarea value={value.summary} onChange={(_, d) => set({ summary: d.value })} rows={4} resize="vertical" />
      </Field>
      <Field label="Impact on the child" required validationMessage={errors.impactOnChild}>
        <Textarea value={value.impactOnChild} onChange={(_, d) => set({ impactOnChild: d.value })} rows={3} resize="vertical" />
      </Field>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Requested action</legend>
        <div className={styles.grid}>
          <Field label="What" required validationMessage={errors.what}>
            <Textarea value={value.what} onChange={(_, d) => set({ what: d.value })} rows={2} />
          </Field>
          <Field label="Who" required validationMessage={errors.who}>
            <Input value={value.who} onChange={(_, d) => set({ who: d.value })} />
          </Field>
          <Field label="By when">
            <Input type="date" value={value.byWhen} onChange={(_, d) => set({ byWhen: d.value })} />
          </Field>
        </div>
      </fieldset>
      {outcomes.length > 0 && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>Expected outcome for the child</legend>
          {outcomes.map((o) => (
            <Checkbox
              key={o.key}
              label={o.label}
              checked={value.expectedOutcomeKeys.includes(o.key)}
              onChange={(_, d) => set({ expectedOutcomeKeys: toggle(value.expectedOutcomeKeys, o.key, Boolean(d.checked)) })}
            />
          ))}
        </fieldset>
      )}
    </>
  );
}
