import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useApp } from './app-context';
import { href, useRoute, type Route } from '../router';
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
});

const sections: { label: string; route: Route; matches: Route['page'][] }[] = [
  { label: 'Tracker', route: { page: 'tracker' }, matches: ['tracker', 'escalation'] },
  { label: 'Children', route: { page: 'children' }, matches: ['children', 'child', 'new-child', 'raise'] },
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
  return (
    <>
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
      </header>
      {info.readOnlyReason && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>{info.readOnlyReason}</MessageBarBody>
        </MessageBar>
      )}
      <main className={styles.main}>
        <Page route={route} />
      </main>
    </>
  );
}
