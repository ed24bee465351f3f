import { useState } from 'react';
import { DateInput } from '../forms/date-input';
import { Button, Field, makeStyles } from '@fluentui/react-components';
import { formatDate } from '../format';
import type { DraftApi } from './draft';

const useStyles = makeStyles({ row: { display: 'flex', gap: '8px', alignItems: 'flex-end' }, list: { paddingLeft: '20px' } });

/** Local closure days (e.g. between Christmas and New Year): not working days, on top of bank holidays. */
export function ClosureDaysEditor({ api }: { api: DraftApi }) {
  const styles = useStyles();
  const [day, setDay] = useState('');
  const days = api.draft.closureDays ?? [];
  return (
    <div>
      {days.length === 0 ? (
        <p>No closure days: only weekends and bank holidays are non-working days.</p>
      ) : (
        <ul className={styles.list} aria-label="Closure days">
          {days.map((d, i) => (
            <li key={`${d}-${i}`}>
              {formatDate(d)} {api.problem(['closureDays', i]) && <strong role="alert">{api.problem(['closureDays', i])}</strong>}{' '}
              {!api.readOnly && (
                <Button size="small" appearance="subtle" onClick={() => api.set(['closureDays'], days.filter((_, j) => j !== i))} aria-label={`Remove closure day ${formatDate(d)}`}>
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!api.readOnly && (
        <div className={styles.row}>
          <Field label="Add a closure day">
            <DateInput onlyDates value={day} onChange={(v) => setDay(v)} />
          </Field>
          <Button
            disabled={!day || days.includes(day)}
            onClick={() => {
              api.set(['closureDays'], [...days, day].sort());
              setDay('');
            }}
          >
            Add day
          </Button>
        </div>
      )}
    </div>
  );
}
