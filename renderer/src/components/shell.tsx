import { useCallback, useState } from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Text, ToggleButton, tokens } from '@fluentui/react-components';
import { useApp } from './app-context';
import { href, navigate, useRoute, type Route } from '../router';
import { useShortcuts, type ShortcutAction } from './shortcuts';
import { HelpDialog } from './help-dialog';
import { RemindersNotice } from './reminders-notice';
import { useThemeChoice } from './theme-choice';
import { TrackerPage } from '../pages/tracker-page';
import { MyDayPage } from '../pages/my-day-page';
import { ConferenceSummaryPage } from '../pages/conference-summary-page';
import { WhichChildDialog } from './which-child-dialog';
import { useHeadingFocus } from './use-heading-focus';
import { useFocusStyles, usePrintStyles } from './focus-styles';
import { ChildrenPage } from '../pages/children-page';
import { ChildPage } from '../pages/child-page';
import { ChildFormPage } from '../pages/child-form-page';
import { RaisePage } from '../pages/raise-page';
import { EscalationPage } from '../pages/escalation-page';
import { SettingsPage } from '../pages/settings-page';
import { PeoplePage } from '../pages/people-page';
import { ProfilesPage } from '../pages/profiles-page';
import { ImportPage } from '../pages/import-page';
import { AuditPage } from '../pages/audit-page';
import { ChairConcernsPage } from '../pages/chair-concerns-page';
import { ChairConcernPage } from '../pages/chair-concern-page';
import { LettersPage } from '../pages/letters-page';
import { ReportsPage } from '../pages/reports-page';
import { ThemesPage } from '../pages/themes-page';
import { ThemePage } from '../pages/theme-page';
import { FirstRunSetup } from './first-run-setup';
import { useMe } from './settings/use-me';
import { TrackerBanner } from './tracker-banner';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: '24px',
    padding: '8px 24px',
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase500, color: tokens.colorNeutralForegroundOnBrand },
  // Wraps onto a second line before a link's words break (a manager's bar has one more link).
  nav: { display: 'flex', flexWrap: 'wrap', gap: '4px' },
  navLink: {
    color: tokens.colorNeutralForegroundOnBrand,
    textDecoration: 'none',
    padding: '6px 12px',
    whiteSpace: 'nowrap',
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
  { label: 'My day', route: { page: 'my-day' }, matches: ['my-day'] },
  { label: 'Tracker', route: { page: 'tracker' }, matches: ['tracker', 'escalation'] },
  { label: 'Children', route: { page: 'children' }, matches: ['children', 'child', 'new-child', 'edit-child', 'raise', 'conference-summary'] },
  { label: 'Letters', route: { page: 'letters' }, matches: ['letters'] },
  { label: 'Themes', route: { page: 'themes' }, matches: ['themes', 'theme'] },
  { label: 'Reports', route: { page: 'reports' }, matches: ['reports'] },
  // Shown to managers only (MANAGER_ONLY); the service refuses everyone else whatever the bar shows.
  { label: 'Chair concerns', route: { page: 'chair-concerns' }, matches: ['chair-concerns', 'chair-concern'] },
  { label: 'Audit', route: { page: 'audit' }, matches: ['audit'] },
  { label: 'Settings', route: { page: 'settings' }, matches: ['settings', 'people', 'profiles', 'import'] },
];

const MANAGER_ONLY: Route['page'][] = ['chair-concerns'];

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'my-day':
      return <MyDayPage />;
    case 'conference-summary':
      return <ConferenceSummaryPage id={route.id} />;
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
      return <EscalationPage key={`${route.id}-${route.action ?? ''}`} id={route.id} action={route.action} />;
    case 'letters':
      return <LettersPage />;
    case 'reports':
      return <ReportsPage tab={route.tab} />;
    case 'themes':
      return <ThemesPage />;
    case 'theme':
      return <ThemePage id={route.id} />;
    case 'settings':
      return <SettingsPage />;
    case 'people':
      return <PeoplePage />;
    case 'profiles':
      return <ProfilesPage id={route.id} />;
    case 'import':
      return <ImportPage />;
    case 'audit':
      return <AuditPage key={route.query ?? ''} query={route.query} />;
    case 'chair-concerns':
      return <ChairConcernsPage />;
    case 'chair-concern':
      return <ChairConcernPage id={route.id} />;
  }
}

export function Shell() {
  const styles = useStyles();
  const { info } = useApp();
  const route = useRoute();
  const me = useMe();
  const manager = me.data?.appRole === 'qa-manager' || me.data?.appRole === 'administrator';
  useFocusStyles();
  usePrintStyles();
  const announced = useHeadingFocus(href(route).split('?')[0] ?? '');
  const [help, setHelp] = useState(false);
  const [whichChild, setWhichChild] = useState(false);
  const { highContrast, setHighContrast } = useThemeChoice();
  const onShortcut = useCallback((action: ShortcutAction) => {
    switch (action) {
      case 'new-escalation':
        return setWhichChild(true);
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
          {sections.filter((s) => !MANAGER_ONLY.includes(s.route.page) || manager).map((s) => {
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
      <HelpDialog open={help} onClose={() => setHelp(false)} />
      <WhichChildDialog open={whichChild} onClose={() => setWhichChild(false)} />
      <div role="status" aria-live="polite" className={styles.skip}>
        {announced}
      </div>
      <RemindersNotice />
      <TrackerBanner />
      {info.readOnlyReason && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>{info.readOnlyReason}</MessageBarBody>
        </MessageBar>
      )}
      <main className={styles.main} id="main" tabIndex={-1}>
        <FirstRunSetup>
          <Page route={route} />
        </FirstRunSetup>
      </main>
    </>
  );
}
