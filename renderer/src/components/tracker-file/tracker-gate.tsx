import { useEffect, type ReactNode } from 'react';
import { FluentProvider, Spinner, teamsHighContrastTheme, webLightTheme } from '@fluentui/react-components';
import { useTrackerStatus } from '../use-changes';
import { useThemeChoiceState } from '../theme-choice';
import { FirstRunScreen } from './first-run-screen';
import { restoreDraftsFromHost } from './draft-mirror';

/**
 * Decides what the window shows: the first-run screen until a tracker is open, then the app, started
 * afresh (remounted) whenever another tracker is opened. Going offline keeps the app mounted (with a
 * banner) so nothing typed is lost.
 */
export function TrackerGate({ children }: { children: (session: string) => ReactNode }) {
  const status = useTrackerStatus();
  const [highContrast] = useThemeChoiceState();
  useEffect(() => {
    void restoreDraftsFromHost();
  }, []);
  const chooser = status && (status.state === 'none' || status.state === 'failed');
  if (status && !chooser) return <>{children(status.session)}</>;
  return (
    <FluentProvider theme={highContrast ? teamsHighContrastTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      {status ? <FirstRunScreen status={status} /> : <Spinner label="Opening the tracker…" style={{ marginTop: 80 }} />}
    </FluentProvider>
  );
}
