import { Field, Select, makeStyles } from '@fluentui/react-components';
import type { ImportInspection } from '../../../../shared/api/settings-outputs';
import type { ImportMapping } from '../../../../shared/import/fields';

const useStyles = makeStyles({ grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: '12px 20px', margin: '8px 0 16px', alignItems: 'start' } });

export type Defaults = ImportInspection['defaults'];

/** Which column holds which field, plus what to assume when a row leaves the cohort or category empty. */
export function ImportMappingForm(props: {
  inspection: ImportInspection;
  mapping: ImportMapping;
  defaults: Defaults;
  onMapping: (m: ImportMapping) => void;
  onDefaults: (d: Defaults) => void;
}) {
  const styles = useStyles();
  const { inspection, mapping, defaults } = props;
  return (
    <>
      <div className={styles.grid}>
        {inspection.fields.map((f) => (
          <Field key={f.key} label={f.label} required={f.required} hint={f.help || undefined} validationMessage={f.required && !mapping[f.key] ? 'Choose the column that holds this' : undefined} validationState={f.required && !mapping[f.key] ? 'warning' : 'none'}>
            <Select value={mapping[f.key] ?? ''} onChange={(_, d) => props.onMapping({ ...mapping, [f.key]: d.value || null })}>
              <option value="">(not in this file)</option>
              {inspection.headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      <div className={styles.grid}>
        <Field label="When a row gives no cohort, treat the child as" hint="Rows for children already in the tracker use the child’s cohort.">
          <Select value={defaults.cohort ?? ''} onChange={(_, d) => props.onDefaults({ ...defaults, cohort: (d.value || null) as Defaults['cohort'] })}>
            <option value="">(reject the row)</option>
            <option value="looked-after">Looked after (IRO)</option>
            <option value="child-protection">Child protection plan (CP Chair)</option>
          </Select>
        </Field>
        <Field label="When a category is missing or not recognised, record it as" hint="Recognised categories are always kept.">
          <Select value={defaults.categoryKey ?? ''} onChange={(_, d) => props.onDefaults({ ...defaults, categoryKey: d.value || null })}>
            <option value="">{inspection.categories.some((c) => c.key === 'other') ? 'Other (with the spreadsheet’s words)' : '(reject the row)'}</option>
            {inspection.categories.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </>
  );
}
