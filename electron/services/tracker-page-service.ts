import { AppError } from '../../shared/api/result';
import type { ParsedInput } from '../../shared/api/contract';
import type { Reminders, SavedView } from '../../shared/api/tracker-page-contract';
import { trackerFilterSchema } from '../../shared/api/inputs';
import { londonDateOf } from '../../shared/calendar';
import { myDayRepo } from '../../db/repositories/my-day-repo';
import { escalationsRepo } from '../../db/repositories/escalations-repo';
import { savedViewsRepo, type SavedViewRecord } from '../../db/repositories/saved-views-repo';
import { changeLogRepo } from '../../db/repositories/change-log-repo';
import { actorRepo } from '../../db/repositories/actor-repo';
import type { ServiceContext } from './context';
import { resolveTrackerFilter } from './tracker-query';
import { toRow } from './escalation-rows';
import { toCsv } from './csv';

const toView = (r: SavedViewRecord): SavedView => ({ id: r.id, name: r.name, filter: trackerFilterSchema.parse(JSON.parse(r.query)), updatedAt: r.updatedAt });

export async function listViews(ctx: ServiceContext): Promise<SavedView[]> {
  return (await savedViewsRepo.list(ctx.tracker.db, ctx.actor.name)).map(toView);
}

/** Saves the current filters under a name; saving again under the same name replaces that view. */
export async function saveView(ctx: ServiceContext, input: ParsedInput<'views.save'>): Promise<SavedView> {
  return ctx.tracker.writeTx(async (tx) => {
    const done = await changeLogRepo.entityForOp(tx, input.opId, 'saved-view');
    if (done) return toView((await savedViewsRepo.get(tx, done))!);
    const at = ctx.now().toISOString();
    const query = JSON.stringify(input.filter);
    const existing = await savedViewsRepo.byName(tx, ctx.actor.name, input.name);
    const id = existing?.id ?? ctx.newId();
    if (existing) await savedViewsRepo.replaceQuery(tx, id, query, at, ctx.actor.name, existing.version);
    else await savedViewsRepo.insert(tx, { id, owner: ctx.actor.name, name: input.name, query, version: 1, createdAt: at, createdBy: ctx.actor.name, updatedAt: at, updatedBy: ctx.actor.name });
    await changeLogRepo.record(tx, { entity: 'saved-view', entityId: id, action: existing ? 'updated' : 'created', actor: ctx.actor.name, machine: ctx.machine, at, opId: input.opId, detail: JSON.stringify({ name: input.name, filter: input.filter }) });
    return toView((await savedViewsRepo.get(tx, id))!);
  });
}

export async function removeView(ctx: ServiceContext, input: ParsedInput<'views.remove'>): Promise<{ removed: boolean }> {
  return ctx.tracker.writeTx(async (tx) => {
    if (await changeLogRepo.entityForOp(tx, input.opId, 'saved-view')) return { removed: true };
    const view = await savedViewsRepo.get(tx, input.id);
    if (!view) throw new AppError('NOT_FOUND', 'That saved view no longer exists.');
    if (view.owner !== ctx.actor.name) throw new AppError('FORBIDDEN', 'You can only remove your own saved views.');
    await savedViewsRepo.remove(tx, input.id);
    await changeLogRepo.record(tx, { entity: 'saved-view', entityId: input.id, action: 'removed', actor: ctx.actor.name, machine: ctx.machine, at: ctx.now().toISOString(), opId: input.opId, detail: view.query });
    return { removed: true };
  });
}

const CSV_HEADER = ['Child', 'Case ID', 'Cohort', 'Chair', 'Team', 'Current stage', 'Recipient', 'Urgency', 'Raised', 'Next due', 'Working days left', 'Timeliness', 'Status'];

/** The current tracker view (same filters, same order) as CSV, every matching row. */
export async function exportCsv(ctx: ServiceContext, input: ParsedInput<'escalations.csv'>): Promise<{ filename: string; csv: string; rows: number }> {
  const profile = ctx.profile();
  const calendar = ctx.calendar(profile);
  const now = ctx.now();
  const lines: (string | number | null)[][] = [];
  await ctx.tracker.readTx(async (tx) => {
    const team = input.scope === 'team' ? await actorRepo.teamOf(tx, ctx.actor.osUser, ctx.actor.name) : null;
    const query = resolveTrackerFilter(input, { name: ctx.actor.name, team }, now);
    for (let offset = 0; ; offset += 1000) {
      const page = await escalationsRepo.trackerRowsQuery(tx, { ...query, limit: 1000, offset }).all();
      for (const record of page) {
        const r = toRow(record as Parameters<typeof toRow>[0], now, calendar);
        lines.push([r.childName, r.caseId, r.cohort, r.chair, r.team, r.stageLabel, r.recipientRole, r.urgency, londonDateOf(r.raisedAt), r.nextDueDate, r.workingDaysRemaining, r.timeliness, r.status]);
      }
      if (page.length < 1000) break;
    }
  });
  return { filename: `escalations ${londonDateOf(now)}.csv`, csv: toCsv(CSV_HEADER, lines), rows: lines.length };
}

/** The signed-in chair's open escalations due today or overdue (shown on start and hourly). */
export async function myReminders(ctx: ServiceContext): Promise<Reminders> {
  const profile = ctx.profile();
  const calendar = ctx.calendar(profile);
  const now = ctx.now();
  const today = londonDateOf(now);
  const base = { status: 'open' as const, search: '', chair: ctx.actor.name, sort: 'due' as const, direction: 'asc' as const, limit: 200, offset: 0 };
  const [overdue, dueToday, followUps] = await ctx.tracker.readTx(async (tx) => [
    await escalationsRepo.trackerRowsQuery(tx, { ...base, overdueAt: now.toISOString() }).all(),
    // The bounds of the tracker's "Due: Today" filter, so the banner and the filter show the same count.
    await escalationsRepo.trackerRowsQuery(tx, { ...base, dueFrom: today, dueTo: today, dueAfter: now.toISOString() }).all(),
    (await myDayRepo.followUpsDue(tx, ctx.actor.name, today)).map((f) => f.record),
  ]);
  const rows = (list: typeof overdue) => list.map((r) => toRow(r as Parameters<typeof toRow>[0], now, calendar));
  return { today, overdue: rows(overdue), dueToday: rows(dueToday), followUpsDue: rows(followUps) };
}
