import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { formatInstant } from './format';

/**
 * Someone else saved this record after the form was opened. What the person typed is kept; they look
 * at the other change (the page has reloaded it) and apply theirs on top, or cancel.
 */
export function ConflictNotice({ by, at, ready, onApply, saving }: { by: string; at: string; ready: boolean; onApply: () => void; saving: boolean }) {
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {by} changed this at {formatInstant(at)}, after you started
        </MessageBarTitle>
        Your input below has been kept. {ready ? 'Their change is now shown on the page: check it, then apply yours on top.' : 'Loading their change…'}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={!ready || saving} onClick={onApply}>
          {saving ? 'Saving…' : 'Apply my change again'}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
