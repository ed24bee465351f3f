import { Checkbox, Field, Input, Textarea, makeStyles, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import type { Profile } from '../../../shared/profile/schema';
import type { Cohort } from '../../../shared/profile/schema';
import { categoryOpenTo, outcomeOpenTo } from '../../../shared/engine/cohorts';
import { DateInput, dateProblem } from './forms/date-input';
import type { FormProblem } from './forms/error-summary';

/** The API's limit for each text (shared/api/inputs.ts), counted as the person types. */
const MAX = 4000;
const counter = (v: string) => `${v.length} of ${MAX} characters`;

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
  const labels: [keyof ConcernDraft, string][] = [['summary', 'The summary'], ['impactOnChild', 'The impact on the child'], ['what', 'What is requested'], ['who', 'Who should act']];
  for (const [k, label] of labels) if (String(d[k]).length > MAX) e[k] = `${label} must be ${MAX} characters or fewer`;
  const bad = dateProblem(d.byWhen, '“by when”');
  if (bad) e.byWhen = bad;
  return e;
}

/** The field ids, in page order, for the error summary's links. */
const fieldIds: Record<keyof ConcernDraft, string> = {
  categoryKeys: 'concern-category-0',
  otherCategory: 'concern-other-category',
  summary: 'concern-summary',
  impactOnChild: 'concern-impact',
  what: 'concern-what',
  who: 'concern-who',
  byWhen: 'concern-by-when',
  expectedOutcomeKeys: 'concern-outcome-0',
};
export function concernProblems(e: ConcernErrors): FormProblem[] {
  return (Object.keys(fieldIds) as (keyof ConcernDraft)[]).filter((k) => e[k]).map((k) => ({ fieldId: fieldIds[k], message: e[k]! }));
}

const useStyles = makeStyles({
  group: { border: 'none', padding: 0, margin: '12px 0', display: 'grid', gap: '2px' },
  legend: { fontWeight: 600, marginBottom: '4px' },
  grid: { display: 'grid', gridTemplateColumns: '2fr 1fr 180px', gap: '12px', alignItems: 'start' },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: '12px' },
  hint: { fontSize: '12px', marginBottom: '4px' },
});

function toggle(list: string[], key: string, on: boolean): string[] {
  return on ? [...list, key] : list.filter((k) => k !== key);
}

/** The concern as the seed form captures it: categories, summary, impact, requested action, expected outcomes. */
export function ConcernFields({ profile, cohort, value, onChange, errors, today }: { profile: Profile; cohort: Cohort; value: ConcernDraft; onChange: (d: ConcernDraft) => void; errors: ConcernErrors; today: string }) {
  // Categories and outcomes limited to other cohorts are not offered (the engine refuses them anyway).
  const categories = profile.categories.filter((c) => categoryOpenTo(c, cohort));
  const outcomes = profile.outcomes.filter((o) => outcomeOpenTo(o, cohort));
  const styles = useStyles();
  const set = (patch: Partial<ConcernDraft>) => onChange({ ...value, ...patch });
  // One Tab stop for the whole list of categories; the arrow keys move between them (15 in some procedures).
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  const past = /^\d{4}-\d{2}-\d{2}$/.test(value.byWhen) && value.byWhen < today;
  return (
    <>
      <fieldset className={styles.group} aria-describedby={`categories-hint${errors.categoryKeys ? ' categories-error' : ''}`} {...arrows}>
        <legend className={styles.legend}>Category of concern (required)</legend>
        <span id="categories-hint" className={styles.hint}>
          Tab reaches the list once; move through it with the up and down arrow keys, and tick with Space.
        </span>
        {categories.map((c, i) => (
          <Checkbox key={c.key} id={`concern-category-${i}`} label={c.label} checked={value.categoryKeys.includes(c.key)} onChange={(_, d) => set({ categoryKeys: toggle(value.categoryKeys, c.key, Boolean(d.checked)) })} />
        ))}
        {errors.categoryKeys && (
          <span id="categories-error" className={styles.error} role="alert">
            {errors.categoryKeys}
          </span>
        )}
      </fieldset>
      <Field label="Other category (specify)">
        <Input id={fieldIds.otherCategory} value={value.otherCategory} onChange={(_, d) => set({ otherCategory: d.value })} />
      </Field>
      <Field label="Brief summary of concern(s)" required validationMessage={errors.summary} hint={counter(value.summary)}>
        <Textarea id={fieldIds.summary} value={value.summary} onChange={(_, d) => set({ summary: d.value })} rows={4} resize="vertical" />
      </Field>
      <Field label="Impact on the child" required validationMessage={errors.impactOnChild} hint={counter(value.impactOnChild)}>
        <Textarea id={fieldIds.impactOnChild} value={value.impactOnChild} onChange={(_, d) => set({ impactOnChild: d.value })} rows={3} resize="vertical" />
      </Field>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Requested action</legend>
        <div className={styles.grid}>
          <Field label="What" required validationMessage={errors.what}>
            <Textarea id={fieldIds.what} value={value.what} onChange={(_, d) => set({ what: d.value })} rows={2} />
          </Field>
          <Field label="Who" required validationMessage={errors.who}>
            <Input id={fieldIds.who} value={value.who} onChange={(_, d) => set({ who: d.value })} />
          </Field>
          <Field
            label="By when"
            hint={past ? undefined : 'For example, 27/03/2026'}
            validationMessage={errors.byWhen ?? (past ? 'This date has already passed. Check it, or leave it if the action was already late.' : undefined)}
            validationState={errors.byWhen ? 'error' : past ? 'warning' : 'none'}
          >
            <DateInput id={fieldIds.byWhen} value={value.byWhen} onChange={(v) => set({ byWhen: v })} />
          </Field>
        </div>
      </fieldset>
      {outcomes.length > 0 && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>Expected outcome for the child</legend>
          {outcomes.map((o, i) => (
            <Checkbox
              key={o.key}
              id={`concern-outcome-${i}`}
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
