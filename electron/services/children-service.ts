import { formatLongDate, londonDateOf } from '../../shared/calendar';
import { AppError } from '../../shared/api/result';
import { conflict } from './errors';
import type { ParsedInput } from '../../shared/api/contract';
import type { ChildDetail, ChildSummary } from '../../shared/api/outputs';
import { childrenRepo, toChildSummary } from '../../db/repositories/children-repo';
import { escalationsRepo } from '../../db/repositories/escalations-repo';
import { changeLogRepo } from '../../db/repositories/change-log-repo';
import type { Db } from '../../db/tracker';
import type { ServiceContext } from './context';
import { toRow } from './escalation-rows';

async function assertCaseIdFree(db: Db, caseId: string, exceptId?: string): Promise<void> {
  const other = await childrenRepo.byCaseId(db, caseId);
  if (other && other.id !== exceptId)
    throw new AppError('INVALID', `Case ID ${caseId} already belongs to ${other.name}. Open that child's record instead, or check the case ID.`, {
      field: 'caseId',
      childId: other.id,
    });
}

/** A date of birth after today (2031 for 2013) is a slip: refused with the date, before anything is written. */
function checkBirthDate(ctx: ServiceContext, dateOfBirth: string | null | undefined): void {
  const today = londonDateOf(ctx.now());
  if (dateOfBirth && dateOfBirth > today) throw new AppError('INVALID', `The date of birth cannot be after today (${formatLongDate(today)}): check the year.`, { field: 'dateOfBirth' });
}

export async function createChild(ctx: ServiceContext, input: ParsedInput<'children.create'>): Promise<ChildSummary> {
  checkBirthDate(ctx, input.dateOfBirth);
  return ctx.tracker.writeTx(async (tx) => {
    const done = await changeLogRepo.entityForOp(tx, input.opId, 'child');
    if (done) return toChildSummary((await childrenRepo.get(tx, done))!);
    await assertCaseIdFree(tx, input.caseId);
    const at = ctx.now().toISOString();
    const id = ctx.newId();
    const { opId, ...fields } = input;
    await childrenRepo.insert(tx, { id, ...fields, version: 1, createdAt: at, createdBy: ctx.actor.name, updatedAt: at, updatedBy: ctx.actor.name });
    await changeLogRepo.record(tx, { entity: 'child', entityId: id, action: 'created', actor: ctx.actor.name, machine: ctx.machine, at, opId, detail: JSON.stringify(fields) });
    return toChildSummary((await childrenRepo.get(tx, id))!);
  });
}

export async function updateChild(ctx: ServiceContext, input: ParsedInput<'children.update'>): Promise<ChildSummary> {
  checkBirthDate(ctx, input.dateOfBirth);
  return ctx.tracker.writeTx(async (tx) => {
    const done = await changeLogRepo.entityForOp(tx, input.opId, 'child');
    if (done) return toChildSummary((await childrenRepo.get(tx, done))!);
    const current = await childrenRepo.get(tx, input.id);
    if (!current) throw new AppError('NOT_FOUND', 'That child is not in the tracker (it may have been merged or the link is out of date).');
    if (current.version !== input.version) throw conflict('child record', current.updatedBy, current.updatedAt, current.version);
    await assertCaseIdFree(tx, input.caseId, input.id);
    const at = ctx.now().toISOString();
    const { opId, id, version, ...fields } = input;
    await childrenRepo.update(tx, id, version, { ...fields, updatedAt: at, updatedBy: ctx.actor.name });
    if (fields.name !== current.name || fields.caseId !== current.caseId) await escalationsRepo.renameChild(tx, id, fields.name, fields.caseId);
    await changeLogRepo.record(tx, { entity: 'child', entityId: id, action: 'updated', actor: ctx.actor.name, machine: ctx.machine, at, opId, detail: JSON.stringify(fields) });
    return toChildSummary((await childrenRepo.get(tx, id))!);
  });
}

export async function listChildren(ctx: ServiceContext, input: ParsedInput<'children.list'>): Promise<ChildSummary[]> {
  return (await childrenRepo.list(ctx.tracker.db, input.search)).map(toChildSummary);
}

export async function getChild(ctx: ServiceContext, id: string): Promise<ChildDetail> {
  return ctx.tracker.readTx(async (tx) => {
    const child = await childrenRepo.get(tx, id);
    if (!child) throw new AppError('NOT_FOUND', 'That child is not in the tracker.');
    const profile = ctx.profile();
    const calendar = ctx.calendar(profile);
    const now = ctx.now();
    const escalations = (await escalationsRepo.forChild(tx, id)).map((r) => toRow(r, now, calendar));
    return { ...toChildSummary(child), escalations };
  });
}
