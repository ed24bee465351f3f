import { describeNamed } from '../../../shared/engine/stage-people';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { StageState } from '../../../shared/engine/types';
import { describeStep } from './step-text';
import { formatDueDate } from './format';

const useStyles = makeStyles({
  list: { listStyle: 'none', display: 'flex', gap: '8px', padding: 0, margin: '12px 0', flexWrap: 'wrap' },
  item: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '8px 12px', minWidth: '150px', fontSize: tokens.fontSizeBase200 },
  current: { border: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  done: { backgroundColor: tokens.colorNeutralBackground3 },
  bypassed: { borderTopStyle: 'dashed', borderBottomStyle: 'dashed', borderLeftStyle: 'dashed', borderRightStyle: 'dashed', color: tokens.colorNeutralForeground3 },
  label: { fontWeight: tokens.fontWeightSemibold, display: 'block' },
  steps: { listStyle: 'none', padding: 0, margin: '6px 0 0', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '4px' },
  step: { margin: '2px 0' },
  stepOpen: { fontWeight: tokens.fontWeightSemibold },
  stepSkipped: { color: tokens.colorNeutralForeground3 },
});

const stateText: Record<StageState['state'], string> = { done: 'Done', current: 'Current stage', bypassed: 'Bypassed', future: 'Not reached' };

/** A done stage says how it ended: silence is not a response. */
function statusOf(s: StageState): string {
  if (s.state !== 'done') return stateText[s.state];
  if (s.outcome === 'no-response') return 'No response — escalated';
  if (s.outcome === 'responded') return 'Responded';
  return 'Done';
}

/**
 * A stage's deadline in words: "Due …"; a future stage "Would be due …", "… if it opened today" when the stage
 * before it is already overdue; after a stage without a timescale, its own ("5 working days from when it opens").
 */
export function dueLine(s: StageState, due: string | null): string {
  if (due) {
    const when = s.dueText ?? formatDueDate(due);
    if (s.state !== 'future') return `Due ${when}`;
    return s.projectedFromNow ? `Would be due ${when} if it opened today` : `Would be due ${when}`;
  }
  if (s.state === 'future' && s.timescale) return `${s.timescale[0]!.toUpperCase()}${s.timescale.slice(1)} from when it opens`;
  return 'No set timescale';
}

/** The ladder as a row of stages: done, current, bypassed and future, each with its due date. */
export function StageStepper({ stages, closed = false }: { stages: StageState[]; closed?: boolean }) {
  const styles = useStyles();
  return (
    <ol className={styles.list} aria-label="Stages">
      {stages.map((s) => {
        const due = s.clock?.dueDate ?? s.projectedDueDate;
        return (
          <li key={s.key} className={`${styles.item} ${s.state === 'current' ? styles.current : s.state === 'done' ? styles.done : s.state === 'bypassed' ? styles.bypassed : ''}`} aria-current={s.state === 'current' ? 'step' : undefined}>
            <span className={styles.label}>{s.label}</span>
            <span>{s.recipient ? describeNamed(s.recipient) : s.recipientRole}</span>
            <br />
            <span>{statusOf(s)}</span>
            {s.state !== 'bypassed' && (
              <>
                <br />
                <span>{dueLine(s, due)}</span>
              </>
            )}
            {s.steps && s.steps.length > 0 && (
              <ul className={styles.steps} aria-label={`Steps of ${s.label}`}>
                {s.steps.map((st) => (
                  <li key={st.key} className={`${styles.step} ${st.state === 'open' && s.state === 'current' && !closed ? styles.stepOpen : st.state === 'skipped' ? styles.stepSkipped : ''}`}>
                    {describeStep(st, s.state !== 'current' || closed)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
