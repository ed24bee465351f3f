import { Link } from '@fluentui/react-components';
import { call } from '../../api';
import { useLoad } from '../use-load';
import type { AppRole } from '../../../../shared/people/roles';
import { href } from '../../router';
import { useMe } from './use-me';

const roleSentence: Record<AppRole, string> = {
  none: 'You are on the people list without access to change the tracker.',
  chair: 'You are a chair: you raise and record escalations.',
  'qa-manager': 'You are a QA / reviewing service manager: you oversee escalations, reports and the audit log.',
  administrator: 'You are an administrator: you can also change people, the protocol profile, templates and settings, and import.',
};

/** Settings › People and roles: who you are here, and the way to the people list. */
export function PeopleSection() {
  const me = useMe();
  const people = useLoad(() => call('people.list', {}), []);
  const n = people.data?.length;
  return (
    <div>
      {me.data && (
        <p>
          Signed in as <strong>{me.data.person?.name ?? me.data.actorName}</strong>. {roleSentence[me.data.appRole]}
        </p>
      )}
      <p>
        {n === undefined ? '' : `${n} ${n === 1 ? 'person is' : 'people are'} on the list: `}who can use the app, and who letters go to and are copied to.
      </p>
      <Link href={href({ page: 'people' })}>People and roles</Link>
    </div>
  );
}
