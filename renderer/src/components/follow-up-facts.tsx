import { Link } from '@fluentui/react-components';
import type { EscalationDetail } from '../../../shared/api/outputs';
import { followUpResultLabels } from '../../../shared/engine/commands';
import { href } from '../router';
import { formatDate } from './format';

/**
 * The escalation page's lines for a follow-up (DESIGN.md "Follow-up"): what was agreed and when it is checked, what
 * the check found, and the links between an escalation and the one that raises it again, both ways.
 */
export function followUpFacts(d: EscalationDetail): [string, React.ReactNode][] {
  const out: [string, React.ReactNode][] = [];
  const again = d.state.reRaiseOf;
  if (again) {
    out.push([
      'Raised again from',
      <Link key="from" href={href({ page: 'escalation', id: again })}>
        the earlier escalation, whose agreed action was not done
      </Link>,
    ]);
  }
  if (d.state.status !== 'resolved') return out;
  const f = d.state.followUp;
  if (!f) {
    out.push(['Follow-up', 'Not set: no agreed action was recorded when it was resolved']);
    return out;
  }
  out.push(['Agreed action', `${f.what} — ${f.who}${f.byWhen ? `, by ${formatDate(f.byWhen)}` : ''}`]);
  if (f.result === null) {
    out.push(['Follow-up', `To check on ${formatDate(f.checkOn)}`]);
    return out;
  }
  const when = f.happenedOn ? `, on ${formatDate(f.happenedOn)}` : '';
  out.push([
    'Follow-up',
    <span key="result">
      {followUpResultLabels[f.result]}
      {when} (checked {formatDate(f.checkedOn ?? f.checkOn)}){f.note ? `. ${f.note}` : ''}
      {f.reRaisedAs && (
        <>
          {' '}
          — <Link href={href({ page: 'escalation', id: f.reRaisedAs })}>raised again as a new escalation</Link>
        </>
      )}
    </span>,
  ]);
  return out;
}
