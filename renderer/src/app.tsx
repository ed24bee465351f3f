import { FluentProvider, MessageBar, MessageBarBody, Spinner, teamsHighContrastTheme, webLightTheme } from '@fluentui/react-components';
import { ThemeChoice, useThemeChoiceState } from './components/theme-choice';
import { call } from './api';
import { AppContext } from './components/app-context';
import { useLoad } from './components/use-load';
import { Shell } from './components/shell';

export function App() {
  const boot = useLoad(async () => {
    const [info, profile] = await Promise.all([call('app.info', {}), call('profile.active', {})]);
    return { info, profile };
    // Only the settings, the procedure or the people (roles) change what these say: escalations saved do not.
  }, [], (c) => c.entity === 'setting' || c.entity === 'profile' || c.entity === 'person');
  const [highContrast, setHighContrast] = useThemeChoiceState();
  return (
    <ThemeChoice.Provider value={{ highContrast, setHighContrast }}>
    <FluentProvider theme={highContrast ? teamsHighContrastTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      {boot.error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>The tracker could not be opened: {boot.error}</MessageBarBody>
        </MessageBar>
      ) : !boot.data ? (
        <Spinner label="Opening the tracker…" style={{ marginTop: 80 }} />
      ) : (
        <AppContext.Provider value={boot.data}>
          <Shell />
        </AppContext.Provider>
      )}
    </FluentProvider>
    </ThemeChoice.Provider>
  );
}
