import { useState, type FormEvent } from 'react';
import { DateInput } from '../components/forms/date-input';
import { Button, Field, Input, Select, Spinner, Textarea, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { call, newOpId } from '../api';
import { useApp } from '../components/app-context';
import { useLoad } from '../components/use-load';
import { ErrorBar } from '../components/error-bar';
import { ConcernFields, checkConcern, concernProblems, emptyConcern, type ConcernErrors } from '../components/concern-fields';
import { ErrorSummary } from '../components/forms/error-summary';
import { DuePreviewText } from '../components/due-preview-text';
import { PersonPicker, addresseeOf, type PickedPerson } from '../components/forms/person-picker';
import { StageEntry, preconditionsOf, type PreconditionDraft } from '../components/forms/stage-entry';
import { CopiesPicker, namedCopies } from '../components/forms/copies-picker';
import { navigate } from '../router';
import { useDraft } from '../components/use-draft';
import { describeResponseTime, ladderForCohort } from '../../../shared/engine/ladder';
import type { Cohort } from '../../../shared/profile/schema';
import { stageCohorts } from '../../../shared/engine/cohorts';

const useStyles = makeStyles({
  form: { maxWidth: '900px', display: 'grid', gap: '12px', marginTop: '12px' },
  row: { display: 'flex', gap: '16px', flexWrap: 'wrap' },
  actions: { display: 'flex', gap: '8px', marginTop: '8px' },
  bypass: { display: 'grid', gap: '8px', padding: '10px 12px', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
});

export function RaisePage({ childId }: { childId: string }) {
  const styles = useStyles();
  const { profile, info } = useApp();
  const child = useLoad(() => call('children.get', { id: childId }), [childId]);
  const [cohortChoice, setCohortChoice] = useState<Cohort>('looked-after');
  const [startAt, setStartAt] = useState<string>('');
  const [urgency, setUrgency] = useState<string>(profile.urgency?.defaultLevel ?? '');
  const [concern, setConcern, clearDraft] = useDraft(`raise-${childId}`, emptyConcern);
  const [errors, setErrors] = useState<ConcernErrors>({});
  // "When it happened" for a concern recorded after the fact, and the informal stage's review date (Haringey).
  const [happenedOn, setHappenedOn] = useState('');
  const [happenedTime, setHappenedTime] = useState('');
  const [reviewBy, setReviewBy] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [opId] = useState(newOpId);
  const [recipient, setRecipient] = useState<PickedPerson | null>(null);
  const [lastWho, setLastWho] = useState('');
  const [copies, setCopies] = useState<Record<string, PickedPerson | null>>({});
  // Starting above the first formal stage is a bypass: its reason, who agreed, and the start stage's preconditions.
  const [bypassReason, setBypassReason] = useState('');
  const [agreedWith, setAgreedWith] = useState<PickedPerson | null>(null);
  const [agreedWords, setAgreedWords] = useState('');
  const [entry, setEntry] = useState<PreconditionDraft[]>([]);

  if (child.error) return <ErrorBar message={child.error} />;
  if (!child.data) return <Spinner label="Loading…" />;
  const c = child.data;
  const cohort: Cohort = c.cohort === 'both' ? cohortChoice : c.cohort;
  const ladder = ladderForCohort(profile, cohort);
  const firstStage = startAt || (ladder?.informal ? 'informal' : (ladder?.stages[0]?.key ?? ''));
  const copyRoles = firstStage === 'informal' ? [] : (ladder?.stages.find((s) => s.key === firstStage)?.copyTo ?? []);
  const recipientRole = (firstStage === 'informal' ? ladder?.informal?.recipientRole : ladder?.stages.find((s) => s.key === firstStage)?.recipientRole) ?? '';
  const openStages = ladder ? ladder.stages.filter((s) => stageCohorts(profile, ladder, s).includes(cohort)) : [];
  const bypassRules = profile.rules.bypass;
  // The stages a concern may start at: informal, the first formal stage, and those a bypass may reach.
  const startable = openStages.filter((s, i) => i === 0 || (bypassRules.allowed && (!bypassRules.toStageKeys || bypassRules.toStageKeys.includes(s.key))));
  const startIndex = openStages.findIndex((s) => s.key === firstStage);
  const skipped = startIndex > 0 ? openStages.slice(0, startIndex) : [];
  const agreedRole = bypassRules.agreedWithRequired ? bypassRules.agreedWithRole.trim() : '';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = checkConcern(concern);
    setErrors(found);
    setAttempt((a) => a + 1);
    if (Object.keys(found).length || !ladder) return;
    setSaving(true);
    setFailure(undefined);
    try {
      const created = await call('escalations.raise', {
        childId,
        cohort,
        ladderKey: ladder.key,
        startAt: firstStage,
        urgency: profile.urgency ? urgency : null,
        ...(happenedOn ? { happenedOn } : {}),
        ...(happenedOn && happenedTime ? { happenedTime } : {}),
        ...(reviewBy && firstStage === 'informal' ? { reviewBy } : {}),
        ...(recipient && recipientRole ? { recipient: addresseeOf(recipient) } : {}),
        ...(namedCopies(copies).length ? { copies: namedCopies(copies).map(addresseeOf) } : {}),
        ...(skipped.length ? { bypass: { reason: bypassReason, ...(agreedRole ? (agreedWith ? { agreedWith: addresseeOf(agreedWith) } : {}) : agreedWords.trim() ? { agreedWith: agreedWords } : {}) } } : {}),
        ...(entry.length ? { preconditions: preconditionsOf(entry) } : {}),
        concern: {
          categoryKeys: concern.categoryKeys,
          otherCategory: concern.otherCategory || undefined,
          summary: concern.summary,
          impactOnChild: concern.impactOnChild,
          requestedAction: { what: concern.what, who: concern.who, byWhen: concern.byWhen || null },
          expectedOutcomeKeys: concern.expectedOutcomeKeys,
        },
        opId,
      });
      clearDraft();
      navigate({ page: 'escalation', id: created.row.id });
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="raise-title">
      <Title2 as="h1" id="raise-title">
        Raise a concern for {c.name} ({c.caseId})
      </Title2>
      <ErrorSummary problems={concernProblems(errors)} attempt={attempt} />
      <ErrorBar message={failure} title="The concern was not saved" />
      {!ladder && <ErrorBar message={`The ${profile.name} procedure has no ladder for this child's cohort.`} />}
      <form className={styles.form} onSubmit={submit} noValidate>
        <div className={styles.row}>
          {c.cohort === 'both' && (
            <Field label="Which plan does the concern relate to?">
              <Select value={cohortChoice} onChange={(_, d) => setCohortChoice(d.value as Cohort)}>
                <option value="looked-after">Looked after (IRO)</option>
                <option value="child-protection">Child protection plan (CP Chair)</option>
              </Select>
            </Field>
          )}
          {ladder && (
            <Field label="Start at" hint={ladder.label}>
              <Select value={firstStage} onChange={(_, d) => setStartAt(d.value)}>
                {ladder.informal && <option value="informal">{`${ladder.informal.label} – ${ladder.informal.recipientRole} (${describeResponseTime(ladder.informal.responseTime)})`}</option>}
                {startable.map((s) => (
                  <option key={s.key} value={s.key}>{`${s.label} – ${s.recipientRole} (${describeResponseTime(s.responseTime)})`}</option>
                ))}
              </Select>
            </Field>
          )}
          {profile.urgency && (
            <Field label={profile.urgency.label}>
              <Select value={urgency} onChange={(_, d) => setUrgency(d.value)}>
                {profile.urgency.levels.map((l) => (
                  <option key={l.key} value={l.key}>{`${l.label} – ${describeResponseTime(l.responseTime)}`}</option>
                ))}
              </Select>
            </Field>
          )}
        </div>
        <div className={styles.row}>
          <Field label="Date raised" hint="Leave blank for today. The deadline counts from this date.">
            <DateInput value={happenedOn} onChange={(v) => setHappenedOn(v)} />
          </Field>
          <Field label="Time raised (24-hour clock)" hint="Only needed for deadlines counted in hours.">
            <Input type="time" value={happenedTime} onChange={(_, d) => setHappenedTime(d.value)} />
          </Field>
          {firstStage === 'informal' && (
            <Field label="Review by" hint="Optional: an earlier date appropriate to the child's needs becomes the informal stage's due date.">
              <DateInput value={reviewBy} onChange={(v) => setReviewBy(v)} />
            </Field>
          )}
        </div>
        {recipientRole && (
          <PersonPicker
            key={`${firstStage}-${recipientRole}`}
            label="Who the letter goes to"
            recipientRole={recipientRole}
            childId={childId}
            value={recipient}
            onChange={(p) => {
              setRecipient(p);
              // "Requested action – who" follows the person named, unless the chair has written someone else there.
              if (p?.name && (!concern.who.trim() || concern.who === recipientRole || concern.who === lastWho)) setConcern({ ...concern, who: `${p.name}, ${p.role}` });
              setLastWho(p?.name ? `${p.name}, ${p.role}` : '');
            }}
          />
        )}
        {skipped.length > 0 && (
          <fieldset className={styles.bypass}>
            <legend style={{ fontWeight: 600 }}>Starting at this stage bypasses {skipped.map((x) => x.label).join(', ')}</legend>
            <Field label="Reason for bypassing" required={bypassRules.reasonRequired} hint="The procedure’s bypass rules apply: the reason is recorded and counted with the quarter’s bypasses.">
              <Textarea value={bypassReason} onChange={(_, d) => setBypassReason(d.value)} rows={2} resize="vertical" />
            </Field>
            {agreedRole ? (
              <PersonPicker label={`Agreed with: the ${agreedRole}`} recipientRole={agreedRole} childId={childId} value={agreedWith} onChange={setAgreedWith} purpose="agreement" />
            ) : (
              <Field label="Agreed with" hint="Optional: who agreed going straight to this stage.">
                <Input value={agreedWords} onChange={(_, d) => setAgreedWords(d.value)} />
              </Field>
            )}
          </fieldset>
        )}
        <StageEntry key={`entry-${firstStage}`} stage={ladder?.stages.find((s) => s.key === firstStage)} childId={childId} value={entry} onChange={setEntry} />
        <CopiesPicker key={`copies-${firstStage}`} roles={copyRoles} childId={childId} value={copies} onChange={setCopies} />
        {ladder && (
          <DuePreviewText
            ladderKey={ladder.key}
            stageKey={firstStage}
            urgency={profile.urgency ? urgency : null}
            happenedOn={happenedOn}
            happenedTime={happenedTime}
            reviewBy={firstStage === 'informal' ? reviewBy : undefined}
          />
        )}
        <ConcernFields profile={profile} cohort={cohort} value={concern} onChange={setConcern} errors={errors} today={info.today} />
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={saving || !ladder}>
            {saving ? 'Saving…' : 'Raise concern'}
          </Button>
          <Button
            onClick={() => {
              clearDraft();
              navigate({ page: 'child', id: childId });
            }}
          >
            Cancel
          </Button>
        </div>
      </form>
    </section>
  );
}
