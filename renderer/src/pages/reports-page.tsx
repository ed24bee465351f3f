import { Title2, makeStyles, tokens } from '@fluentui/react-components';
import { href } from '../router';
import { DashboardView } from '../components/reports/dashboard-view';
import { PeriodView } from '../components/reports/period-view';
import { AnnualView } from '../components/reports/annual-view';

export type ReportsTab = 'dashboard' | 'period' | 'annual';

const useStyles = makeStyles({
  // Each report has its own address, so the switcher is a set of links (not a tab widget) marked with aria-current.
  switcher: { display: 'flex', gap: '4px', margin: '8px 0 16px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  link: {
    padding: '8px 12px',
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    borderBottom: '3px solid transparent',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  current: { borderBottomColor: tokens.colorBrandStroke1, fontWeight: tokens.fontWeightSemibold },
});

const VIEWS: { key: ReportsTab; label: string }[] = [
  { key: 'dashboard', label: 'Dashboard' },
  { key: 'period', label: 'Quarterly report' },
  { key: 'annual', label: 'Annual figures' },
];

/** Oversight for the QA / reviewing service manager: what is open now, the quarterly return and the year. */
export function ReportsPage({ tab = 'dashboard' }: { tab?: ReportsTab }) {
  const styles = useStyles();
  return (
    <section aria-labelledby="reports-title">
      <Title2 as="h1" id="reports-title">
        Reports
      </Title2>
      <nav aria-label="Reports" className={styles.switcher}>
        {VIEWS.map((v) => (
          <a key={v.key} href={href({ page: 'reports', tab: v.key })} className={`${styles.link} ${v.key === tab ? styles.current : ''}`} aria-current={v.key === tab ? 'page' : undefined}>
            {v.label}
          </a>
        ))}
      </nav>
      {tab === 'dashboard' && <DashboardView />}
      {tab === 'period' && <PeriodView />}
      {tab === 'annual' && <AnnualView />}
    </section>
  );
}
