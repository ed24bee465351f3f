import { useState } from 'react';
import { Badge, Button, Link, Spinner, Text, Title2, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { ChairConcernDetail } from '../../../shared/api/chair-concerns-contract';
import { meetingKindLabels, responseOutcomeLabels, type ChairConcernCommandKind, type ChairConcernEvent } from '../../../shared/chair-concerns/engine';
import { call, newOpId } from '../api';
import { useLoad } from '../components/use-load';
import { ErrorBar } from '../components/error-bar';
import { formatDate, formatInstant } from '../components/format';
import { href } from '../router';
import { FactList } from '../components/fact-list';
import { downloadFile } from '../components/settings/download';
import { ConcernActionForm, concernActionLabels } from '../components/chair-concerns/concern-actions';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', margin: '8px 0 12px' },
  panel: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', margin: '8px 0 16px' },
  list: { margin: '4px 0 8px', paddingLeft: '20px', maxWidth: '75ch' },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: '24px' },
});

function eventLine(e: ChairConcernEvent, d: ChairConcernDetail): string {
  const stage = (k: string) => d.stages.find((s) => s.key === k)?.label ?? k;
  switch (e.kind) {
    case 'raised':
      return `Recorded at ${stage(e.stageKey)}, raised on ${formatDate(e.raisedOn)}`;
    case 'moved':
      return `Moved to ${stage(e.toStageKey)} on ${formatDate(e.on)}: ${e.reason}`;
    case 'responded':
      return `Formal response (${responseOutcomeLabels[e.outcome].toLowerCase()}) on ${formatDate(e.on)}: ${e.summary}`;
    case 'resolved':
      return `Resolved on ${formatDate(e.on)}${e.note ? `: ${e.note}` : ''}`;
    case 'withdrawn':
      return `Withdrawn: ${e.reason}`;
    case 'note':
      return `Note: ${e.text}`;
    case 'letter-made':
      return `${e.document === 'acknowledgement' ? 'Acknowledgement' : 'Formal response'} letter made`;
  }
}

/** One concern about a chair, for the managers who handle it (the service has already decided they may see it). */
export function ChairConcernPage({ id }: { id: string }) {
  const styles = useStyles();
  const loaded = useLoad(() => call('chairConcerns.get', { id }), [id], () => false);
  const [fresh, setFresh] = useState<ChairConcernDetail>();
  const [action, setAction] = useState<ChairConcernCommandKind>();
  const [letterError, setLetterError] = useState<string>();
  const [made, setMade] = useState<string>();
  const d = fresh ?? loaded.data;
  if (loaded.error) return <ErrorBar message={loaded.error} />;
  if (!d) return <Spinner label="Loading the concern…" />;
  const s = d.state;
  const stage = d.stages.find((x) => x.key === s.stageKey);
  async function letter(document: 'acknowledgement' | 'response') {
    setLetterError(undefined);
    try {
      const r = await call('chairConcerns.letter', { id, document, opId: newOpId() });
      downloadFile(r.letter.fileName, { base64: r.letter.base64 }, r.letter.mimeType);
      downloadFile(r.draft.fileName, { base64: r.draft.base64 }, r.draft.mimeType);
      setFresh(r.detail);
      setMade(`Saved to your downloads: ${r.letter.fileName}, and its email draft ${r.draft.fileName}.`);
    } catch (err) {
      setLetterError(err instanceof Error ? err.message : String(err));
    }
  }
  const facts: [string, React.ReactNode][] = [
    ['Status', s.status === 'open' ? 'Open' : `${s.status === 'resolved' ? 'Resolved' : 'Withdrawn'}${s.closedOn ? ` on ${formatDate(s.closedOn)}` : ''}`],
    ['Stage', `${s.stageLabel} – ${s.handledBy}`],
    ['Response due', s.dueDate ? formatDate(s.dueDate) : 'No set timescale'],
    ['Raised on', formatDate(s.raisedOn)],
    ['Raised by', [s.raisedBy.name, s.raisedBy.agency, s.raisedBy.contact, s.raisedBy.email].filter(Boolean).join(', ')],
    ['About', `${s.aboutChair.name}: ${meetingKindLabels[s.meeting.kind].toLowerCase()}${s.meeting.date ? ` on ${formatDate(s.meeting.date)}` : ''}`],
    ['Child', d.child ? <Link key="child" href={href({ page: 'child', id: d.child.id })}>{`${d.child.name} (${d.child.caseId})`}</Link> : '—'],
  ];
  return (
    <section aria-labelledby="concern-title">
      <Title2 as="h1" id="concern-title">
        Concern about {s.aboutChair.name} from {s.raisedBy.agency} <Badge appearance="outline">{s.status === 'open' ? 'Open' : s.status === 'resolved' ? 'Resolved' : 'Withdrawn'}</Badge>
      </Title2>
      <Text as="p" block>
        <Link href={href({ page: 'chair-concerns' })}>All concerns about chairs</Link>
      </Text>
      <div className={styles.columns}>
        <div>
          <FactList facts={facts} />
          <Title3 as="h2">The concern</Title3>
          <Text as="p" block style={{ whiteSpace: 'pre-wrap' }}>
            {s.summary}
          </Text>
          <Title3 as="h2">The route</Title3>
          <ol className={styles.list}>
            {d.stages.map((x, i) => (
              <li key={x.key} aria-current={x.key === s.stageKey ? 'step' : undefined}>
                <strong>{x.label}</strong> – {x.handledBy}
                {x.key === s.stageKey ? ' (now)' : i + 1 < s.stageIndex ? ' (passed)' : ''}
                {x.key === s.stageKey && stage?.notes.map((n) => <Text key={n} as="p" block size={200}>{n}</Text>)}
              </li>
            ))}
          </ol>
          <Title3 as="h2">Actions</Title3>
          <div className={styles.actions} role="group" aria-label="Actions">
            {d.allowed.kinds.map((k) => (
              <Button key={k} appearance={action === k ? 'primary' : 'secondary'} onClick={() => setAction(k)}>
                {concernActionLabels[k]}
              </Button>
            ))}
          </div>
          {action && d.allowed.kinds.includes(action) && (
            <div className={styles.panel}>
              <Title3 as="h3">{concernActionLabels[action]}</Title3>
              <ConcernActionForm
                key={`${action}-${d.version}`}
                kind={action}
                detail={d}
                onCancel={() => setAction(undefined)}
                onDone={(x) => {
                  setFresh(x);
                  setAction(undefined);
                }}
              />
            </div>
          )}
          <Title3 as="h2">Letters to the agency</Title3>
          <Text as="p" block>On the authority’s letterhead, with an email draft to {s.raisedBy.email || 'the agency (no email recorded)'}. They are not kept in the shared letters folder.</Text>
          <div className={styles.actions} role="group" aria-label="Letters">
            <Button onClick={() => void letter('acknowledgement')}>Acknowledgement letter</Button>
            <Button onClick={() => void letter('response')}>Formal response letter</Button>
          </div>
          <ErrorBar message={letterError} title="No letter was made" />
          {made && (
            <Text as="p" block role="status">
              {made}
            </Text>
          )}
        </div>
        <div>
          <Title3 as="h2">History</Title3>
          <ol aria-label="History" className={styles.list} reversed>
            {[...d.events].reverse().map((e) => (
              <li key={e.seq}>
                <Text size={200}>
                  {formatInstant(e.at)} · {e.actor}
                </Text>
                <br />
                {eventLine(e.body, d)}
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
