import { Button, Checkbox, Field, Input, Select, makeStyles } from '@fluentui/react-components';
import { DateInput } from './forms/date-input';
import type { TrackerFilter } from '../../../shared/api/inputs';
import { useApp } from './app-context';
import { cohortLabel } from './format';
import { MultiSelectFilter } from './multi-select-filter';
import { stageOptions } from '../../../shared/profile/labels';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap', margin: '8px 0' },
  narrow: { minWidth: '130px' },
});

/** Every filter of the tracker; changes apply at once (the query runs in SQL). */
export function TrackerFilters({ filter, onChange, facets }: { filter: TrackerFilter; onChange: (f: TrackerFilter) => void; facets: { chairs: string[]; teams: string[] } | undefined }) {
  const styles = useStyles();
  const { profile } = useApp();
  const set = <K extends keyof TrackerFilter>(k: K, v: TrackerFilter[K]) => onChange({ ...filter, [k]: v });
  const stages = stageOptions(profile, { informal: true }).map((s) => [s.key, s.label] as const);
  const cohorts = [...new Set(profile.ladders.flatMap((l) => l.cohorts))];
  return (
    <div className={styles.bar} role="search" aria-label="Filter escalations">
      <Field label="Search child or case ID">
        <Input type="search" value={filter.search} onChange={(_, d) => set('search', d.value)} id="tracker-search" />
      </Field>
      <Field label="Show">
        <Select value={filter.scope} onChange={(_, d) => set('scope', d.value as TrackerFilter['scope'])}>
          <option value="mine">Mine</option>
          <option value="team">My team</option>
          <option value="all">Everyone</option>
        </Select>
      </Field>
      <Field label="Status">
        <Select value={filter.status} onChange={(_, d) => set('status', d.value as TrackerFilter['status'])}>
          <option value="open">Open</option>
          <option value="closed">Closed</option>
          <option value="any">All</option>
        </Select>
      </Field>
      <MultiSelectFilter className={styles.narrow} label="Stage" anyLabel="Any stage" value={filter.stage} onChange={(v) => set('stage', v)} options={stages.map(([k, label]) => ({ value: k, label }))} />
      <Field label="Category">
        <Select className={styles.narrow} value={filter.category} onChange={(_, d) => set('category', d.value)} style={{ maxWidth: 220 }}>
          <option value="">Any category</option>
          {profile.categories.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      {profile.urgency && (
        <MultiSelectFilter
          className={styles.narrow}
          label={profile.urgency.label}
          anyLabel="Any"
          value={filter.urgency}
          onChange={(v) => set('urgency', v)}
          options={profile.urgency.levels.map((l) => ({ value: l.key, label: l.label.split(/[.:–]/)[0]!.trim() }))}
        />
      )}
      {cohorts.length > 1 && (
        <Field label="Cohort">
          <Select value={filter.cohort} onChange={(_, d) => set('cohort', d.value)}>
            <option value="">Any cohort</option>
            {cohorts.map((c) => (
              <option key={c} value={c}>
                {cohortLabel[c] ?? c}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label="Chair">
        <Select className={styles.narrow} value={filter.chair} onChange={(_, d) => set('chair', d.value)} disabled={filter.scope === 'mine'}>
          <option value="">Any chair</option>
          {facets?.chairs.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </Select>
      </Field>
      <Field label="Team">
        <Select className={styles.narrow} value={filter.team} onChange={(_, d) => set('team', d.value)} disabled={filter.scope === 'team'}>
          <option value="">Any team</option>
          {facets?.teams.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </Select>
      </Field>
      <Field label="Due">
        <Select value={filter.dueWithin} onChange={(_, d) => set('dueWithin', d.value as TrackerFilter['dueWithin'])}>
          <option value="">Any time</option>
          <option value="overdue">Overdue</option>
          <option value="today">Today</option>
          <option value="tomorrow">Tomorrow</option>
          <option value="week">This week</option>
        </Select>
      </Field>
      <Field label="Raised from">
        <DateInput onlyDates value={filter.from} onChange={(v) => set('from', v)} />
      </Field>
      <Field label="Raised to">
        <DateInput onlyDates value={filter.to} onChange={(v) => set('to', v)} />
      </Field>
      <Checkbox label="Overdue only" checked={filter.overdue} onChange={(_, d) => set('overdue', Boolean(d.checked))} />
      <Button appearance="subtle" onClick={() => onChange({ ...filter, search: '', stage: '', category: '', urgency: '', cohort: '', chair: '', team: '', dueWithin: '', from: '', to: '', closedFrom: '', closedTo: '', overdue: false })}>
        Clear filters
      </Button>
    </div>
  );
}
