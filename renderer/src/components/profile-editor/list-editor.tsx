import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { freeKey, type DraftApi } from './draft';

const useStyles = makeStyles({
  item: { display: 'grid', gridTemplateColumns: 'minmax(160px, 220px) minmax(240px, 1fr) auto', gap: '8px 12px', alignItems: 'end', padding: '6px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

/** Categories of concern or expected outcomes: a key and a name each (other fields are kept as they are). */
export function ListEditor({ api, field, noun }: { api: DraftApi; field: 'categories' | 'outcomes'; noun: string }) {
  const styles = useStyles();
  const items = (api.draft[field] ?? []) as { key: string; label: string }[];
  const blank = field === 'categories' ? { guidance: '', indicators: [], cohorts: [] } : { categories: [] };
  return (
    <div>
      {items.map((item, i) => (
        <div key={i} className={styles.item} role="group" aria-label={`${noun} ${i + 1}`}>
          <Field label="Key" validationMessage={api.problem([field, i, 'key'])}>
            <Input value={item.key} disabled={api.readOnly} onChange={(_, d) => api.set([field, i, 'key'], d.value)} />
          </Field>
          <Field label="Name" validationMessage={api.problem([field, i, 'label'])}>
            <Input value={item.label} disabled={api.readOnly} onChange={(_, d) => api.set([field, i, 'label'], d.value)} />
          </Field>
          {!api.readOnly && (
            <Button size="small" onClick={() => api.set([field], items.filter((_, j) => j !== i))} aria-label={`Remove ${noun.toLowerCase()} ${item.label || i + 1}`}>
              Remove
            </Button>
          )}
        </div>
      ))}
      {api.problem([field]) && <p role="alert">{api.problem([field])}</p>}
      {!api.readOnly && (
        <Button style={{ marginTop: 8 }} onClick={() => api.set([field], [...items, { key: freeKey(field === 'categories' ? 'category' : 'outcome', items.map((x) => x.key)), label: '', ...blank }])}>
          Add {noun.toLowerCase()}
        </Button>
      )}
    </div>
  );
}
