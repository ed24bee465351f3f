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
export function DueBadge({ timeliness, days }: { timeliness: Timeliness; days: number | null }) {
  if (timeliness === 'none') return <span>—</span>;
  return (
    <Badge appearance="tint" color={colour[timeliness]} shape="rounded">
      {timelinessText(timeliness, days)}
    </Badge>
  );
}
