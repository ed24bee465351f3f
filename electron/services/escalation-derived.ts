import { INFORMAL, type EscalationState } from '../../shared/engine/types';
import type { Profile } from '../../shared/profile/schema';
import type { NewEscalation } from '../../db/repositories/escalations-repo';

/** The escalation row's columns derived from the engine state, so the tracker filters and sorts in SQL. */
export function derivedColumns(state: EscalationState, profile: Profile, eventCount: number): Partial<NewEscalation> {
  const ladder = profile.ladders.find((l) => l.key === state.ladderKey);
  const stageIndex = state.currentStageKey === INFORMAL ? 0 : (ladder?.stages.findIndex((s) => s.key === state.currentStageKey) ?? -1) + 1;
  const open = state.status === 'open';
  return {
    status: state.status,
    stageKey: state.currentStageKey,
    stageLabel: state.currentStageLabel,
    stageIndex,
    highestStageIndex: state.highestStageIndex,
    recipientRole: state.currentRecipientRole,
    urgency: state.urgency,
    categories: `|${state.concern.categoryKeys.join('|')}|`,
    summary: state.concern.summary,
    nextDueDate: open ? (state.currentClock?.dueDate ?? null) : null,
    nextDueAt: open ? (state.currentClock?.dueAt ?? null) : null,
    dueKey: (open ? state.currentClock?.dueAt : null) ?? '~',
    overallDueDate: state.overallDueDate,
    closedAt: state.closedAt,
    cafcassReferred: state.cafcassReferred,
    eventCount,
  };
}
