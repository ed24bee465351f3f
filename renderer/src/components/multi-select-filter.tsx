import { Combobox, Field, Option } from '@fluentui/react-components';

/**
 * A filter that takes several values ("RED and AMBER", "stage 2 or 3"), kept as one comma-separated
 * string so it travels in the address and saved views like the single-value filters.
 */
export function MultiSelectFilter({ label, anyLabel, value, options, onChange, className }: { label: string; anyLabel: string; value: string; options: { value: string; label: string }[]; onChange: (v: string) => void; className?: string }) {
  const selected = value.split(',').filter(Boolean);
  const shown = selected.map((v) => options.find((o) => o.value === v)?.label ?? v).join(', ');
  return (
    <Field label={label}>
      <Combobox
        className={className}
        multiselect
        placeholder={anyLabel}
        value={shown}
        selectedOptions={selected}
        onOptionSelect={(_, d) => onChange(d.selectedOptions.join(','))}
      >
        {options.map((o) => (
          <Option key={o.value} value={o.value}>
            {o.label}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
