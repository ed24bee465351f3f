import { useId, type ChangeEvent } from 'react';
import { Label, Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({ field: { display: 'flex', flexDirection: 'column', gap: '4px', alignItems: 'flex-start' }, hint: { color: tokens.colorNeutralForeground3 } });

/** A labelled file chooser (Fluent has no file input; a Field cannot label a native one). */
export function FileField({ label, hint, accept, onChange }: { label: string; hint?: string; accept: string; onChange: (e: ChangeEvent<HTMLInputElement>) => void }) {
  const styles = useStyles();
  const id = useId();
  const hintId = useId();
  return (
    <div className={styles.field}>
      <Label htmlFor={id}>{label}</Label>
      <input id={id} type="file" accept={accept} onChange={onChange} aria-describedby={hint ? hintId : undefined} />
      {hint && (
        <Text id={hintId} size={200} className={styles.hint}>
          {hint}
        </Text>
      )}
    </div>
  );
}
