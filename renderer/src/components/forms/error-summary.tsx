import { useEffect, useRef } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  box: {
    border: `4px solid ${tokens.colorPaletteRedBorder2}`,
    padding: '12px 16px',
    margin: '8px 0 12px',
    maxWidth: '900px',
    ':focus-visible': { outline: `3px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  title: { margin: '0 0 6px', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: '20px' },
  link: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface FormProblem {
  /** The id of the control to move to. */
  fieldId: string;
  message: string;
}

/**
 * The GOV.UK error summary: at the top of the form, takes focus when a submit finds problems (each
 * submit again), so a screen reader reads it; each problem links to its field.
 */
export function ErrorSummary({ problems, attempt }: { problems: FormProblem[]; attempt: number }) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const count = problems.length;
  useEffect(() => {
    if (count) ref.current?.focus();
  }, [attempt, count]);
  if (!count) return null;
  return (
    <div ref={ref} className={styles.box} tabIndex={-1} aria-labelledby="error-summary-title" id="error-summary">
      <h2 id="error-summary-title" className={styles.title}>
        There is a problem
      </h2>
      <ul className={styles.list}>
        {problems.map((p) => (
          <li key={p.fieldId}>
            <a
              className={styles.link}
              href={`#${p.fieldId}`}
              onClick={(e) => {
                e.preventDefault();
                const el = document.getElementById(p.fieldId);
                el?.scrollIntoView({ block: 'center' });
                el?.focus();
              }}
            >
              {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
