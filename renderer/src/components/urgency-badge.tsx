import { Badge } from '@fluentui/react-components';
import { useApp } from './app-context';

const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** Urgency (e.g. RAG) as colour and text, never colour alone. */
export function UrgencyBadge({ level }: { level: string | null }) {
  const { profile } = useApp();
  if (!level) return <span>—</span>;
  const l = profile.urgency?.levels.find((x) => x.key === level);
  const colour = /red/i.test(level) ? 'danger' : /amber/i.test(level) ? 'warning' : /green/i.test(level) ? 'success' : 'informative';
  const label = l?.label ?? level;
  // In the table the short form ("RED") is shown; the full level name is in the tooltip and for screen readers.
  const short = label.split(/[.:–]/)[0]!.trim();
  return (
    <Badge appearance="filled" color={colour} shape="rounded" title={label} style={{ whiteSpace: 'nowrap' }}>
      {short}
      {short !== label && <span style={visuallyHidden}>{label.slice(short.length)}</span>}
    </Badge>
  );
}
