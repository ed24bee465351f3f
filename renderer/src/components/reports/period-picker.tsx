import { useState } from 'react';
import { DateInput } from '../forms/date-input';
import { Button, Field, Select, makeStyles } from '@fluentui/react-components';
import { addCalendarDays } from '../../../../shared/calendar/iso-date';
import { quarterOf, type Period } from '../../../../shared/reports/periods';

const useStyles = makeStyles({ row: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap', margin: '8px 0 16px' } });

/** The last eight financial quarters, newest first (the current one included, still in progress). */
export function recentQuarters(today: string, count = 8): Period[] {
  const out: Period[] = [quarterOf(today)];
  while (out.length < count) out.push(quarterOf(addCalendarDays(out[out.length - 1]!.from, -1)));
  return out;
}

/** Choose a quarter, or any dates. */
export function PeriodPicker({ today, value, onChange }: { today: string; value: { from: string; to: string }; onChange: (p: { from: string; to: string }) => void }) {
  const styles = useStyles();
  const quarters = recentQuarters(today);
  const chosen = quarters.find((q) => q.from === value.from && q.to === value.to);
  const [custom, setCustom] = useState(!chosen);
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  return (
    <div className={styles.row}>
      <Field label="Period">
        <Select
          value={custom ? 'custom' : (chosen?.from ?? 'custom')}
          onChange={(_, d) => {
            if (d.value === 'custom') return setCustom(true);
            setCustom(false);
            const q = quarters.find((x) => x.from === d.value)!;
            onChange({ from: q.from, to: q.to });
          }}
        >
          {quarters.map((q) => (
            <option key={q.from} value={q.from}>
              {q.label}
              {q.to >= today ? ' – in progress' : ''}
            </option>
          ))}
          <option value="custom">Other dates…</option>
        </Select>
      </Field>
      {custom && (
        <>
          <Field label="From">
            <DateInput onlyDates value={from} onChange={(v) => setFrom(v)} />
          </Field>
          <Field label="To">
            <DateInput onlyDates value={to} onChange={(v) => setTo(v)} />
          </Field>
          <Button onClick={() => onChange({ from, to })}>Show these dates</Button>
        </>
      )}
    </div>
  );
}
