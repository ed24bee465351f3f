import type { Db } from '../../db/tracker';
import { auditRepo } from '../../db/repositories/audit-repo';
import { changeLogRepo } from '../../db/repositories/change-log-repo';
import { childrenRepo } from '../../db/repositories/children-repo';
import { escalationsRepo } from '../../db/repositories/escalations-repo';
import { insertEscalation } from '../services/escalation-derived';
import type { ServiceContext } from '../services/context';
import type { Built } from './build-events';
import type { Candidate } from './interpret-row';

async function childFor(ctx: ServiceContext, tx: Db, c: Candidate, at: string, meta: Record<string, unknown>): Promise<{ id: string; name: string; caseId: string; chair: string; team: string }> {
  const existing = await childrenRepo.byCaseId(tx, c.caseId);
  if (existing) return existing;
  const id = ctx.newId();
  const fields = { name: c.childName, caseId: c.caseId, dateOfBirth: c.dateOfBirth, cohort: c.cohort, socialWorker: c.socialWorker, teamManager: c.teamManager, team: c.team, chair: c.chair };
  await childrenRepo.insert(tx, { id, ...fields, version: 1, createdAt: at, createdBy: ctx.actor.name, updatedAt: at, updatedBy: ctx.actor.name });
  await changeLogRepo.record(tx, { entity: 'child', entityId: id, action: 'imported', actor: ctx.actor.name, machine: ctx.machine, at, opId: `import:${c.key}`, detail: JSON.stringify({ ...fields, ...meta }) });
  return { id, name: c.childName, caseId: c.caseId, chair: c.chair, team: c.team };
}

/**
 * Writes one imported row in its own short transaction (others keep saving between rows). The row's key
 * is checked again under the write lock, so two imports of the same file at once still write it once.
 * Returns the new escalation's id, or null when it was imported meanwhile.
 */
export async function writeImportedRow(ctx: ServiceContext, c: Candidate, built: Extract<Built, { ok: true }>, meta: { fileName: string; sheet: string; runOpId: string }): Promise<string | null> {
  return ctx.tracker.writeTx(async (tx) => {
    if (await auditRepo.hasEntity(tx, 'import-row', c.key)) return null;
    const recordedAt = ctx.now().toISOString();
    const where = { file: meta.fileName, sheet: meta.sheet, row: c.row };
    const child = await childFor(ctx, tx, c, recordedAt, { imported: where });
    const profile = ctx.profile();
    const id = ctx.newId();
    const { state, events } = built;
    await insertEscalation(tx, {
      id,
      child,
      profile,
      ladderKey: c.ladderKey,
      cohort: c.cohort,
      chair: c.chair || child.chair,
      team: c.team || child.team,
      state,
      eventCount: events.length,
      at: recordedAt,
      actor: ctx.actor.name,
    });
    // `at` keeps the original date of each event; `recorded_at` says when the import wrote it.
    await escalationsRepo.appendEvents(
      tx,
      events.map((e) => ({ escalationId: id, seq: e.seq, kind: e.body.kind, body: JSON.stringify(e.body), at: e.at, actor: e.actor, machine: ctx.machine, opId: e.opId, recordedAt })),
    );
    await changeLogRepo.record(tx, {
      entity: 'import-row',
      entityId: c.key,
      action: 'imported',
      actor: ctx.actor.name,
      machine: ctx.machine,
      at: recordedAt,
      opId: meta.runOpId,
      detail: JSON.stringify({ escalationId: id, childId: child.id, ...where }),
    });
    return id;
  });
}
