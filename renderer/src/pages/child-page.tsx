import { Button, Link, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { call } from '../api';
import { useLoad } from '../components/use-load';
import { ErrorBar } from '../components/error-bar';
import { DueBadge } from '../components/due-badge';
import { UrgencyBadge } from '../components/urgency-badge';
import { cohortLabel, formatDate, formatDay, formatDueDate, statusLabel } from '../components/format';
import { href, navigate } from '../router';
import { FactList } from '../components/fact-list';

const useStyles = makeStyles({
  details: { display: 'grid', gridTemplateColumns: 'max-content 1fr max-content 1fr', gap: '6px 16px', margin: '12px 0 20px', maxWidth: '900px' },
  heading: { display: 'flex', gap: '16px', alignItems: 'center', marginTop: '16px' },
});

export function ChildPage({ id }: { id: string }) {
  const styles = useStyles();
  const child = useLoad(() => call('children.get', { id }), [id]);
  if (child.error) return <ErrorBar message={child.error} />;
  if (!child.data) return <Spinner label="Loading the child's record…" />;
  const c = child.data;
  const rows: [string, string][] = [
    ['Case ID', c.caseId],
    ['Date of birth', formatDate(c.dateOfBirth)],
    ['Cohort', cohortLabel[c.cohort] ?? c.cohort],
    ['Social worker', c.socialWorker || '—'],
    ['Team manager', c.teamManager || '—'],
    ['Team', c.team || '—'],
    ['Chair', c.chair || '—'],
    ['Last review or conference', formatDate(c.lastMeetingDate)],
    ['Next review or conference', c.nextMeetingDate ? formatDueDate(c.nextMeetingDate) : '—'],
  ];
  // Rutland: the chair tells the conference of escalations "initiated since the previous meeting".
  const since = c.lastMeetingDate;
  const newSince = since ? c.escalations.filter((e) => e.raisedAt.slice(0, 10) >= since).length : c.escalations.length;
  return (
    <section aria-labelledby="child-title">
      <div className={styles.heading}>
        <Title2 as="h1" id="child-title">
          {c.name}
        </Title2>
        <Button onClick={() => navigate({ page: 'edit-child', id: c.id })}>Edit details</Button>
        <Button onClick={() => navigate({ page: 'conference-summary', id: c.id })}>Summary for the review or conference</Button>
      </div>
      <FactList facts={rows} className={styles.details} />
      <div className={styles.heading}>
        <Title2 as="h2" style={{ fontSize: tokens.fontSizeBase500 }}>
          Escalations
        </Title2>
        <Button appearance="primary" onClick={() => navigate({ page: 'raise', childId: c.id })}>
          Raise a concern
        </Button>
      </div>
      {c.escalations.length > 0 && (
        <Text as="p">
          {since
            ? `${newSince} escalation${newSince === 1 ? '' : 's'} raised since the last review or conference on ${formatDate(since)}. `
            : 'No previous review or conference is recorded. '}
          <Link href={href({ page: 'conference-summary', id: c.id })}>What to tell the meeting (raised or moved since then)</Link>
        </Text>
      )}
      {c.escalations.length === 0 ? (
        <Text>No escalations for this child yet.</Text>
      ) : (
        <Table aria-label={`Escalations for ${c.name}`} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Raised</TableHeaderCell>
              <TableHeaderCell>Stage</TableHeaderCell>
              <TableHeaderCell>Urgency</TableHeaderCell>
              <TableHeaderCell>Next due</TableHeaderCell>
              <TableHeaderCell>Time left</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {c.escalations.map((e) => (
              <TableRow key={e.id}>
                <TableCell>
                  <Link href={href({ page: 'escalation', id: e.id })}>{formatDay(e.raisedAt)}</Link>
                </TableCell>
                <TableCell>{e.stageLabel}</TableCell>
                <TableCell>
                  <UrgencyBadge level={e.urgency} />
                </TableCell>
                <TableCell>{e.status === 'open' ? (e.dueText ?? formatDueDate(e.nextDueDate)) : '—'}</TableCell>
                <TableCell>
                  <DueBadge timeliness={e.timeliness} days={e.workingDaysRemaining} text={e.timeLeft} />
                </TableCell>
                <TableCell>{statusLabel[e.status]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
