import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { UrgencyScheme } from '../../../../shared/profile/schema';
import { freeKey, type DraftApi } from './draft';
import { ResponseTimeField } from './response-time-field';

const useStyles = makeStyles({
  level: { display: 'flex', gap: '12px', alignItems: 'flex-start', flexWrap: 'wrap', padding: '8px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  row: { display: 'flex', gap: '16px', flexWrap: 'wrap', alignItems: 'flex-end', margin: '8px 0' },
});

const EXAMPLE: UrgencyScheme = {
  label: 'RAG rating',
  levels: [
    { key: 'green', label: 'Green', colour: '#107c10', responseTime: { workingDays: 5 }, description: '' },
    { key: 'amber', label: 'Amber', colour: '#c19c00', responseTime: { workingDays: 3 }, description: '' },
    { key: 'red', label: 'Red', colour: '#d13438', responseTime: { hours: 24 }, description: '' },
  ],
  defaultLevel: 'green',
  overridesStageTimes: true,
};

/** Urgency levels (e.g. Devon's RAG): each with a response time that can replace the stages' own. */
export function UrgencyEditor({ api }: { api: DraftApi }) {
  const styles = useStyles();
  const scheme = api.draft.urgency;
  const levels = scheme?.levels ?? [];
  return (
    <div>
      <Checkbox label="Concerns have an urgency rating" checked={scheme !== null} disabled={api.readOnly} onChange={(_, d) => api.set(['urgency'], d.checked ? EXAMPLE : null)} />
      {scheme && (
        <>
          <div className={styles.row}>
            <Field label="Name of the rating" validationMessage={api.problem(['urgency', 'label'])}>
              <Input value={scheme.label} disabled={api.readOnly} onChange={(_, d) => api.set(['urgency', 'label'], d.value)} />
            </Field>
            <Field label="Default level" validationMessage={api.problem(['urgency', 'defaultLevel'])}>
              <Select value={scheme.defaultLevel} disabled={api.readOnly} onChange={(_, d) => api.set(['urgency', 'defaultLevel'], d.value)}>
                {levels.map((l) => (
                  <option key={l.key} value={l.key}>
                    {l.label || l.key}
                  </option>
                ))}
              </Select>
            </Field>
            <Checkbox
              label="The level’s response time replaces the stage’s at every stage"
              checked={scheme.overridesStageTimes}
              disabled={api.readOnly}
              onChange={(_, d) => api.set(['urgency', 'overridesStageTimes'], d.checked === true)}
            />
          </div>
          {levels.map((level, i) => (
            <div key={i} className={styles.level} role="group" aria-label={`Urgency level ${level.label || i + 1}`}>
              <Field label="Key" validationMessage={api.problem(['urgency', 'levels', i, 'key'])}>
                <Input value={level.key} disabled={api.readOnly} onChange={(_, d) => api.set(['urgency', 'levels', i, 'key'], d.value)} />
              </Field>
              <Field label="Name" validationMessage={api.problem(['urgency', 'levels', i, 'label'])}>
                <Input value={level.label} disabled={api.readOnly} onChange={(_, d) => api.set(['urgency', 'levels', i, 'label'], d.value)} />
              </Field>
              <Field label="Colour (shown beside the name)" validationMessage={api.problem(['urgency', 'levels', i, 'colour'])}>
                <Input value={level.colour} disabled={api.readOnly} onChange={(_, d) => api.set(['urgency', 'levels', i, 'colour'], d.value)} />
              </Field>
              <ResponseTimeField api={api} path={['urgency', 'levels', i, 'responseTime']} label="Response time" value={level.responseTime} />
              {!api.readOnly && (
                <Button size="small" onClick={() => api.set(['urgency', 'levels'], levels.filter((_, j) => j !== i))} aria-label={`Remove urgency level ${level.label || i + 1}`}>
                  Remove
                </Button>
              )}
            </div>
          ))}
          {!api.readOnly && (
            <Button onClick={() => api.set(['urgency', 'levels'], [...levels, { key: freeKey('level', levels.map((l) => l.key)), label: '', colour: '#605e5c', responseTime: { workingDays: 5 }, description: '' }])}>
              Add an urgency level
            </Button>
          )}
        </>
      )}
    </div>
  );
}
