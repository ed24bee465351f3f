import { Text } from '@fluentui/react-components';
import { call } from '../api';
import { useApp } from './app-context';
import { useLoad } from './use-load';
import { formatDueDate } from './format';
import { formatTime } from './my-day/due-words';
import { addCalendarDays } from '../../../shared/calendar/iso-date';

/**
 * What the raise will set, before saving: "Stage 1 response due by Tuesday 8 December" or "by 20:20
 * tomorrow" for an hour clock, and which timescale applies when the urgency level replaces the stage's.
 */
export function DuePreviewText({ ladderKey, stageKey, urgency }: { ladderKey: string; stageKey: string; urgency: string | null }) {
  const { info } = useApp();
  const p = useLoad(() => call('escalations.previewDue', { ladderKey, stageKey, urgency }), [ladderKey, stageKey, urgency]);
  if (!p.data) return <Text id="due-preview">{p.error ?? 'Working out the due date…'}</Text>;
  const d = p.data;
  let when = 'no due date: the procedure sets no timescale for this stage';
  if (d.dueDate && d.dueAt) {
    const day = d.dueDate === info.today ? 'today' : d.dueDate === addCalendarDays(info.today, 1) ? 'tomorrow' : formatDueDate(d.dueDate);
    when = d.hourClock ? `due by ${formatTime(d.dueAt)} ${day === 'today' || day === 'tomorrow' ? day : `on ${day}`}` : `due by the end of ${day}`;
  }
  return (
    <Text id="due-preview" role="status" aria-live="polite">
      If you raise it now, the response is {when} ({d.timescale}
      {d.urgencyOverrides ? `: the ${d.urgencyOverrides.urgencyLabel} timescale replaces the stage’s own ${d.urgencyOverrides.stageTimescale}` : ''}).
    </Text>
  );
}
