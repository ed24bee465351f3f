import { nextDueWhat } from '../../../shared/engine/step-words';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TrackerFilter } from '../../../shared/api/inputs';
import type { EscalationRow } from '../../../shared/api/outputs';
import { href } from '../router';
import { DueBadge } from './due-badge';
import { UrgencyBadge } from './urgency-badge';
import { cohortLabel, formatDay, formatDueDate, statusLabel } from './format';
import type { useTrackerRows } from './use-tracker-rows';

const ROW = 52;
const OVERSCAN = 10;

const useStyles = makeStyles({
  scroller: { overflowY: 'auto', height: 'calc(100vh - 330px)', minHeight: '300px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200 },
  th: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground3, textAlign: 'left', padding: '0', zIndex: 1, borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  sortButton: {
    backgroundColor: 'transparent',
    borderTopStyle: 'none',
    borderRightStyle: 'none',
    borderBottomStyle: 'none',
    borderLeftStyle: 'none',
    fontFamily: 'inherit',
    fontSize: 'inherit',
    color: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
    display: 'block',
    width: '100%',
    boxSizing: 'border-box',
    padding: '8px 6px',
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  td: { padding: '4px 6px', height: `${ROW - 9}px`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'middle' },
  small: { color: tokens.colorNeutralForeground3, display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  // What falls due is read in full ("Dispute Resolution Meeting – meeting due"), wrapped rather than cut.
  wrapSmall: { color: tokens.colorNeutralForeground3, display: 'block' },
});

type SortKey = TrackerFilter['sort'];
const columns: { label: string; sort?: SortKey; width: string }[] = [
  { label: 'Child', sort: 'child', width: '13%' },
  { label: 'Case ID', sort: 'caseId', width: '8%' },
  { label: 'Cohort', sort: 'cohort', width: '9%' },
  { label: 'Chair', sort: 'chair', width: '9%' },
  { label: 'Team', sort: 'team', width: '10%' },
  { label: 'Current stage', sort: 'stage', width: '14%' },
  { label: 'Urgency', sort: 'urgency', width: '7%' },
  { label: 'Raised', sort: 'raised', width: '7%' },
  { label: 'Next due', sort: 'due', width: '9%' },
  { label: 'Time left', width: '9%' },
  { label: 'Status', sort: 'status', width: '7%' },
];

function Row({ r, index }: { r: EscalationRow; index: number }) {
  const styles = useStyles();
  return (
    <tr aria-rowindex={index + 2}>
      <td className={styles.td}>
        <Link href={href({ page: 'escalation', id: r.id })}>{r.childName}</Link>
      </td>
      <td className={styles.td}>{r.caseId}</td>
      <td className={styles.td}>{cohortLabel[r.cohort] ?? r.cohort}</td>
      <td className={styles.td}>{r.chair || '—'}</td>
      <td className={styles.td}>{r.team || '—'}</td>
      <td className={styles.td}>
        {r.stageLabel}
        <Text size={100} className={styles.small}>
          to {r.recipientRole}
        </Text>
      </td>
      <td className={styles.td}>
        <UrgencyBadge level={r.urgency} />
      </td>
      <td className={styles.td}>{formatDay(r.raisedAt)}</td>
      <td className={styles.td}>
        {r.status === 'open' ? (r.dueText ?? formatDueDate(r.nextDueDate)) : '—'}
        {/* A stage with steps of its own: what falls due is its open step ("Dispute Resolution Meeting – meeting due"). */}
        {r.status === 'open' && r.nextStepLabel && (
          <Text size={100} className={styles.wrapSmall}>
            {nextDueWhat(r)}
          </Text>
        )}
      </td>
      <td className={styles.td}>
        <DueBadge timeliness={r.timeliness} days={r.workingDaysRemaining} text={r.timeLeft} />
      </td>
      <td className={styles.td}>{statusLabel[r.status] ?? r.status}</td>
    </tr>
  );
}

/** The tracker as a windowed table: only the rows in view (plus a margin) are in the page. */
export function TrackerTable({ filter, rows, onSort }: { filter: TrackerFilter; rows: ReturnType<typeof useTrackerRows>; onSort: (key: SortKey) => void }) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  const total = rows.total ?? 0;
  const first = Math.max(0, Math.floor(view.top / ROW) - OVERSCAN);
  const last = Math.min(total - 1, Math.ceil((view.top + view.height) / ROW) + OVERSCAN);
  const { ensure } = rows;
  useEffect(() => {
    if (total > 0) ensure(first, last);
  }, [ensure, first, last, total]);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      el.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, []);
  useEffect(() => {
    // A new filter starts at the top.
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [filter]);

  const visible: ReactElement[] = [];
  for (let i = first; i <= last; i++) {
    const r = rows.rowAt(i);
    visible.push(
      r ? (
        <Row key={r.id} r={r} index={i} />
      ) : (
        <tr key={`loading-${i}`} aria-rowindex={i + 2}>
          <td className={styles.td} colSpan={columns.length}>
            Loading…
          </td>
        </tr>
      ),
    );
  }
  return (
    <div ref={scroller} className={styles.scroller} tabIndex={-1}>
      <table className={styles.table} aria-label="Escalations" aria-rowcount={total + 1}>
        <colgroup>
          {columns.map((c) => (
            <col key={c.label} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => {
              const active = c.sort && filter.sort === c.sort;
              return (
                <th key={c.label} className={styles.th} scope="col" aria-sort={active ? (filter.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                  {c.sort ? (
                    <button type="button" className={styles.sortButton} onClick={() => onSort(c.sort!)}>
                      {c.label} {active ? (filter.direction === 'asc' ? '▲' : '▼') : ''}
                    </button>
                  ) : (
                    <span className={styles.sortButton}>{c.label}</span>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW }} />}
          {visible}
          {last < total - 1 && <tr aria-hidden="true" style={{ height: (total - 1 - last) * ROW }} />}
        </tbody>
      </table>
    </div>
  );
}
