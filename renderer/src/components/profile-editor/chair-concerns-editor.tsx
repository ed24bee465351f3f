import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { DraftApi } from './draft';
import { freeKey, moved } from './draft';
import { ResponseTimeField } from './response-time-field';

const useStyles = makeStyles({
  card: { display: 'grid', gridTemplateColumns: 'minmax(120px, 180px) minmax(200px, 1fr) minmax(180px, 1fr) auto', gap: '8px 12px', alignItems: 'start', padding: '8px 12px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, margin: '8px 0' },
  actions: { gridColumn: '1 / -1', display: 'flex', gap: '6px' },
  title: { gridColumn: '1 / -1', margin: 0, fontSize: tokens.fontSizeBase300 },
});

/** The route for concerns about a chair or the reviewing service (profile `chairConcerns`): its stages, who handles each, and any timescale. */
export function ChairConcernsEditor({ api }: { api: DraftApi }) {
  const styles = useStyles();
  const route = api.draft.chairConcerns;
  const stages = route.stages;
  const setStages = (next: typeof stages) => api.set(['chairConcerns', 'stages'], next);
  return (
    <>
      <Field label="Name of the route" validationMessage={api.problem(['chairConcerns', 'label'])}>
        <Input value={route.label} disabled={api.readOnly} onChange={(_, d) => api.set(['chairConcerns', 'label'], d.value)} />
      </Field>
      {stages.map((stage, i) => {
        const path = ['chairConcerns', 'stages', i];
        const name = `Concern stage ${i + 1}`;
        const text = (field: 'key' | 'label' | 'handledBy', label: string) => (
          <Field label={label} validationMessage={api.problem([...path, field])}>
            <Input value={stage[field]} disabled={api.readOnly} onChange={(_, d) => api.set([...path, field], d.value)} />
          </Field>
        );
        return (
          <div key={i} role="group" aria-label={name} className={styles.card}>
            <h4 className={styles.title}>{name}</h4>
            {text('key', 'Key')}
            {text('label', 'Name')}
            {text('handledBy', 'Handled by (role)')}
            <ResponseTimeField api={api} path={[...path, 'responseTime']} label="Formal response within" value={stage.responseTime} />
            {!api.readOnly && (
              <div className={styles.actions}>
                <Button size="small" disabled={i === 0} onClick={() => setStages(moved(stages, i, -1))} aria-label={`Move ${name} up`}>
                  Move up
                </Button>
                <Button size="small" disabled={i === stages.length - 1} onClick={() => setStages(moved(stages, i, 1))} aria-label={`Move ${name} down`}>
                  Move down
                </Button>
                <Button size="small" disabled={stages.length === 1} onClick={() => setStages(stages.filter((_, j) => j !== i))} aria-label={`Remove ${name}`}>
                  Remove
                </Button>
              </div>
            )}
          </div>
        );
      })}
      {!api.readOnly && (
        <Button onClick={() => setStages([...stages, { key: freeKey('concern-stage', stages.map((s) => s.key)), label: 'New stage', handledBy: 'Manager', responseTime: null, notes: [] }])}>Add a concern stage</Button>
      )}
    </>
  );
}
