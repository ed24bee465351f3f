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
export function DuePreviewText({ ladderKey, stageKey, urgency, happenedOn, happenedTime, reviewBy }: { ladderKey: string; stageKey: string; urgency: string | null; happenedOn?: string; happenedTime?: string; reviewBy?: string }) {
  const { info } = useApp();
  // Only real dates reach the preview: a half-typed one would be refused by the API and hide the preview.
  const real = (v?: string) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
  const on = real(happenedOn);
  const review = real(reviewBy);
  const time = on && happenedTime && /^\d{2}:\d{2}$/.test(happenedTime) ? happenedTime : undefined;
  const p = useLoad(
    () => call('escalations.previewDue', { ladderKey, stageKey, urgency, ...(on ? { happenedOn: on } : {}), ...(time ? { happenedTime: time } : {}), ...(review ? { reviewBy: review } : {}) }),
    [ladderKey, stageKey, urgency, on, time, review],
  );
  if (!p.data) return <Text id="due-preview">{p.error ?? 'Working out the due date…'}</Text>;
  const d = p.data;
  const raised = on ? `Raised on ${formatDueDate(on)}` : 'If you raise it now';
  if (!d.dueDate || !d.dueAt) {
    return (
      <Text id="due-preview" role="status" aria-live="polite">
        {raised}, this stage has no due date: the procedure sets no timescale for it.
      </Text>
    );
  }
  const day = d.dueDate === info.today ? 'today' : d.dueDate === addCalendarDays(info.today, 1) ? 'tomorrow' : formatDueDate(d.dueDate);
  const when = d.hourClock ? `due by ${formatTime(d.dueAt)} ${day === 'today' || day === 'tomorrow' ? day : `on ${day}`}` : `due by the end of ${day}`;
  return (
    <Text id="due-preview" role="status" aria-live="polite">
      {raised}, the response is {when} ({review && d.dueDate === review ? 'the review date you set' : d.timescale}
      {d.urgencyOverrides && d.dueDate !== review ? `: the ${d.urgencyOverrides.urgencyLabel} timescale replaces the stage’s own ${d.urgencyOverrides.stageTimescale}` : ''}).
    </Text>
  );
}
