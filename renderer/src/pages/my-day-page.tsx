import { Link, Spinner, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { MyDay, MyDayItem } from '../../../shared/api/my-day-contract';
import { call } from '../api';
import { useLoad } from '../components/use-load';
import { ErrorBar } from '../components/error-bar';
import { commandSpecs } from '../components/command-specs';
import { formatDate, formatDueDate } from '../components/format';
import { dueWords } from '../components/my-day/due-words';
import { MyDayList, type MyDayEntry } from '../components/my-day/my-day-list';
import { FirstSteps } from '../components/my-day/first-steps';
import { href } from '../router';
import { nextDueWhat, recordStepLabel } from '../../../shared/engine/step-words';

const useStyles = makeStyles({
  counts: { display: 'flex', gap: '8px 24px', flexWrap: 'wrap', margin: '8px 0 4px', fontSize: tokens.fontSizeBase400 },
});

/** "Stage 1 – Team Manager", without repeating a recipient the stage's label already names. */
const stageWords = (r: { stageLabel: string; recipientRole: string }) => (r.stageLabel.includes(r.recipientRole) ? r.stageLabel : `${r.stageLabel} – ${r.recipientRole}`);

const actionLabel = (kind: string | null, row: MyDayItem['row']) =>
  kind === 'complete-step' && row.nextStepKind ? recordStepLabel(row.nextStepKind) : (commandSpecs.find((s) => s.kind === kind)?.label ?? 'Open');

function entries(items: MyDayItem[], day: MyDay, stage = true): MyDayEntry[] {
  return items.map((i) => ({
    key: i.row.id,
    row: i.row,
    title: `${i.row.childName} (${i.row.caseId})`,
    // "Stage 3 – Head of Service: Dispute Resolution Meeting – meeting due by …" for a stage waiting on a step of its own.
    detail: `${stageWords(i.row)}${stage ? `: ${nextDueWhat(i.row).replace(/ due$/, '')} ${dueWords(i.row, i.hourClock, day.today, day.tomorrow)}` : ''}`,
    actionLabel: actionLabel(i.action, i.row),
    route: { page: 'escalation', id: i.row.id, ...(i.action ? { action: i.action } : {}) },
  }));
}

/**
 * The chair's opening page: what needs doing today, each item opening the escalation at the form it
 * needs. "Overdue" and "Due today" here are the tracker's own filters (the links show the same rows).
 */
export function MyDayPage() {
  const styles = useStyles();
  const day = useLoad(() => call('myday.get', {}), []);
  const returned = useLoad(() => call('myday.returnedForms', {}), []);
  const anything = useLoad(() => call('escalations.list', { scope: 'all', status: 'any', limit: 1 }), []);
  if (day.error) return <ErrorBar message={day.error} />;
  if (!day.data) return <Spinner label="Loading your day…" />;
  const d = day.data;
  const counts: [string, number, string][] = [
    ['overdue', d.overdue.length, href({ page: 'tracker', query: 'scope=mine&dueWithin=overdue' })],
    ['due today', d.dueToday.length, href({ page: 'tracker', query: 'scope=mine&dueWithin=today' })],
    ['due tomorrow', d.dueTomorrow.length, href({ page: 'tracker', query: 'scope=mine&dueWithin=tomorrow' })],
  ];
  const nothing = counts.every(([, n]) => n === 0) && d.lettersNotSent.length === 0 && d.meetings.length === 0 && d.reviews.length === 0 && d.followUps.length === 0;
  return (
    <section aria-labelledby="my-day-title">
      <Title2 as="h1" id="my-day-title">
        My day
      </Title2>
      <Text as="p" block>
        {formatDueDate(d.today)}
      </Text>
      {anything.data?.total === 0 && <FirstSteps />}
      <p className={styles.counts}>
        {counts.map(([label, n, link]) => (
          <Link key={label} href={link}>
            {n} {label}
          </Link>
        ))}
      </p>
      {nothing && anything.data?.total !== 0 && <Text as="p">Nothing is due from you today or tomorrow.</Text>}
      <MyDayList id="overdue" title="Overdue" tone="danger" entries={entries(d.overdue, d)} />
      <MyDayList id="due-today" title="Due today" tone="warning" entries={entries(d.dueToday, d)} />
      <MyDayList id="due-tomorrow" title="Due tomorrow" tone="warning" entries={entries(d.dueTomorrow, d)} />
      <MyDayList
        id="follow-ups"
        title="Agreed actions to check"
        tone={d.followUps.some((f) => f.checkOn < d.today) ? 'warning' : 'plain'}
        entries={d.followUps.map((f) => ({
          key: `follow-up-${f.row.id}`,
          row: f.row,
          title: `${f.row.childName} (${f.row.caseId})`,
          // "Agreed: Hold the permanence meeting. Check due today".
          detail: `${f.what ? `Agreed: ${f.what}. ` : ''}${f.checkOn === d.today ? 'Check due today' : `Check was due ${formatDueDate(f.checkOn)}`}`,
          actionLabel: 'Record the follow-up',
          route: { page: 'escalation', id: f.row.id, action: 'record-follow-up' },
        }))}
      />
      <MyDayList id="letters" title="Letters not yet sent" tone="plain" entries={entries(d.lettersNotSent, d, false)} />
      {returned.data && returned.data.length > 0 && (
        <MyDayList
          id="returned"
          title="Returned forms to confirm"
          tone="plain"
          entries={returned.data.map((f) => ({ key: `${f.escalationId}-${f.receivedAt}`, title: f.childName, detail: `${f.stageLabel}: returned form received ${formatDate(f.receivedAt.slice(0, 10))}`, actionLabel: 'Confirm the response', route: { page: 'escalation', id: f.escalationId } }))}
        />
      )}
      <MyDayList
        id="meetings"
        title="Meetings coming up"
        tone="plain"
        entries={d.meetings.map((m) => ({ key: `${m.row.id}-${m.date}`, row: m.row, title: `${m.row.childName} (${m.row.caseId})`, detail: `${stageWords(m.row)}: meeting on ${formatDueDate(m.date)}`, actionLabel: 'Record a meeting', route: { page: 'escalation', id: m.row.id, action: 'record-meeting' } }))}
      />
      <MyDayList
        id="reviews"
        title="Reviews and conferences coming up"
        tone="plain"
        entries={d.reviews.map((r) => ({
          key: r.childId,
          title: `${r.childName} (${r.caseId})`,
          detail: `${formatDueDate(r.date)}: ${r.openEscalations} open escalation${r.openEscalations === 1 ? '' : 's'} to tell the meeting about`,
          actionLabel: 'Conference summary',
          route: { page: 'conference-summary', id: r.childId },
        }))}
      />
    </section>
  );
}
