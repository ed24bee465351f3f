import type { ReactNode } from 'react';
import { Link, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { EscalationRow } from '../../../../shared/api/outputs';
import { href, type Route } from '../../router';
import { UrgencyBadge } from '../urgency-badge';

const useStyles = makeStyles({
  section: { margin: '16px 0', maxWidth: '980px' },
  list: { listStyle: 'none', padding: 0, margin: '6px 0 0', display: 'grid', gap: '6px' },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(180px, 1.2fr) minmax(220px, 2fr) max-content',
    gap: '4px 16px',
    alignItems: 'center',
    padding: '8px 12px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderLeftWidth: '6px',
    borderRadius: tokens.borderRadiusMedium,
  },
  danger: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  plain: { borderLeftColor: tokens.colorBrandStroke1 },
  muted: { color: tokens.colorNeutralForeground2 },
  action: {
    padding: '4px 12px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    textDecoration: 'none',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `3px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
});

export interface MyDayEntry {
  key: string;
  row?: EscalationRow;
  title: string;
  detail: string;
  actionLabel: string;
  route: Route;
}

/** One section of My day: a heading with its count, and each item with the action it needs. */
export function MyDayList({ id, title, tone, entries, empty, children }: { id: string; title: string; tone: 'danger' | 'warning' | 'plain'; entries: MyDayEntry[]; empty?: string; children?: ReactNode }) {
  const styles = useStyles();
  if (entries.length === 0 && !empty) return null;
  return (
    <section className={styles.section} aria-labelledby={`${id}-title`} id={id}>
      <Title3 as="h2" id={`${id}-title`}>
        {title} ({entries.length})
      </Title3>
      {children}
      {entries.length === 0 ? (
        <Text className={styles.muted}>{empty}</Text>
      ) : (
        <ul className={styles.list} aria-labelledby={`${id}-title`}>
          {entries.map((e) => (
            <li key={e.key} className={`${styles.item} ${styles[tone]}`}>
              <span>
                <Link href={href(e.route)}>{e.title}</Link>
                {e.row?.urgency && (
                  <>
                    {' '}
                    <UrgencyBadge level={e.row.urgency} />
                  </>
                )}
              </span>
              <Text>{e.detail}</Text>
              <a className={styles.action} href={href(e.route)} aria-label={`${e.actionLabel}: ${e.title}`}>
                {e.actionLabel}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
