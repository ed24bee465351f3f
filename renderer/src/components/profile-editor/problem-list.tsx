import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ProfileProblem } from '../../../../shared/profile/validate';

/** Every problem of a profile, with where it is; each is also shown next to its field in the editor. */
export function ProblemList({ problems, title }: { problems: ProfileProblem[]; title: string }) {
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="error" role="alert" layout="multiline" style={{ margin: '8px 0' }}>
      <MessageBarBody>
        <MessageBarTitle>
          {title} ({problems.length} problem{problems.length === 1 ? '' : 's'})
        </MessageBarTitle>
        <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
          {problems.map((p) => (
            <li key={`${p.path}|${p.message}`}>
              <code>{p.path}</code>: {p.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
