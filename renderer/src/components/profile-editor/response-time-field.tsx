import { Input, Select, makeStyles } from '@fluentui/react-components';
import type { ResponseTime } from '../../../../shared/profile/schema';
import type { DraftApi, Path } from './draft';
import { FieldGroup } from './field-group';

const useStyles = makeStyles({ row: { display: 'flex', gap: '6px' }, n: { width: '80px', minWidth: '80px' } });

type Kind = 'workingDays' | 'hours' | 'calendarDays' | 'none';
const kinds: { value: Kind; label: string }[] = [
  { value: 'workingDays', label: 'working days' },
  { value: 'hours', label: 'hours' },
  { value: 'calendarDays', label: 'calendar days' },
  { value: 'none', label: 'no timescale' },
];

function kindOf(rt: ResponseTime | undefined): Kind {
  if (!rt) return 'none';
  if ('workingDays' in rt) return 'workingDays';
  if ('hours' in rt) return 'hours';
  return 'calendarDays';
}

/** A timescale: a number and what it counts, or none (e.g. a Cafcass referral). */
export function ResponseTimeField({ api, path, label, value }: { api: DraftApi; path: Path; label: string; value: ResponseTime | undefined }) {
  const styles = useStyles();
  const kind = kindOf(value);
  const n = value ? Object.values(value)[0] : '';
  const change = (k: Kind, amount: number | string) => api.set(path, k === 'none' ? null : { [k]: amount === '' ? 0 : Number(amount) });
  const problem = api.problem(path) ?? (kind === 'none' ? undefined : api.problem([...path, kind]));
  return (
    <FieldGroup label={label} problem={problem}>
      {(describedBy) => (
        <div className={styles.row}>
          {kind !== 'none' && (
            <Input
              className={styles.n}
              type="number"
              min={0}
              value={String(n ?? '')}
              disabled={api.readOnly}
              aria-label={`${label}: number of ${kinds.find((k) => k.value === kind)!.label}`}
              aria-describedby={describedBy}
              aria-invalid={problem ? true : undefined}
              onChange={(_, d) => change(kind, d.value)}
            />
          )}
          <Select value={kind} disabled={api.readOnly} aria-label={`${label}: counted in`} aria-describedby={describedBy} onChange={(_, d) => change(d.value as Kind, typeof n === 'number' ? n : 5)}>
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </Select>
        </div>
      )}
    </FieldGroup>
  );
}
