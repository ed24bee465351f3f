import type { ReactNode } from 'react';
import { Title2, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { LetterheadSettings } from '../components/letters/letterhead-settings';
import { TemplatesSettings } from '../components/letters/templates-settings';
import { PeopleSection } from '../components/settings/people-section';
import { ProfileSection } from '../components/settings/profile-section';
import { DataSection } from '../components/settings/data-section';
import { TrackerFileSection } from '../components/tracker-file/tracker-file-section';

const useStyles = makeStyles({
  section: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, padding: '12px 0 20px' },
});

/**
 * Settings is a list of independent sections; each area of the app adds its own component here
 * (tracker file, people, profile, templates, import, …).
 */
const sections: { id: string; title: string; render: () => ReactNode }[] = [
  { id: 'people', title: 'People and roles', render: () => <PeopleSection /> },
  { id: 'profile', title: 'Protocol profile', render: () => <ProfileSection /> },
  { id: 'letters', title: 'Letters', render: () => <LetterheadSettings /> },
  { id: 'templates', title: 'Templates', render: () => <TemplatesSettings /> },
  { id: 'data', title: 'Import, export and audit', render: () => <DataSection /> },
  { id: 'tracker-file', title: 'Tracker file', render: () => <TrackerFileSection /> },
];

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
