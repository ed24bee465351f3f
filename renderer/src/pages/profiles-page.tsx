import { useState } from 'react';
import { Spinner, Title2 } from '@fluentui/react-components';
import { call } from '../api';
import { useLoad } from '../components/use-load';
import { ErrorBar } from '../components/error-bar';
import { useMe } from '../components/settings/use-me';
import { ProfileList } from '../components/profile-editor/profile-list';
import { ProfileEditorView } from '../components/profile-editor/profile-editor-view';
import type { ProfileRecord } from '../../../shared/api/settings-outputs';
import { CopyDialog } from '../components/profile-editor/copy-dialog';
import type { Profile } from '../../../shared/profile/schema';
import { href, navigate } from '../router';

/** Protocol profiles: the list (#/settings/profiles) or one profile's editor (#/settings/profiles/<id>). */
export function ProfilesPage({ id }: { id?: string }) {
  const me = useMe();
  const admin = me.data?.isAdministrator ?? false;
  // The copy dialog lives here, above the editor, so opening the copy (a new route) never unmounts it while open.
  const [copySource, setCopySource] = useState<Profile | null>(null);
  return (
    <>
      <CopyDialog
        source={copySource}
        onClose={() => setCopySource(null)}
        onCopied={(copyId) => {
          setCopySource(null);
          navigate({ page: 'profiles', id: copyId });
        }}
      />
      <p>
        <a href={href({ page: 'settings' })}>Settings</a> › {id ? <a href={href({ page: 'profiles' })}>Protocol profiles</a> : 'Protocol profiles'}
      </p>
      {id ? (
        <OneProfile id={id} admin={admin} onCopy={setCopySource} />
      ) : (
        <section aria-labelledby="profiles-title">
          <Title2 as="h1" id="profiles-title">
            Protocol profiles
          </Title2>
          <p style={{ maxWidth: '80ch' }}>
            A profile is your procedure as data: its ladders, stages and timescales, urgency levels, categories of concern, expected outcomes and closure
            days. Changing the profile never moves the due date of a stage already under way: each stage keeps the timescale it was opened with.
            {!admin && ' Only an administrator can change profiles.'}
          </p>
          <ProfileList admin={admin} />
        </section>
      )}
    </>
  );
}

function OneProfile({ id, admin, onCopy }: { id: string; admin: boolean; onCopy: (p: Profile) => void }) {
  const record = useLoad(() => call('profiles.get', { id }), [id]);
  const [latest, setLatest] = useState<ProfileRecord>();
  const shown = latest && latest.id === id ? latest : record.data;
  if (record.error) return <ErrorBar message={record.error} />;
  if (!shown) return <Spinner label="Loading the profile…" />;
  return <ProfileEditorView key={shown.id} record={shown} admin={admin} onSaved={setLatest} onCopy={onCopy} />;
}
