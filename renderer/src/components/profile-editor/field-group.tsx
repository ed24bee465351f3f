import { useId, type ReactNode } from 'react';
import { Label, Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: '2px' },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/**
 * A label over several controls (a Fluent Field takes one control): the group is named by the label,
 * each control keeps its own aria-label, and the problem is read out with them.
 */
export function FieldGroup({ label, problem, children }: { label: string; problem: string | undefined; children: (describedBy: string | undefined) => ReactNode }) {
  const styles = useStyles();
  const labelId = useId();
  const errorId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className={styles.group}>
      <Label id={labelId} size="small">
        {label}
      </Label>
      {children(problem ? errorId : undefined)}
      {problem && (
        <Text id={errorId} className={styles.error}>
          {problem}
        </Text>
      )}
    </div>
  );
}
