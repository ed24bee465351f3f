import { useCallback, useState } from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Text, ToggleButton, tokens } from '@fluentui/react-components';
import { useApp } from './app-context';
import { href, navigate, useRoute, type Route } from '../router';
import { useShortcuts, type ShortcutAction } from './shortcuts';
import { HelpDialog } from './help-dialog';
import { RemindersNotice } from './reminders-notice';
import { useThemeChoice } from './theme-choice';
import { TrackerPage } from '../pages/tracker-page';
import { ChildrenPage } from '../pages/children-page';
import { ChildPage } from '../pages/child-page';
import { ChildFormPage } from '../pages/child-form-page';
import { RaisePage } from '../pages/raise-page';
import { EscalationPage } from '../pages/escalation-page';
import { SettingsPage } from '../pages/settings-page';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: '24px',
    padding: '8px 24px',
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase500, color: tokens.colorNeutralForegroundOnBrand },
  nav: { display: 'flex', gap: '4px' },
  navLink: {
    color: tokens.colorNeutralForegroundOnBrand,
    textDecoration: 'none',
    padding: '6px 12px',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorNeutralForegroundOnBrand}`, outlineOffset: '1px' },
  },
  current: { backgroundColor: tokens.colorBrandBackgroundPressed, fontWeight: tokens.fontWeightSemibold },
  who: { marginLeft: 'auto', textAlign: 'right', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForegroundOnBrand },
  main: { padding: '16px 24px', maxWidth: '1400px' },
  tools: { display: 'flex', gap: '8px' },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { left: '8px', top: '8px', zIndex: 10, padding: '8px', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  },
});

const sections: { label: string; route: Route; matches: Route['page'][] }[] = [
  { label: 'Tracker', route: { page: 'tracker' }, matches: ['tracker', 'escalation'] },
  { label: 'Children', route: { page: 'children' }, matches: ['children', 'child', 'new-child', 'edit-child', 'raise'] },
  { label: 'Settings', route: { page: 'settings' }, matches: ['settings'] },
];

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'tracker':
      return <TrackerPage key={route.query ?? ''} query={route.query} />;
    case 'children':
      return <ChildrenPage />;
    case 'new-child':
      return <ChildFormPage />;
    case 'edit-child':
      return <ChildFormPage id={route.id} />;
    case 'child':
      return <ChildPage id={route.id} />;
    case 'raise':
      return <RaisePage childId={route.childId} />;
    case 'escalation':
      return <EscalationPage id={route.id} />;
    case 'settings':
      return <SettingsPage />;
  }
}

export function Shell() {
  const styles = useStyles();
  const { info } = useApp();
  const route = useRoute();
  const [help, setHelp] = useState(false);
  const { highContrast, setHighContrast } = useThemeChoice();
  const onShortcut = useCallback((action: ShortcutAction) => {
    switch (action) {
      case 'new-escalation':
        return navigate({ page: 'children' });
      case 'tracker':
        return navigate({ page: 'tracker' });
      case 'children':
        return navigate({ page: 'children' });
      case 'search':
        if (!window.location.hash.startsWith('#/tracker') && window.location.hash !== '') navigate({ page: 'tracker' });
        return setTimeout(() => document.getElementById('tracker-search')?.focus(), 50);
      case 'help':
        return setHelp(true);
    }
  }, []);
  useShortcuts(onShortcut);
  return (
    <>
      <a href="#main" className={styles.skip} onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to main content
      </a>
      <header className={styles.header}>
        <Text as="span" className={styles.title}>
          Escalation Tracker
        </Text>
        <nav aria-label="Main" className={styles.nav}>
          {sections.map((s) => {
            const current = s.matches.includes(route.page);
            return (
              <a key={s.label} href={href(s.route)} className={`${styles.navLink} ${current ? styles.current : ''}`} aria-current={current ? 'page' : undefined}>
                {s.label}
              </a>
            );
          })}
        </nav>
        <div className={styles.who}>
          <div>{info.user.name}</div>
          <div title={info.trackerFile}>
            {info.profile.authority} · {info.trackerFile.split(/[\\/]/).pop()}
          </div>
        </div>
        <div className={styles.tools}>
          <ToggleButton size="small" checked={highContrast} onClick={() => setHighContrast(!highContrast)}>
            High contrast
          </ToggleButton>
          <Button size="small" onClick={() => setHelp(true)}>
            Help
          </Button>
        </div>
      </header>
      {help && <HelpDialog open onClose={() => setHelp(false)} />}
      <RemindersNotice />
      {info.readOnlyReason && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>{info.readOnlyReason}</MessageBarBody>
        </MessageBar>
      )}
      <main className={styles.main} id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </>
  );
}
