import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Field, Input, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { call } from '../../api';
import type { TrackerStatus } from '../../../../shared/api/tracker-file-outputs';

const useStyles = makeStyles({
  box: { display: 'grid', gap: '8px', alignContent: 'start', maxWidth: '40em' },
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 8em', gap: '8px' },
  hint: { color: tokens.colorNeutralForeground3 },
  wide: { width: '100%' },
});

/**
 * Open a tracker kept on a PostgreSQL server (docs/SERVER.md): the address in parts, the password only sent to
 * this computer's app and, if the person wants, kept in the system's protected storage (never in a plain file).
 */
export function ServerForm({ status, headingLevel, busy, onOpen }: { status: TrackerStatus | null; headingLevel: 'h2' | 'h3'; busy: boolean; onOpen: (action: () => Promise<TrackerStatus>) => void }) {
  const styles = useStyles();
  const known = status?.server;
  const [host, setHost] = useState(known?.host ?? '');
  const [port, setPort] = useState(String(known?.port ?? 5432));
  const [database, setDatabase] = useState(known?.database ?? '');
  const [user, setUser] = useState(known?.user ?? '');
  const [password, setPassword] = useState('');
  const [tls, setTls] = useState(known?.tls ?? true);
  const [keep, setKeep] = useState(true);
  const [problem, setProblem] = useState<string>();
  const canKeep = status?.canKeepPasswords ?? false;
  const H = headingLevel;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing = !host.trim() ? 'Enter the server’s name, e.g. dbserver.council.local' : !database.trim() ? 'Enter the database’s name' : !user.trim() ? 'Enter the user name' : null;
    if (missing) return setProblem(missing);
    const p = Number(port);
    if (!Number.isInteger(p) || p < 1 || p > 65535) return setProblem('The port must be a whole number between 1 and 65535 (usually 5432)');
    setProblem(undefined);
    onOpen(() => call('trackerFile.openServer', { host: host.trim(), port: p, database: database.trim(), user: user.trim(), password, tls, keepPassword: canKeep && keep }));
  };

  return (
    <form className={styles.box} onSubmit={submit} aria-labelledby="server-tracker-title">
      <Title3 as={H} id="server-tracker-title">
        A PostgreSQL server
      </Title3>
      <Text className={styles.hint}>For a service whose IT keeps the tracker on a database server. Ask IT for these details (docs/SERVER.md).</Text>
      {problem && (
        <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {problem}
        </Text>
      )}
      <div className={styles.pair}>
        <Field label="Server">
          <Input className={styles.wide} value={host} onChange={(_, d) => setHost(d.value)} placeholder="dbserver.council.local" autoComplete="off" />
        </Field>
        <Field label="Port">
          <Input className={styles.wide} value={port} onChange={(_, d) => setPort(d.value)} inputMode="numeric" />
        </Field>
      </div>
      <Field label="Database">
        <Input className={styles.wide} value={database} onChange={(_, d) => setDatabase(d.value)} placeholder="escalation_tracker" autoComplete="off" />
      </Field>
      <Field label="User name">
        <Input className={styles.wide} value={user} onChange={(_, d) => setUser(d.value)} autoComplete="username" />
      </Field>
      <Field label="Password" hint={known && canKeep ? 'Leave empty to use the password kept on this computer.' : undefined}>
        <Input className={styles.wide} type="password" value={password} onChange={(_, d) => setPassword(d.value)} autoComplete="current-password" />
      </Field>
      <Checkbox checked={tls} onChange={(_, d) => setTls(Boolean(d.checked))} label="Use TLS (encrypted, the server’s certificate checked)" />
      {canKeep ? (
        <Checkbox checked={keep} onChange={(_, d) => setKeep(Boolean(d.checked))} label="Keep the password on this computer (in its protected storage)" />
      ) : (
        <Text size={200} className={styles.hint}>
          This window cannot keep passwords: you will be asked for it each time the app starts.
        </Text>
      )}
      <div>
        <Button type="submit" disabled={busy}>
          Connect to the server
        </Button>
      </div>
    </form>
  );
}
