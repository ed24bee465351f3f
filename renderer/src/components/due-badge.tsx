import { Badge } from '@fluentui/react-components';
import type { Timeliness } from '../../../shared/engine/types';
import { timelinessText } from './format';

const colour: Record<Timeliness, 'danger' | 'warning' | 'success' | 'informative'> = {
  overdue: 'danger',
  'due-soon': 'warning',
  'on-track': 'success',
  none: 'informative',
};

/** Timeliness as colour and words (never colour alone). */
export function DueBadge({ timeliness, days, text }: { timeliness: Timeliness; days: number | null; text?: string | null | undefined }) {
  if (timeliness === 'none') return <span>—</span>;
  return (
    <Badge appearance="tint" color={colour[timeliness]} shape="rounded" style={{ height: 'auto', whiteSpace: 'normal', padding: '2px 6px', lineHeight: '16px' }}>
      {text ?? timelinessText(timeliness, days)}
    </Badge>
  );
}
