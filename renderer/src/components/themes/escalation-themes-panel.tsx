import { useState } from 'react';
import { Button, Field, Link, Select, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { call, newOpId } from '../../api';
import { useLoad } from '../use-load';
import { ErrorBar } from '../error-bar';
import { href, navigate } from '../../router';
import { ThemeForm } from './theme-form';
import { themeStatusLabel } from './theme-status';

const useStyles = makeStyles({
  panel: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', margin: '16px 0', display: 'grid', gap: '8px' },
  row: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: '20px' },
});

/**
 * Themed concerns on an escalation's page: the themes this escalation is part of, link it to another, or
 * raise a new themed concern from it (seeds/003: concerns that "indicate a pattern or theme beyond an
 * individual child" go to the QA manager).
 */
export function EscalationThemesPanel({ escalationId, summary }: { escalationId: string; summary: string }) {
  const styles = useStyles();
  const loaded = useLoad(() => call('themes.forEscalation', { escalationId }), [escalationId], (c) => c.entity === 'theme');
  const [choice, setChoice] = useState('');
  const [raising, setRaising] = useState(false);
  const [error, setError] = useState<string>();
  const d = loaded.data;
  const link = async () => {
    setError(undefined);
    try {
      await call('themes.link', { id: choice, escalationId, opId: newOpId() });
      setChoice('');
      loaded.reload();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section className={styles.panel} aria-labelledby="esc-themes">
      <Title3 as="h2" id="esc-themes">
        Themed concerns
      </Title3>
      <ErrorBar message={loaded.error ?? error} />
      {d && d.linked.length === 0 && <Text>This escalation is not part of a themed concern.</Text>}
      {d && d.linked.length > 0 && (
        <ul className={styles.list}>
          {d.linked.map((t) => (
            <li key={t.id}>
              <Link href={href({ page: 'theme', id: t.id })}>{t.title}</Link> – {themeStatusLabel[t.status]}, {t.linkedEscalations} escalation{t.linkedEscalations === 1 ? '' : 's'}
            </li>
          ))}
        </ul>
      )}
      {d && !raising && (
        <div className={styles.row}>
          {d.available.length > 0 && (
            <>
              <Field label="Add this escalation to a themed concern">
                <Select value={choice} onChange={(_, v) => setChoice(v.value)}>
                  <option value="">Choose a theme…</option>
                  {d.available.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.title}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button disabled={!choice} onClick={() => void link()}>
                Add to theme
              </Button>
            </>
          )}
          <Button onClick={() => setRaising(true)}>Raise a themed concern from this escalation</Button>
        </div>
      )}
      {raising && (
        <ThemeForm
          initial={{ title: '', description: summary, evidence: '', owner: '' }}
          submitLabel="Raise themed concern"
          onCancel={() => setRaising(false)}
          onSubmit={async (f) => {
            const theme = await call('themes.create', { ...f, escalationId, opId: newOpId() });
            navigate({ page: 'theme', id: theme.id });
          }}
        />
      )}
    </section>
  );
}
