import { MessageBar, MessageBarBody, MessageBarTitle, Text, Title1, makeStyles, tokens } from '@fluentui/react-components';
import type { TrackerStatus } from '../../../../shared/api/tracker-file-outputs';
import { TrackerChooser } from './tracker-chooser';

const useStyles = makeStyles({
  page: { maxWidth: '1100px', margin: '0 auto', padding: '32px 24px' },
  intro: { display: 'block', margin: '8px 0 20px', color: tokens.colorNeutralForeground2, maxWidth: '760px' },
});

/**
 * Shown before any tracker is open: the first run (no choice yet), or when the remembered tracker could
 * not be opened (with the reason, and the app retrying if the share is just not connected yet).
 */
export function FirstRunScreen({ status }: { status: TrackerStatus }) {
  const styles = useStyles();
  const failed = status.state === 'failed';
  return (
    <main className={styles.page} aria-labelledby="first-run-title">
      <Title1 as="h1" id="first-run-title">
        {failed ? 'The tracker could not be opened' : 'Welcome to Escalation Tracker'}
      </Title1>
      {failed ? (
        <MessageBar intent={status.errorCode === 'OFFLINE' || status.errorCode === 'BUSY' ? 'warning' : 'error'} role="alert" layout="multiline" style={{ margin: '12px 0' }}>
          <MessageBarBody>
            <MessageBarTitle>{status.file}</MessageBarTitle>
            {status.message}
            {(status.errorCode === 'OFFLINE' || status.errorCode === 'BUSY') && ' The app keeps trying and opens it as soon as it can; or choose another tracker below.'}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Text as="p" className={styles.intro}>
          Your team keeps one tracker file in a shared network folder, and everyone’s app opens that same file. Choose it below, create it if your
          team is starting out, or use a tracker kept only on this computer. You can change this later in Settings → Tracker file.
        </Text>
      )}
      <TrackerChooser status={status} />
    </main>
  );
}
