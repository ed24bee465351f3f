import type { ReactNode } from 'react';
import { Title2, Title3, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  section: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, padding: '12px 0 20px' },
});

/**
 * Settings is a list of independent sections; each area of the app adds its own component here
 * (tracker file, people, profile, templates, import, …).
 */
const sections: { id: string; title: string; render: () => ReactNode }[] = [];

export function SettingsPage() {
  const styles = useStyles();
  return (
    <section aria-labelledby="settings-title">
      <Title2 as="h1" id="settings-title">
        Settings
      </Title2>
      {sections.length === 0 && <p>Nothing to set yet.</p>}
      {sections.map((s) => (
        <section key={s.id} className={styles.section} aria-labelledby={`settings-${s.id}`}>
          <Title3 as="h2" id={`settings-${s.id}`}>
            {s.title}
          </Title3>
          {s.render()}
        </section>
      ))}
    </section>
  );
}
