import { useState } from 'react';
import { Badge, Button, Spinner, Text, Title2, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { ThemeDetail } from '../../../shared/api/reports-outputs';
import { call, newOpId } from '../api';
import { useLoad } from '../components/use-load';
import { ErrorBar } from '../components/error-bar';
import { formatInstant } from '../components/format';
import { ThemeForm } from '../components/themes/theme-form';
import { ThemeAction } from '../components/themes/theme-actions';
import { ThemeLinks } from '../components/themes/theme-links';
import { themeStatusLabel } from '../components/themes/theme-status';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: '8px 0' },
  term: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, whiteSpace: 'pre-wrap' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', margin: '8px 0 12px' },
  panel: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', margin: '8px 0 16px' },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: '24px' },
  history: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '8px' },
});

type Panel = 'edit' | 'evidence' | 'note' | 'status' | null;

/** One themed concern: what it is, its evidence, the escalations and children it links, and its history. */
export function ThemePage({ id }: { id: string }) {
  const styles = useStyles();
  const loaded = useLoad(() => call('themes.get', { id }), [id]);
  const [fresh, setFresh] = useState<ThemeDetail>();
  const [panel, setPanel] = useState<Panel>(null);
  const t = fresh && fresh.id === id ? fresh : loaded.data;
  if (loaded.error) return <ErrorBar message={loaded.error} />;
  if (!t) return <Spinner label="Loading the themed concern…" />;
  const done = (updated: ThemeDetail) => {
    setFresh(updated);
    setPanel(null);
  };
  const buttons: [Exclude<Panel, null>, string][] = [
    ['evidence', 'Add evidence'],
    ['note', 'Add a note'],
    ['status', t.status === 'open' ? 'Escalate or change status' : 'Change status'],
    ['edit', 'Edit'],
  ];
  return (
    <section aria-labelledby="theme-title">
      <Title2 as="h1" id="theme-title">
        {t.title} <Badge appearance="outline">{themeStatusLabel[t.status]}</Badge>
      </Title2>
      <div className={styles.columns}>
        <div>
          <dl className={styles.facts}>
            <dt className={styles.term}>Owner</dt>
            <dd className={styles.text}>{t.owner || '—'}</dd>
            <dt className={styles.term}>Raised</dt>
            <dd className={styles.text}>
              {formatInstant(t.createdAt)} by {t.createdBy}
            </dd>
            <dt className={styles.term}>The concern</dt>
            <dd className={styles.text}>{t.description || '—'}</dd>
            <dt className={styles.term}>Evidence</dt>
            <dd className={styles.text}>{t.evidence || 'None recorded yet.'}</dd>
          </dl>
          <div className={styles.actions} role="group" aria-label="Actions">
            {buttons.map(([key, label]) => (
              <Button key={key} appearance={panel === key ? 'primary' : 'secondary'} onClick={() => setPanel(key)}>
                {label}
              </Button>
            ))}
          </div>
          {panel && (
            <div className={styles.panel}>
              {panel === 'edit' ? (
                <ThemeForm
                  key={t.version}
                  initial={{ title: t.title, description: t.description, evidence: t.evidence, owner: t.owner }}
                  submitLabel="Save changes"
                  onCancel={() => setPanel(null)}
                  onSubmit={async (f) => done(await call('themes.update', { id: t.id, version: t.version, ...f, opId: newOpId() }))}
                />
              ) : (
                <ThemeAction key={`${panel}-${t.version}`} theme={t} action={panel} onDone={done} onCancel={() => setPanel(null)} />
              )}
            </div>
          )}
          <ThemeLinks theme={t} onChange={setFresh} />
        </div>
        <div>
          <Title3 as="h2">History</Title3>
          <ol className={styles.history} aria-label="History">
            {[...t.history].reverse().map((h) => (
              <li key={h.seq}>
                <Text size={200}>
                  {formatInstant(h.at)} · {h.actor}
                </Text>
                <br />
                <Text>{h.text}</Text>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
