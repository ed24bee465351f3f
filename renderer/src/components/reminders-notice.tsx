import { useEffect, useState } from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Reminders } from '../../../shared/api/tracker-page-contract';
import { call } from '../api';
import { href } from '../router';
import { useChanges } from './use-changes';

const HOUR = 60 * 60 * 1000;

/**
 * On start, every hour and after any change to the tracker: the signed-in chair's stages due today or overdue. (In Electron the main
 * process also raises a desktop notification; in the web host this notice is the reminder.)
 */
export function RemindersNotice() {
  const [r, setR] = useState<Reminders>();
  const [dismissed, setDismissed] = useState(false);
  // A change to the tracker (this desktop's own included) can end an overdue item: the count follows it, as My day's does.
  useChanges(() => void call('reminders.mine', {}).then(setR, () => undefined));
  useEffect(() => {
    const load = () =>
      call('reminders.mine', {}).then(
        (x) => {
          setR(x);
          setDismissed(false);
        },
        () => undefined,
      );
    load();
    const t = setInterval(load, HOUR);
    return () => clearInterval(t);
  }, []);
  const checks = r?.followUpsDue.length ?? 0;
  if (!r || dismissed || (r.overdue.length === 0 && r.dueToday.length === 0 && checks === 0)) return null;
  const parts = [r.overdue.length ? `${r.overdue.length} overdue` : '', r.dueToday.length ? `${r.dueToday.length} due today` : '', checks ? `${checks} agreed action${checks === 1 ? '' : 's'} to check` : ''].filter(Boolean).join(' and ');
  const stages = r.overdue.length + r.dueToday.length > 0;
  return (
    <MessageBar intent={r.overdue.length ? 'warning' : 'info'} role="status">
      <MessageBarBody>
        <MessageBarTitle>Reminder</MessageBarTitle>
        You have {parts}.{' '}
        {/* The tracker's "Due" filter uses the same words and the same bounds as this count. */}
        {stages && <Link href={href({ page: 'tracker', query: `scope=mine&dueWithin=${r.overdue.length ? 'overdue' : 'today'}` })}>Show them</Link>}{' '}
        {checks > 0 && <Link href={href({ page: 'my-day' })}>Agreed actions to check</Link>}{' '}
        <Link as="button" onClick={() => setDismissed(true)}>
          Dismiss
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
}
