import { Badge } from '@fluentui/react-components';
import { useApp } from './app-context';

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
    <Badge appearance="filled" color={colour} shape="rounded" title={label} aria-label={label} style={{ whiteSpace: 'nowrap' }}>
      {short}
    </Badge>
  );
}
