import { AppError } from '../../shared/api/result';
import type { ParsedInput } from '../../shared/api/contract';
import type { EscalationDetail, EscalationList } from '../../shared/api/outputs';
import { allowedCommands, decide, project, ladderForCohort } from '../../shared/engine';
import { decideAndProject } from '../../shared/engine/decide';
import { raiseAgainCommand } from '../../shared/engine/decide-follow-up';
import { londonDateOf } from '../../shared/calendar';
import { logProblem } from '../../shared/engine/check-log';
import type { Command, EscalationEvent, EscalationState } from '../../shared/engine/types';
import type { AppRole } from '../../shared/people/roles';
import type { Cohort, Profile } from '../../shared/profile/schema';
import type { Db } from '../../db/tracker';
import { childrenRepo, toChildSummary, type ChildRecord } from '../../db/repositories/children-repo';
import { escalationsRepo, trackerColumns, type EscalationRecord, type EventRecord } from '../../db/repositories/escalations-repo';
import type { ServiceContext } from './context';
import { conflict } from './errors';
import { toRow } from './escalation-rows';
import { changedColumns, derivedColumns, insertEscalation } from './escalation-derived';
import { actorAccess, actorRoleForEntry, entryRoleOf } from './app-roles';
import { requireChannelRoleOf } from './channel-roles';
import { resolveTrackerFilter } from './tracker-query';
import { actorRepo } from '../../db/repositories/actor-repo';
import { monthCountsRepo } from '../../db/repositories/month-counts-repo';
import { rememberRecipient, settleNamedPeople } from './named-people';

function parseBody(r: EventRecord): unknown {
  try {
    return JSON.parse(r.body) as unknown;
  } catch {
    return null;
  }
}

/**
 * An escalation's history as the engine reads it, checked first: a log damaged in the shared file (an event
 * of a kind the app never writes, a stage without its clock) is reported as a damaged escalation with what
 * to do, and nothing is written to it.
 */
function toEvents(records: readonly EventRecord[]): EscalationEvent[] {
  const events = records.map((r) => ({ seq: r.seq, at: r.at, actor: r.actor, opId: r.opId, body: parseBody(r) }));
  const problem = logProblem(events);
  if (problem)
    // REFUSED, not CORRUPT: CORRUPT inside a transaction means the FILE is damaged and makes the whole tracker read-only.
    throw new AppError(
      'REFUSED',
      `This escalation's record in the tracker is damaged: ${problem}. It cannot be shown or changed until it is repaired. Other escalations are not affected. Ask your administrator to restore it from a backup (Settings → Tracker file → Backups → Restore to a new file, then compare), or raise the concern again.`,
      { damaged: true },
    );
  return events as EscalationEvent[];
}

/** No escalation is changed while the tracker's procedure cannot be loaded (see ActiveProfile.problem). */
export function requireUsableProcedure(ctx: ServiceContext): void {
  const problem = ctx.profiles.problem();
  if (problem) throw new AppError('REFUSED', problem);
}

function refused(error: { code: string; message: string }): AppError {
  return new AppError('REFUSED', error.message, { engineCode: error.code });
}

async function appendEvents(ctx: ServiceContext, tx: Db, escalationId: string, from: number, bodies: EscalationEvent['body'][], opId: string, at: string = ctx.now().toISOString()) {
  await escalationsRepo.appendEvents(
    tx,
    bodies.map((body, i) => ({
      escalationId,
      seq: from + i + 1,
      kind: body.kind,
      body: JSON.stringify(body),
      at,
      actor: ctx.actor.name,
      machine: ctx.machine,
      // One operation may append several events; each needs its own unique op_id.
      opId: i === 0 ? opId : `${opId}#${i}`,
      recordedAt: at,
    })),
  );
}

export async function loadDetail(ctx: ServiceContext, tx: Db, id: string): Promise<EscalationDetail> {
  const record = await escalationsRepo.get(tx, id);
  if (!record) throw new AppError('NOT_FOUND', 'That escalation is not in the tracker.');
  const child = await childrenRepo.get(tx, record.childId);
  if (!child) throw new AppError('NOT_FOUND', 'The child for this escalation is missing from the tracker.');
  const profile = ctx.profile();
  const now = ctx.now();
  const events = toEvents(await escalationsRepo.events(tx, id));
  // As of now: a stage after an overdue one is projected from today, never into the past.
  const state = project(events, profile, ctx.calendar(profile), now);
  return detailOf(ctx, record, child, state, events, profile, now, await actorRoleForEntry(ctx, tx, profile));
}

/** The page's view of an escalation from its row, child, state and log, already read (nothing is read here). */
function detailOf(ctx: ServiceContext, record: EscalationRecord, child: ChildRecord, state: EscalationState, events: EscalationEvent[], profile: Profile, now: Date, actorRole: AppRole | null | undefined): EscalationDetail {
  const ladder = profile.ladders.find((l) => l.key === record.ladderKey);
  if (!ladder) throw new AppError('NOT_FOUND', `The tracker's profile has no ladder "${record.ladderKey}" any more.`);
  const rowRecord = Object.fromEntries(Object.keys(trackerColumns).map((k) => [k, record[k as keyof typeof record]]));
  return {
    row: toRow(rowRecord as Parameters<typeof toRow>[0], now, ctx.calendar(profile), new Map(), state.currentClock?.responseTime),
    child: toChildSummary(child),
    state,
    allowed: allowedCommands(state, profile, now, actorRole),
    events,
    ladder,
    profileId: record.profileId,
    version: record.version,
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
  };
}

function cohortFor(childCohort: string, requested: Cohort | undefined): Cohort {
  if (requested) return requested;
  if (childCohort === 'both')
    throw new AppError('INVALID', 'This child is both looked after and on a child protection plan: choose which ladder the concern follows.', { field: 'cohort' });
  return childCohort as Cohort;
}

/**
 * A new escalation from a raise command, decided, written and its first events appended, in the caller's write
 * transaction: the raise form's, and the concern raised again when a follow-up finds the agreed action not done.
 */
export async function insertRaised(ctx: ServiceContext, tx: Db, child: ChildRecord, command: Extract<Command, { kind: 'raise' }>, opId: string, actorRole: AppRole | null | undefined): Promise<{ id: string; state: EscalationState }> {
  const profile = ctx.profile();
  const calendar = ctx.calendar(profile);
  const result = decide(null, command, { profile, calendar, now: ctx.now(), actorRole });
  if (!result.ok) throw refused(result.error);
  const id = ctx.newId();
  const at = ctx.now().toISOString();
  const fakeEvents = result.events.map((body, i) => ({ seq: i + 1, at, actor: ctx.actor.name, opId, body }));
  const state = project(fakeEvents, profile, calendar);
  await insertEscalation(tx, { id, child, profile, ladderKey: command.ladderKey, cohort: command.cohort, chair: child.chair, team: child.team, state, eventCount: fakeEvents.length, at, actor: ctx.actor.name });
  await appendEvents(ctx, tx, id, 0, result.events, opId);
  await rememberRecipient(ctx, tx, state.currentRecipientRole, child.team, state.stages.find((s) => s.key === state.currentStageKey)?.recipient);
  return { id, state };
}

export async function raiseEscalation(ctx: ServiceContext, input: ParsedInput<'escalations.raise'>): Promise<EscalationDetail> {
  requireUsableProcedure(ctx);
  return ctx.tracker.writeTx(async (tx) => {
    // The role check in the same transaction as the write: one transaction per click.
    const access = await actorAccess(ctx, tx);
    requireChannelRoleOf(access, 'escalations.raise');
    const done = await escalationsRepo.escalationForOp(tx, input.opId);
    if (done) return loadDetail(ctx, tx, done);
    const child = await childrenRepo.get(tx, input.childId);
    if (!child) throw new AppError('NOT_FOUND', 'That child is not in the tracker: add the child first.');
    const profile = ctx.profile();
    const cohort = cohortFor(child.cohort, input.cohort);
    const ladderKey = input.ladderKey ?? ladderForCohort(profile, cohort)?.key;
    if (!ladderKey) throw new AppError('REFUSED', `The ${profile.name} procedure has no ladder for ${cohort} children.`);
    const named = await settleNamedPeople(ctx, tx, { recipient: input.recipient, copies: input.copies }, child.team, input.opId);
    const command: Command = {
      kind: 'raise',
      ladderKey,
      cohort,
      startAt: input.startAt,
      urgency: input.urgency ?? null,
      concern: input.concern,
      ...(input.happenedOn === undefined ? {} : { happenedOn: input.happenedOn }),
      ...(input.happenedTime === undefined ? {} : { happenedTime: input.happenedTime }),
      ...(input.reviewBy === undefined ? {} : { reviewBy: input.reviewBy }),
      ...(named.recipient ? { recipient: named.recipient } : {}),
      ...(named.copies ? { copies: named.copies } : {}),
      ...(input.bypass ? { bypass: input.bypass } : {}),
      ...(input.preconditions ? { preconditions: input.preconditions } : {}),
    };
    const { id } = await insertRaised(ctx, tx, child, command, input.opId, entryRoleOf(profile, access));
    return loadDetail(ctx, tx, id);
  });
}

/**
 * One click, one transaction: the role check, one read of the row and its log, one decision that also gives the
 * new state, the version check as the UPDATE's own WHERE (its row count checked), and the detail built from that
 * state with no second read. One "now" for the whole command.
 */
export async function commandEscalation(ctx: ServiceContext, input: ParsedInput<'escalations.command'>): Promise<EscalationDetail> {
  requireUsableProcedure(ctx);
  return ctx.tracker.writeTx(async (tx) => {
    const access = await actorAccess(ctx, tx);
    requireChannelRoleOf(access, 'escalations.command');
    const done = await escalationsRepo.escalationForOp(tx, input.opId);
    if (done) return loadDetail(ctx, tx, done);
    const record = await escalationsRepo.get(tx, input.id);
    if (!record) throw new AppError('NOT_FOUND', 'That escalation is not in the tracker.');
    if (record.version !== input.version) throw conflict('escalation', record.updatedBy, record.updatedAt, record.version);
    const child = await childrenRepo.get(tx, record.childId);
    if (!child) throw new AppError('NOT_FOUND', 'The child for this escalation is missing from the tracker.');
    const profile = ctx.profile();
    const calendar = ctx.calendar(profile);
    const now = ctx.now();
    const at = now.toISOString();
    const events = toEvents(await escalationsRepo.events(tx, input.id));
    const command = input.command.kind === 'escalate' || input.command.kind === 'bypass' ? await settleNamedPeople(ctx, tx, input.command, record.team, input.opId) : input.command;
    const actorRole = entryRoleOf(profile, access);
    const result = decideAndProject(events, command, { profile, calendar, now, actorRole }, { at, actor: ctx.actor.name, opId: input.opId });
    if (!result.ok) throw refused(result.error);
    let { state } = result;
    if (command.kind === 'record-follow-up' && command.result === 'not-done' && command.reRaise) {
      // "Not done" raises the concern again in the same transaction, and each escalation names the other.
      const stage = allowedCommands(project(events, profile, calendar), profile, now, actorRole).reRaiseAt;
      if (!stage) throw new AppError('REFUSED', `The stage this escalation was resolved at is no longer on the ${record.ladderKey} ladder, so it cannot be raised again from here: raise it from the child's page.`);
      requireChannelRoleOf(access, 'escalations.raise');
      const again = await insertRaised(ctx, tx, child, raiseAgainCommand(state, events, record.id, stage, command.note, londonDateOf(now)), `${input.opId}:again`, actorRole);
      const recorded = result.events[0]!;
      if (recorded.body.kind === 'follow-up-recorded') recorded.body = { ...recorded.body, reRaisedAs: again.id };
      state = { ...state, followUp: state.followUp && { ...state.followUp, reRaisedAs: again.id } };
    }
    const all = [...events, ...result.events];
    const derived = derivedColumns(state, profile, all.length);
    const changed = changedColumns(record, derived);
    if (!(await escalationsRepo.update(tx, input.id, record.version, { ...changed, updatedAt: at, updatedBy: ctx.actor.name })))
      throw conflict('escalation', record.updatedBy, record.updatedAt, record.version);
    if ('closedAt' in changed) await monthCountsRepo.closedMoved(tx, record.closedAt, derived.closedAt);
    await appendEvents(ctx, tx, input.id, events.length, result.events.map((e) => e.body), input.opId, at);
    if (command.kind === 'escalate' || command.kind === 'bypass') await rememberRecipient(ctx, tx, state.currentRecipientRole, record.team, state.stages.find((s) => s.key === state.currentStageKey)?.recipient);
    const saved = { ...record, ...derived, version: record.version + 1, updatedAt: at, updatedBy: ctx.actor.name };
    return detailOf(ctx, saved, child, state, all, profile, now, actorRole);
  });
}

export async function getEscalation(ctx: ServiceContext, id: string): Promise<EscalationDetail> {
  return ctx.tracker.readTx((tx) => loadDetail(ctx, tx, id));
}

export async function listEscalations(ctx: ServiceContext, input: ParsedInput<'escalations.list'>): Promise<EscalationList> {
  const profile = ctx.profile();
  const calendar = ctx.calendar(profile);
  const now = ctx.now();
  // One read transaction for the page, its count (and the team): on a share each transaction costs its own
  // lock, journal check and header read (round trips), and the page and count then agree.
  const { rows, total } = await ctx.tracker.readTx(async (db) => {
    const query = resolveTrackerFilter(input, { name: ctx.actor.name, team: input.scope === 'team' ? await actorRepo.teamOf(db, ctx.actor.osUser, ctx.actor.name) : null }, now);
    return escalationsRepo.tracker(db, { ...query, limit: input.limit, offset: input.offset });
  });
  const memo = new Map();
  return { rows: rows.map((r) => toRow(r, now, calendar, memo)), total };
}
