import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useRoute } from '../router';
import { useTrackerStatus } from './use-changes';
import { usePresenceBeat } from './tracker-file/presence';
import { formatInstant } from './format';

/**
 * The tracker file's state under the header: offline (the share dropped; typing is kept and sent when
 * it is back), or busy (others are saving; retrying). Also sends this desktop's presence heartbeat.
 */
export function TrackerBanner() {
  const status = useTrackerStatus();
  const route = useRoute();
  usePresenceBeat(route.page === 'escalation' ? route.id : null, status?.state === 'open');
  if (!status) return null;
  if (status.state === 'offline' || status.state === 'failed')
    return (
      <MessageBar intent="warning" role="status" aria-live="polite" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The tracker cannot be reached{status.offlineSince ? ` (since ${formatInstant(status.offlineSince)})` : ''}</MessageBarTitle>
          {status.message} You can keep typing: unsaved forms are kept on this computer and sent when the tracker is back. Reconnecting…
        </MessageBarBody>
      </MessageBar>
    );
  if (status.profileProblem)
    return (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The tracker’s procedure could not be loaded</MessageBarTitle>
          {status.profileProblem}
        </MessageBarBody>
      </MessageBar>
    );
  if (status.busy)
    return (
      <MessageBar intent="info" role="status" aria-live="polite">
        <MessageBarBody>
          <Spinner size="extra-tiny" style={{ display: 'inline-flex', marginRight: 8 }} />
          The tracker is busy (other people are saving), retrying…
        </MessageBarBody>
      </MessageBar>
    );
  return null;
}
