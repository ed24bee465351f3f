import type { z } from 'zod';
import type { commentarySaveSchema } from '../../shared/api/reports-inputs';
import type { ReportCommentary } from '../../shared/api/reports-outputs';
import type { Db } from '../../db/tracker';
import { settingsWriteRepo } from '../../db/repositories/settings-write-repo';
import { changeLogRepo } from '../../db/repositories/change-log-repo';
import type { ServiceContext } from './context';
import { conflict } from './errors';

/**
 * The QA manager's commentary on a period's figures, written on the Reports page before the Word report
 * is exported and printed in it. Kept per period (from–to) in the settings table, version-checked like
 * every shared row, so two desktops cannot overwrite each other's words.
 */

const keyOf = (from: string, to: string) => `reportCommentary:${from}:${to}`;

async function read(db: Db, from: string, to: string): Promise<ReportCommentary> {
  const row = await settingsWriteRepo.row(db, keyOf(from, to));
  if (!row) return { from, to, text: '', version: 0, updatedBy: null, updatedAt: null };
  const value = JSON.parse(row.value) as { text: string };
  return { from, to, text: value.text, version: row.version, updatedBy: row.updatedBy ?? null, updatedAt: row.updatedAt ?? null };
}

export function getCommentary(ctx: ServiceContext, from: string, to: string): Promise<ReportCommentary> {
  return read(ctx.tracker.db, from, to);
}

export async function saveCommentary(ctx: ServiceContext, input: z.output<typeof commentarySaveSchema>): Promise<ReportCommentary> {
  const key = keyOf(input.from, input.to);
  await ctx.tracker.writeTx(async (tx) => {
    if (await changeLogRepo.entityForOp(tx, input.opId, 'setting')) return;
    const at = ctx.now().toISOString();
    if (!(await settingsWriteRepo.put(tx, key, { text: input.text.trim() }, input.version, ctx.actor.name, at))) {
      const row = (await settingsWriteRepo.row(tx, key))!;
      throw conflict('commentary', row.updatedBy, row.updatedAt, row.version);
    }
    await changeLogRepo.record(tx, { entity: 'setting', entityId: key, action: 'changed', actor: ctx.actor.name, machine: ctx.machine, at, opId: input.opId, detail: JSON.stringify({ length: input.text.trim().length }) });
  });
  return read(ctx.tracker.db, input.from, input.to);
}
