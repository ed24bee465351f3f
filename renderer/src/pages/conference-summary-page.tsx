import { followUpResultLabels } from '../../../shared/engine/commands';
import type { FollowUpState } from '../../../shared/engine/types';
import { nextDueWhat } from '../../../shared/engine/step-words';
import { Button, Spinner, Text, Title2, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { call } from '../api';
import { useApp } from '../components/app-context';
import { useLoad } from '../components/use-load';
import { ErrorBar } from '../components/error-bar';
import { describeEvent } from '../components/event-text';
import { formatDate, formatDay, formatDueDate, statusLabel } from '../components/format';
import { UrgencyBadge } from '../components/urgency-badge';
import { navigate } from '../router';

const useStyles = makeStyles({
  page: { maxWidth: '780px' },
  tools: { display: 'flex', gap: '8px', margin: '8px 0', '@media print': { display: 'none' } },
  item: { borderTop: `1px solid ${tokens.colorNeutralStroke1}`, padding: '8px 0', breakInside: 'avoid' },
  changes: { margin: '4px 0 0', paddingLeft: '20px' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * One page for the review or conference. Rutland: "The Independent Chair should verbally inform the
 * members of a Child Protection Conference of any escalation alerts they have initiated since the
 * previous meeting." Printed from the browser or Electron (the tools hide in print).
 */
/** "Done on 12 March 2026 (Hold the meeting – Tom Barker)", "Not yet checked: check on …", "No follow-up was set". */
function followUpWords(f: FollowUpState | null): string {
  if (!f) return 'No follow-up was set (no agreed action was recorded at the resolution).';
  const agreed = `${f.what} – ${f.who}${f.byWhen ? `, by ${formatDate(f.byWhen)}` : ''}`;
  if (f.result === null) return `Not yet checked (check on ${formatDate(f.checkOn)}). Agreed: ${agreed}.`;
  const on = f.happenedOn ? ` on ${formatDate(f.happenedOn)}` : '';
  return `${followUpResultLabels[f.result]}${on}. Agreed: ${agreed}.${f.note ? ` ${f.note}` : ''}${f.reRaisedAs ? ' Raised again as a new escalation.' : ''}`;
}

export function ConferenceSummaryPage({ id }: { id: string }) {
  const styles = useStyles();
  const { profile } = useApp();
  const summary = useLoad(() => call('children.conferenceSummary', { id }), [id]);
  if (summary.error) return <ErrorBar message={summary.error} />;
  if (!summary.data) return <Spinner label="Loading the summary…" />;
  const s = summary.data;
  const since = s.since ? `since the last review or conference on ${formatDate(s.since)}` : 'ever (no previous review or conference is recorded)';
  return (
    <section aria-labelledby="summary-title" className={styles.page}>
      <Title2 as="h1" id="summary-title">
        Escalations to tell the meeting: {s.child.name} ({s.child.caseId})
      </Title2>
      <Text as="p" block>
        Escalations raised or moved {since}. Next review or conference: {s.child.nextMeetingDate ? formatDueDate(s.child.nextMeetingDate) : 'not recorded'}. Chair:{' '}
        {s.child.chair || '—'}.
      </Text>
      <div className={styles.tools}>
        <Button appearance="primary" onClick={() => window.print()}>
          Print this summary
        </Button>
        <Button onClick={() => navigate({ page: 'child', id: s.child.id })}>Back to {s.child.name}</Button>
      </div>
      {s.items.length === 0 ? (
        <Text as="p" block>
          No escalations were raised or moved {since}.
        </Text>
      ) : (
        s.items.map(({ row, changes, followUp }) => (
          <article key={row.id} className={styles.item} aria-labelledby={`sum-${row.id}`}>
            <Title3 as="h2" id={`sum-${row.id}`}>
              {row.stageLabel.includes(row.recipientRole) ? row.stageLabel : `${row.stageLabel} – ${row.recipientRole}`} · {statusLabel[row.status]} {row.urgency && <UrgencyBadge level={row.urgency} />}
            </Title3>
            <Text block className={styles.muted}>
              Raised {formatDay(row.raisedAt)}{row.status === 'open' ? `; ${nextDueWhat(row)} ${row.dueText ?? formatDueDate(row.nextDueDate)}` : ''}
            </Text>
            <ul className={styles.changes}>
              {changes.map((e) => {
                const t = describeEvent(e.body, profile);
                return (
                  <li key={e.seq}>
                    {formatDay(e.at)}: {t.title}
                    {t.detail ? ` – ${t.detail}` : ''}
                  </li>
                );
              })}
            </ul>
            {followUp !== undefined && (
              // Tell the meeting whether the action promised at resolution happened (DESIGN.md "Follow-up").
              <Text block>
                <strong>Did the agreed action happen?</strong> {followUpWords(followUp)}
              </Text>
            )}
          </article>
        ))
      )}
      {s.unchanged.length > 0 && (
        <Text as="p" block>
          Also open, with nothing new since then: {s.unchanged.map((r) => `${r.stageLabel} (raised ${formatDay(r.raisedAt)})`).join('; ')}.
        </Text>
      )}
    </section>
  );
}
