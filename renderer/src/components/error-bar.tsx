import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** An error sentence from the API or the engine, announced to screen readers. */
export function ErrorBar({ message, title }: { message: string | undefined; title?: string }) {
  if (!message) return null;
  return (
    <MessageBar intent="error" role="alert" layout="multiline" style={{ margin: '8px 0' }}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
