import { useState } from 'react';
import { Button, Field, Input, Select, makeStyles } from '@fluentui/react-components';
import type { TrackerFilter } from '../../../shared/api/inputs';
import { call, newOpId } from '../api';
import { useLoad } from './use-load';
import { ErrorBar } from './error-bar';

const useStyles = makeStyles({ bar: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap' } });

/** A person's named tracker views: apply one, save the current filters under a name, remove one. */
export function SavedViews({ filter, onApply }: { filter: TrackerFilter; onApply: (f: TrackerFilter) => void }) {
  const styles = useStyles();
  const views = useLoad(() => call('views.list', {}), []);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string>();
  const run = async (fn: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await fn();
      views.reload();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div>
      <div className={styles.bar}>
        <Field label="Saved views">
          <Select
            value={chosen}
            onChange={(_, d) => {
              setChosen(d.value);
              const v = views.data?.find((x) => x.id === d.value);
              if (v) onApply(v.filter);
            }}
          >
            <option value="">Choose a saved view…</option>
            {views.data?.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={!chosen} onClick={() => run(() => call('views.remove', { id: chosen, opId: newOpId() })).then(() => setChosen(''))}>
          Remove view
        </Button>
        <Field label="Save these filters as">
          <Input value={name} onChange={(_, d) => setName(d.value)} placeholder="e.g. My overdue CP" />
        </Field>
        <Button
          disabled={!name.trim()}
          onClick={() =>
            run(async () => {
              const saved = await call('views.save', { name, filter, opId: newOpId() });
              setChosen(saved.id);
              setName('');
            })
          }
        >
          Save view
        </Button>
      </div>
      <ErrorBar message={error ?? views.error} />
    </div>
  );
}
