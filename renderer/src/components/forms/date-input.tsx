import { useState } from 'react';
import { Input } from '@fluentui/react-components';
import { isoToText, textToIso } from './date-text';

/**
 * A date box that reads and writes dd/mm/yyyy. `onChange` gets the ISO date, '' when empty, or the typed
 * text itself when it is not a date yet (so the form can say "Enter a real date, like 27/03/2026").
 */
export function DateInput({
  id,
  value,
  onChange,
  onlyDates = false,
  ...rest
}: {
  id?: string;
  value: string;
  onChange: (isoOrText: string) => void;
  /** Filters and periods: tell the page only of a real date (or an empty box), never half-typed text. */
  onlyDates?: boolean;
  'aria-describedby'?: string;
}) {
  const [text, setText] = useState(() => isoToText(value));
  const [seen, setSeen] = useState(value);
  // A value set from outside (a draft restored, "today" filled in) replaces what is shown.
  if (seen !== value) {
    setSeen(value);
    if (textToIso(text) !== value && text !== value) setText(isoToText(value));
  }
  return (
    <Input
      id={id}
      {...rest}
      inputMode="numeric"
      placeholder="dd/mm/yyyy"
      autoComplete="off"
      value={text}
      onChange={(_, d) => {
        setText(d.value);
        const next = d.value.trim() === '' ? '' : (textToIso(d.value) ?? d.value);
        if (!onlyDates || next === '' || textToIso(next) !== null) onChange(next);
      }}
    />
  );
}

/** A date field's problem, if any: not a real date. */
export function dateProblem(v: string, label: string): string | undefined {
  if (!v || /^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
  return `Enter ${label} as a real date, like 27/03/2026`;
}
