import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useOthersHere } from './tracker-file/presence';

/** "Sam Patel is editing this": a hint that someone else has this escalation open. Never a lock. */
export function PresenceHint({ escalationId }: { escalationId: string }) {
  const others = useOthersHere(escalationId);
  if (others.length === 0) return null;
  const names = [...new Set(others.map((o) => o.actor))];
  const who = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return (
    <MessageBar intent="info" role="status" aria-live="polite" style={{ margin: '8px 0' }}>
      <MessageBarBody>
        {who} {names.length === 1 ? 'is' : 'are'} editing this. You can still save: if you both change it, the second save is asked to review the first.
      </MessageBarBody>
    </MessageBar>
  );
}
