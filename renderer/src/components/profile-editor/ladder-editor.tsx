import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { cohortSchema, type Ladder } from '../../../../shared/profile/schema';
import { freeKey, moved, type DraftApi, type Path } from './draft';
import { FieldGroup } from './field-group';
import { ResponseTimeField } from './response-time-field';
import { StageEditor } from './stage-editor';

const useStyles = makeStyles({
  ladder: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge, padding: '12px 16px', margin: '12px 0', display: 'grid', gap: '12px' },
  row: { display: 'flex', gap: '16px', flexWrap: 'wrap', alignItems: 'flex-start' },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: '0 4px' },
  stages: { display: 'grid', gap: '8px' },
});

const cohortLabels: Record<string, string> = { 'looked-after': 'Looked-after children', 'child-protection': 'Child protection plans', transition: 'Transition to adult services' };

/** One ladder: its name and cohorts, its informal stage (if any) and its formal stages in order. */
export function LadderEditor({ api, path, ladder }: { api: DraftApi; path: Path; ladder: Ladder }) {
  const styles = useStyles();
  const stages = ladder.stages ?? [];
  const setStages = (next: unknown[]) => api.set([...path, 'stages'], next);
  const toggleCohort = (c: string, on: boolean) => api.set([...path, 'cohorts'], on ? [...ladder.cohorts, c] : ladder.cohorts.filter((x) => x !== c));
  const addStage = () => {
    const key = freeKey('stage', stages.map((s) => s.key));
    setStages([...stages, { key, label: `Stage ${stages.length + 1}`, recipientRole: 'Team Manager', responseTime: { workingDays: 5 }, kind: 'written-response', copyTo: [], notes: [] }]);
  };
  return (
    <fieldset className={styles.ladder}>
      <legend className={styles.legend}>Ladder: {ladder.label || ladder.key}</legend>
      <div className={styles.row}>
        <Field label="Ladder name" validationMessage={api.problem([...path, 'label'])}>
          <Input value={ladder.label} disabled={api.readOnly} onChange={(_, d) => api.set([...path, 'label'], d.value)} />
        </Field>
        <Field label="Ladder key" validationMessage={api.problem([...path, 'key'])}>
          <Input value={ladder.key} disabled={api.readOnly} onChange={(_, d) => api.set([...path, 'key'], d.value)} />
        </Field>
        <FieldGroup label="Used for" problem={api.problem([...path, 'cohorts'])}>
          {() =>
            cohortSchema.options.map((c) => (
              <Checkbox key={c} label={cohortLabels[c]} checked={ladder.cohorts.includes(c)} disabled={api.readOnly} onChange={(_, d) => toggleCohort(c, d.checked === true)} />
            ))
          }
        </FieldGroup>
      </div>
      <Checkbox
        label="Starts with an informal stage"
        checked={ladder.informal !== null}
        disabled={api.readOnly}
        onChange={(_, d) => api.set([...path, 'informal'], d.checked ? { label: 'Informal resolution', recipientRole: 'Social Worker / Team Manager', responseTime: { workingDays: 5 }, notes: [] } : null)}
      />
      {ladder.informal && (
        <div className={styles.row} role="group" aria-label="Informal stage">
          <Field label="Informal stage name" validationMessage={api.problem([...path, 'informal', 'label'])}>
            <Input value={ladder.informal.label} disabled={api.readOnly} onChange={(_, d) => api.set([...path, 'informal', 'label'], d.value)} />
          </Field>
          <Field label="Raised with (role)" validationMessage={api.problem([...path, 'informal', 'recipientRole'])}>
            <Input value={ladder.informal.recipientRole} disabled={api.readOnly} onChange={(_, d) => api.set([...path, 'informal', 'recipientRole'], d.value)} />
          </Field>
          <ResponseTimeField api={api} path={[...path, 'informal', 'responseTime']} label="Informal response time" value={ladder.informal.responseTime} />
        </div>
      )}
      <FieldGroup label="Formal stages, in order" problem={api.problem([...path, 'stages'])}>
        {() => (
          <div className={styles.stages}>
            {stages.map((stage, i) => (
              <StageEditor
                key={i}
                api={api}
                path={[...path, 'stages', i]}
                stage={stage}
                number={i + 1}
                count={stages.length}
                onMove={(by) => setStages(moved(stages, i, by))}
                onRemove={() => setStages(stages.filter((_, j) => j !== i))}
              />
            ))}
          </div>
        )}
      </FieldGroup>
      {!api.readOnly && (
        <div>
          <Button onClick={addStage}>Add a stage to {ladder.label || 'this ladder'}</Button>
        </div>
      )}
    </fieldset>
  );
}
