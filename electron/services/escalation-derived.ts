import { INFORMAL, type EscalationState } from '../../shared/engine/types';
import type { Profile } from '../../shared/profile/schema';
import { escalationsRepo, type NewEscalation } from '../../db/repositories/escalations-repo';
import { monthCountsRepo } from '../../db/repositories/month-counts-repo';
import type { Db } from '../../db/tracker';

/** Every column of the escalation row that is derived from the engine state (none optional). */
export type DerivedColumns = Required<
  Pick<
    NewEscalation,
    | 'status'
    | 'stageKey'
    | 'stageLabel'
    | 'stageIndex'
    | 'highestStageIndex'
    | 'recipientRole'
    | 'urgency'
    | 'categories'
    | 'summary'
    | 'nextDueDate'
    | 'nextDueAt'
    | 'dueKey'
    | 'nextStepLabel'
    | 'nextStepKind'
    | 'overallDueDate'
    | 'closedAt'
    | 'cafcassReferred'
    | 'eventCount'
    | 'followUpOn'
    | 'followUpResult'
    | 'followUpDoneOn'
    | 'followUpWhat'
    | 'reRaiseOf'
  >
>;

/** The escalation row's columns derived from the engine state, so the tracker filters and sorts in SQL. */
export function derivedColumns(state: EscalationState, profile: Profile, eventCount: number): DerivedColumns {
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
    nextStepLabel: open ? (state.nextStep?.label ?? null) : null,
    nextStepKind: open ? (state.nextStep?.kind ?? null) : null,
    overallDueDate: state.overallDueDate,
    closedAt: state.closedAt,
    cafcassReferred: state.cafcassReferred,
    eventCount,
    followUpOn: state.followUp?.checkOn ?? null,
    followUpResult: state.followUp?.result ?? null,
    followUpDoneOn: state.followUp?.happenedOn ?? null,
    followUpWhat: state.followUp ? state.followUp.what.slice(0, 300) : null,
    reRaiseOf: state.reRaiseOf,
  };
}

/** What a new escalation row is made from, whether raised in the app or imported from the old spreadsheet. */
export interface NewEscalationFacts extends Pick<NewEscalation, 'id' | 'ladderKey' | 'cohort' | 'chair' | 'team'> {
  child: { id: string; name: string; caseId: string };
  profile: Profile;
  state: EscalationState;
  eventCount: number;
  /** When the row is written, and by whom. */
  at: string;
  actor: string;
  /** When it last changed, if after `at` (the demo seed writes a whole history at once). */
  updatedAt?: string;
}

/** Inserts a new escalation's row with the same derived columns however it was made, so it lists and sorts alike. */
export async function insertEscalation(tx: Db, f: NewEscalationFacts): Promise<void> {
  await escalationsRepo.insert(tx, {
    id: f.id,
    childId: f.child.id,
    childName: f.child.name,
    caseId: f.child.caseId,
    profileId: f.profile.id,
    ladderKey: f.ladderKey,
    cohort: f.cohort,
    chair: f.chair,
    team: f.team,
    raisedAt: f.state.raisedAt,
    ...derivedColumns(f.state, f.profile, f.eventCount),
    version: 1,
    createdAt: f.at,
    createdBy: f.actor,
    updatedAt: f.updatedAt ?? f.at,
    updatedBy: f.actor,
  });
  // The month counts in the same transaction (issue 31 summary rows).
  await monthCountsRepo.counted(tx, f.state.raisedAt, f.state.closedAt);
}

/**
 * Only the derived columns whose value differs from the row as read. SQLite rewrites every index holding a column an
 * UPDATE sets, changed or not; a note changes none of the due, stage or status columns, so its save then touches only
 * the row and the open rows' covering index (version) instead of a dozen index pages: each is a round trip on a share.
 */
export function changedColumns(row: Partial<Record<keyof DerivedColumns, unknown>>, next: DerivedColumns): Partial<DerivedColumns> {
  const out: Partial<Record<keyof DerivedColumns, unknown>> = {};
  for (const key of Object.keys(next) as (keyof DerivedColumns)[]) if (row[key] !== next[key]) out[key] = next[key];
  return out as Partial<DerivedColumns>;
}
