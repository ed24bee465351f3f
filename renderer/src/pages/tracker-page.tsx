import { useEffect, useState } from 'react';
import { Button, Text, Title2, makeStyles } from '@fluentui/react-components';
import type { TrackerFilter } from '../../../shared/api/inputs';
import { call } from '../api';
import { useLoad } from '../components/use-load';
import { ErrorBar } from '../components/error-bar';
import { TrackerFilters } from '../components/tracker-filters';
import { TrackerTable } from '../components/tracker-table';
import { SavedViews } from '../components/saved-views';
import { useTrackerRows } from '../components/use-tracker-rows';
import { filterFromQuery, queryFromFilter } from '../components/tracker-filter-url';
import { href, parseRoute } from '../router';
import { WhichChildDialog } from '../components/which-child-dialog';

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'center', gap: '16px', flexWrap: 'wrap' },
  count: { marginLeft: 'auto' },
});

function describe(f: TrackerFilter): string {
  const who = f.scope === 'mine' ? 'My' : f.scope === 'team' ? 'My team’s' : 'All';
  const what = f.status === 'open' ? 'open escalations' : f.status === 'closed' ? 'closed escalations' : 'escalations';
  const order = f.sort === 'due' && f.direction === 'asc' ? ', soonest due first' : '';
  return `${who} ${what}${order}`;
}

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function TrackerPage({ query }: { query?: string }) {
  const styles = useStyles();
  const [filter, setFilter] = useState(() => filterFromQuery(query));
  const [search, setSearch] = useState(filter.search);
  const rows = useTrackerRows(filter);
  const facets = useLoad(() => call('tracker.facets', {}), []);
  const [exportError, setExportError] = useState<string>();
  const [whichChild, setWhichChild] = useState(false);

  // Typing in the search box waits for a short pause before querying (late answers are dropped anyway).
  useEffect(() => {
    const t = setTimeout(() => setFilter((f) => (f.search === search ? f : { ...f, search })), 60);
    return () => clearTimeout(t);
  }, [search]);
  // Keep the address in step with the filters so the view can be bookmarked or shared. Only while the
  // address is still the tracker's: this effect runs after the first paint, and a shortcut or link
  // pressed in between (Alt+Shift+C) has already set another page's hash, which must not be overwritten.
  useEffect(() => {
    if (parseRoute(window.location.hash).page !== 'tracker') return;
    window.history.replaceState(null, '', href({ page: 'tracker', query: queryFromFilter(filter) }));
  }, [filter]);

  const change = (f: TrackerFilter) => {
    setSearch(f.search);
    setFilter(f);
  };

  return (
    <section aria-labelledby="tracker-title">
      <div className={styles.head}>
        <Title2 as="h1" id="tracker-title">
          Escalations
        </Title2>
        <Text role="status" aria-live="polite" className={styles.count} id="tracker-count">
          {rows.total === null ? 'Loading…' : `${rows.total} escalation${rows.total === 1 ? '' : 's'} · ${describe(filter)}`}
        </Text>
        <Button appearance="primary" onClick={() => setWhichChild(true)}>
          Raise a concern
        </Button>
        <Button
          onClick={async () => {
            setExportError(undefined);
            try {
              const r = await call('escalations.csv', filter);
              download(r.filename, r.csv);
            } catch (err) {
              setExportError(err instanceof Error ? err.message : String(err));
            }
          }}
        >
          Export view to CSV
        </Button>
      </div>
      <TrackerFilters filter={{ ...filter, search }} onChange={change} facets={facets.data} />
      <SavedViews filter={filter} onApply={change} />
      <ErrorBar message={rows.error ?? exportError} />
      <TrackerTable filter={filter} rows={rows} onSort={(key) => change({ ...filter, sort: key, direction: filter.sort === key && filter.direction === 'asc' ? 'desc' : 'asc' })} />
      {rows.total === 0 && <Text>No escalations match these filters. Raise one with “Raise a concern” above, or from a child’s record.</Text>}
      <WhichChildDialog open={whichChild} onClose={() => setWhichChild(false)} />
    </section>
  );
}
