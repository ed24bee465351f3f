import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Stage } from '../../../../shared/profile/schema';
import type { DraftApi, Path } from './draft';
import { ResponseTimeField } from './response-time-field';

const useStyles = makeStyles({
  card: { display: 'grid', gridTemplateColumns: 'minmax(120px, 160px) minmax(200px, 1fr) minmax(180px, 1fr) auto minmax(150px, 180px)', gap: '8px 12px', alignItems: 'start', padding: '8px 12px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  actions: { gridColumn: '1 / -1', display: 'flex', gap: '6px' },
  title: { gridColumn: '1 / -1', margin: 0, fontSize: tokens.fontSizeBase300 },
});

const stageKinds = [
  { value: 'written-response', label: 'Written response' },
  { value: 'meeting', label: 'Meeting' },
  { value: 'external-referral', label: 'External referral' },
];

/** One formal stage of a ladder: key, name, who receives it, the timescale, and what kind of stage it is. */
export function StageEditor(props: { api: DraftApi; path: Path; stage: Stage; number: number; count: number; onMove: (by: -1 | 1) => void; onRemove: () => void }) {
  const { api, path, stage, number, count } = props;
  const styles = useStyles();
  const name = `Stage ${number}`;
  const text = (field: 'key' | 'label' | 'recipientRole', label: string, hint?: string) => (
    <Field label={label} hint={hint} validationMessage={api.problem([...path, field])}>
      <Input value={stage[field] ?? ''} disabled={api.readOnly} onChange={(_, d) => api.set([...path, field], d.value)} />
    </Field>
  );
  return (
    <div role="group" aria-label={name} className={styles.card}>
      <h4 className={styles.title}>{name}</h4>
      {text('key', 'Key', 'Lower case, e.g. stage-1')}
      {text('label', 'Name')}
      {text('recipientRole', 'Sent to (role)')}
      <ResponseTimeField api={api} path={[...path, 'responseTime']} label="Response time" value={stage.responseTime} />
      <Field label="Kind" validationMessage={api.problem([...path, 'kind'])}>
        <Select value={stage.kind} disabled={api.readOnly} onChange={(_, d) => api.set([...path, 'kind'], d.value)}>
          {stageKinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </Select>
      </Field>
      {!api.readOnly && (
        <div className={styles.actions}>
          <Button size="small" disabled={number === 1} onClick={() => props.onMove(-1)} aria-label={`Move ${name} up`}>
            Move up
          </Button>
          <Button size="small" disabled={number === count} onClick={() => props.onMove(1)} aria-label={`Move ${name} down`}>
            Move down
          </Button>
          <Button size="small" onClick={props.onRemove} aria-label={`Remove ${name}`}>
            Remove
          </Button>
        </div>
      )}
    </div>
  );
}
