import { Field, Input, Select, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { regionSchema } from '../../../../shared/profile/schema';
import type { DraftApi } from './draft';
import { LadderEditor } from './ladder-editor';
import { UrgencyEditor } from './urgency-editor';
import { ListEditor } from './list-editor';
import { ClosureDaysEditor } from './closure-days-editor';
import { ChairConcernsEditor } from './chair-concerns-editor';

const useStyles = makeStyles({
  section: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, padding: '12px 0 16px' },
  row: { display: 'flex', gap: '16px', flexWrap: 'wrap' },
  wide: { minWidth: '320px' },
});

const regionLabels: Record<string, string> = { 'england-and-wales': 'England and Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' };

/** Every editable part of a profile, each field showing its own problems from the validator. */
export function ProfileForm({ api }: { api: DraftApi }) {
  const styles = useStyles();
  const p = api.draft;
  const section = (id: string, title: string, body: React.ReactNode) => (
    <section className={styles.section} aria-labelledby={`profile-${id}`}>
      <Title3 as="h2" id={`profile-${id}`}>
        {title}
      </Title3>
      {body}
    </section>
  );
  return (
    <div>
      {section(
        'details',
        'Details',
        <div className={styles.row}>
          <Field label="Profile name" className={styles.wide} validationMessage={api.problem(['name'])}>
            <Input value={p.name} disabled={api.readOnly} onChange={(_, d) => api.set(['name'], d.value)} />
          </Field>
          <Field label="Authority" className={styles.wide} validationMessage={api.problem(['authority'])}>
            <Input value={p.authority} disabled={api.readOnly} onChange={(_, d) => api.set(['authority'], d.value)} />
          </Field>
          <Field label="Bank holidays of" validationMessage={api.problem(['region'])}>
            <Select value={p.region} disabled={api.readOnly} onChange={(_, d) => api.set(['region'], d.value)}>
              {regionSchema.options.map((r) => (
                <option key={r} value={r}>
                  {regionLabels[r]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Profile id" hint="Fixed once saved." validationMessage={api.problem(['id'])}>
            <Input value={p.id} disabled readOnly />
          </Field>
        </div>,
      )}
      {section(
        'ladders',
        'Ladders and stages',
        <>
          {api.problem(['ladders']) && <p role="alert">{api.problem(['ladders'])}</p>}
          {p.ladders.map((ladder, i) => (
            <LadderEditor key={i} api={api} path={['ladders', i]} ladder={ladder} />
          ))}
        </>,
      )}
      {section('urgency', 'Urgency levels', <UrgencyEditor api={api} />)}
      {section('categories', 'Categories of concern', <ListEditor api={api} field="categories" noun="Category" />)}
      {section('outcomes', 'Expected outcomes', <ListEditor api={api} field="outcomes" noun="Outcome" />)}
      {section('closures', 'Closure days', <ClosureDaysEditor api={api} />)}
      {section(
        'follow-up',
        'Follow-up of resolutions',
        <div className={styles.row}>
          <Field label="Check after (working days)" hint="When the agreed action has no date of its own." validationMessage={api.problem(['rules', 'followUp', 'checkAfterWorkingDays'])}>
            <Input type="number" min={1} max={120} value={String(p.rules.followUp.checkAfterWorkingDays)} disabled={api.readOnly} onChange={(_, d) => api.set(['rules', 'followUp', 'checkAfterWorkingDays'], Number(d.value))} />
          </Field>
          <Field label="“Not done” raises the concern again at" validationMessage={api.problem(['rules', 'followUp', 'reRaiseAt'])}>
            <Select value={p.rules.followUp.reRaiseAt} disabled={api.readOnly} onChange={(_, d) => api.set(['rules', 'followUp', 'reRaiseAt'], d.value)}>
              <option value="resolved-stage">The stage it was resolved at</option>
              <option value="first-formal-stage">The first formal stage</option>
              <option value="next-stage">The stage above the one it was resolved at</option>
            </Select>
          </Field>
        </div>,
      )}
      {section('chair-concerns', 'Concerns about a chair or the reviewing service', <ChairConcernsEditor api={api} />)}
    </div>
  );
}
