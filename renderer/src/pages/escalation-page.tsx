import { describeNamed } from '../../../shared/engine/stage-people';
import { nextOpenStep } from '../../../shared/engine/step-states';
import { INFORMAL } from '../../../shared/engine/types';
import { useState } from 'react';
import { Badge, Button, Link, Spinner, Text, Title2, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { call } from '../api';
import { useApp } from '../components/app-context';
import { useLoad } from '../components/use-load';
import { ErrorBar } from '../components/error-bar';
import { DueBadge } from '../components/due-badge';
import { UrgencyBadge } from '../components/urgency-badge';
import { StageStepper } from '../components/stage-stepper';
import { describeStep } from '../components/step-text';
import { CommandForm } from '../components/command-form';
import { PresenceHint } from '../components/presence-hint';
import { LettersPanel } from '../components/letters-panel';
import { EscalationThemesPanel } from '../components/themes/escalation-themes-panel';
import { commandSpecs, offeredSpecs, type CommandSpec } from '../components/command-specs';
import { describeEvent, inHistory } from '../components/event-text';
import { formatDate, formatDueDate, formatInstant, statusLabel } from '../components/format';
import { href } from '../router';
import { FactList } from '../components/fact-list';
import { followUpFacts } from '../components/follow-up-facts';
import type { EscalationDetail } from '../../../shared/api/outputs';

const useStyles = makeStyles({
  summary: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: '8px 0' },
  notes: { margin: '4px 0 8px', paddingLeft: '20px', maxWidth: '70ch' },
  term: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', margin: '8px 0 12px' },
  panel: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', margin: '8px 0 16px' },
  timeline: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '8px' },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: '24px' },
});

/** "Monday 31 March 2025 (20 working days from Stage 1) – met", or "No overall target". */
function overallText(d: EscalationDetail): string {
  const t = d.state.overallTarget;
  if (!t) return d.state.overallDueDate ? formatDueDate(d.state.overallDueDate) : 'No overall target';
  const when = t.dueDate ? formatDueDate(t.dueDate) : 'Not started yet';
  const verdict = t.met === true ? ' – met' : t.met === false ? ' – missed' : '';
  return `${when} (${t.rule})${verdict}`;
}

/** `action`: open at that command's form (My day links straight to the action an item needs). */
export function EscalationPage({ id, action: initialAction }: { id: string; action?: string }) {
  const styles = useStyles();
  const { profile } = useApp();
  // Reloaded when someone else changes this escalation (or its child, people, settings): not for other escalations' saves.
  const loaded = useLoad(() => call('escalations.get', { id }), [id], (c) => (c.entity === 'escalation' ? c.entityId === id : true));
  const [fresh, setFresh] = useState<EscalationDetail>();
  const [action, setAction] = useState<CommandSpec | undefined>(() => commandSpecs.find((s) => s.kind === initialAction));
  // The newer of what this desktop just saved and what the page (re)loaded: others' saves show up too.
  const d = fresh && fresh.row.id === id && (!loaded.data || fresh.version >= loaded.data.version) ? fresh : loaded.data;
  if (loaded.error) return <ErrorBar message={loaded.error} />;
  if (!d) return <Spinner label="Loading the escalation…" />;
  const open = d.state.status === 'open';
  const available = offeredSpecs(d);
  // A link may name an action this escalation no longer allows (someone else moved it on): show none.
  const shown = action && available.find((s) => s.kind === action.kind);
  const categories = d.state.concern.categoryKeys.map((k) => profile.categories.find((c) => c.key === k)?.label ?? k);
  const expected = d.state.concern.expectedOutcomeKeys.map((k) => profile.outcomes.find((o) => o.key === k)?.label ?? k);
  const facts: [string, React.ReactNode][] = [
    ['Status', statusLabel[d.state.status]],
    ['Current stage', `${d.state.currentStageLabel} – to ${describeNamed(d.state.stages.find((s) => s.key === d.state.currentStageKey)?.recipient, d.state.currentRecipientRole)}`],
    // A stage with steps waits on its open step, which reads as what it is ("Dispute Resolution Meeting: meeting due by …").
    ...((): [string, React.ReactNode][] => {
      const step = open ? nextOpenStep(d.state.stages.find((s) => s.key === d.state.currentStageKey)?.steps ?? []) : null;
      return step ? [['Next step', describeStep(step)]] : [['Response due', open ? (d.row.dueText ?? formatDueDate(d.row.nextDueDate)) : '—']];
    })(),
    ['Time left', <DueBadge key="due" timeliness={d.row.timeliness} days={d.row.workingDaysRemaining} text={d.row.timeLeft} />],
    ['Overall target', overallText(d)],
    ['Raised', formatInstant(d.state.raisedAt)],
    ...followUpFacts(d),
  ];
  const stageNotes = d.state.currentStageKey === INFORMAL ? (d.ladder.informal?.notes ?? []) : (d.ladder.stages.find((s) => s.key === d.state.currentStageKey)?.notes ?? []);
  if (d.state.urgency) facts.splice(1, 0, ['Urgency', <UrgencyBadge key="urgency" level={d.state.urgency} />]);

  return (
    <section aria-labelledby="esc-title">
      <Title2 as="h1" id="esc-title">
        Escalation for <Link href={href({ page: 'child', id: d.child.id })}>{d.child.name}</Link> ({d.child.caseId}){' '}
        <Badge appearance="outline">{statusLabel[d.state.status]}</Badge>
      </Title2>
      <PresenceHint escalationId={d.row.id} />
      <StageStepper stages={d.state.stages} closed={d.state.status !== 'open'} />
      <div className={styles.columns}>
        <div>
          <FactList facts={facts} />
          {open && stageNotes.length > 0 && (
            // The procedure's notes for the stage it is at ("consult your line manager"), where the chair decides.
            <section aria-labelledby="stage-notes-title">
              <Title3 as="h2" id="stage-notes-title">
                What the procedure says at {d.state.currentStageLabel}
              </Title3>
              <ul className={styles.notes}>
                {stageNotes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </section>
          )}
          <Title3 as="h2">Actions</Title3>
          <div className={styles.actions} role="group" aria-label="Actions">
            {available.map((s) => (
              <Button key={s.kind} appearance={shown?.kind === s.kind ? 'primary' : 'secondary'} onClick={() => setAction(s)}>
                {s.label}
              </Button>
            ))}
          </div>
          {open && d.allowed.refused.escalate && (
            // Why the next stage is not offered, in the engine's words (e.g. a Cafcass stage closed to this cohort).
            <Text as="p" role="note">
              {d.allowed.refused.escalate.message}
            </Text>
          )}
          {shown && (
            <div className={styles.panel}>
              <Title3 as="h3">{shown.label}</Title3>
              <CommandForm
                key={`${d.row.id}-${shown.kind}`}
                spec={shown}
                detail={d}
                onStale={loaded.reload}
                onCancel={() => setAction(undefined)}
                onDone={(updated) => {
                  setFresh(updated);
                  setAction(undefined);
                }}
              />
            </div>
          )}
          <LettersPanel detail={d} onChanged={setFresh} />
          <EscalationThemesPanel escalationId={d.row.id} summary={d.state.concern.summary} />
          <Title3 as="h2">Concern</Title3>
          <dl className={styles.summary}>
            <dt className={styles.term}>Categories</dt>
            <dd style={{ margin: 0 }}>{categories.join('; ')}</dd>
            <dt className={styles.term}>Summary</dt>
            <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{d.state.concern.summary}</dd>
            <dt className={styles.term}>Impact on the child</dt>
            <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{d.state.concern.impactOnChild}</dd>
            <dt className={styles.term}>Requested action</dt>
            <dd style={{ margin: 0 }}>
              {d.state.concern.requestedAction.what} — {d.state.concern.requestedAction.who}
              {d.state.concern.requestedAction.byWhen ? `, by ${formatDate(d.state.concern.requestedAction.byWhen)}` : ''}
            </dd>
            <dt className={styles.term}>Expected outcome</dt>
            <dd style={{ margin: 0 }}>{expected.join('; ') || '—'}</dd>
          </dl>
        </div>
        <div>
          <Title3 as="h2">History</Title3>
          <ol className={styles.timeline} aria-label="History">
            {[...d.events].filter((e) => inHistory(e.body)).reverse().map((e) => {
              const t = describeEvent(e.body, profile, d.state.ladderKey);
              return (
                <li key={e.seq}>
                  <Text weight="semibold">{t.title}</Text>
                  <br />
                  <Text size={200}>
                    {formatInstant(e.at)} · {e.actor}
                  </Text>
                  <br />
                  <Text>{t.detail}</Text>
                </li>
              );
            })}
          </ol>
        </div>
      </div>
    </section>
  );
}
