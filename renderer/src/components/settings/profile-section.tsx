import { Link } from '@fluentui/react-components';
import { useApp } from '../app-context';
import { href } from '../../router';

/** Settings › Protocol profile: the procedure in use, and the way to the editor. */
export function ProfileSection() {
  const { profile } = useApp();
  return (
    <div>
      <p>
        The tracker follows <strong>{profile.name}</strong> ({profile.authority}): {profile.ladders.length} ladder{profile.ladders.length === 1 ? '' : 's'},{' '}
        {profile.categories.length} categories of concern{profile.urgency ? `, ${profile.urgency.label}` : ''}.
      </p>
      <Link href={href({ page: 'profiles' })}>Protocol profiles: view, copy and edit</Link>
    </div>
  );
}
