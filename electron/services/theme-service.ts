import { AppError } from '../../shared/api/result';
import { londonDateOf } from '../../shared/calendar';
import type { z } from 'zod';
import type * as I from '../../shared/api/reports-inputs';
import type { EscalationThemes, ThemeDetail, ThemeStatus, ThemeSummary } from '../../shared/api/reports-outputs';
import type { Db } from '../../db/tracker';
import { themesRepo } from '../../db/repositories/themes-repo';
import { escalationsRepo } from '../../db/repositories/escalations-repo';
import { childrenRepo } from '../../db/repositories/children-repo';
import { changeLogRepo } from '../../db/repositories/change-log-repo';
import type { ServiceContext } from './context';
import { conflict } from './errors';
import { describeThemeEvent, type ThemeEventBody } from './theme-events';

/**
 * Themed concerns (seeds/003): "Concerns that arise as a result of resource or other system issues and/or
 * indicate a pattern or theme beyond an individual child" are recorded, re-assigned to the QA manager who
 * reviews and gathers evidence, and escalated to senior managers. A theme keeps its own append-only history.
 */

type In<S extends z.ZodType> = z.output<S>;

const toSummary = (r: Awaited<ReturnType<typeof themesRepo.list>>[number]): ThemeSummary => ({
  id: String(r.id),
  title: String(r.title),
  description: String(r.description),
  owner: String(r.owner),
  status: r.status as ThemeStatus,
  linkedEscalations: Number(r.linkedEscalations),
  linkedChildren: Number(r.linkedChildren),
  createdAt: String(r.createdAt),
  createdBy: String(r.createdBy),
  updatedAt: String(r.updatedAt),
  updatedBy: String(r.updatedBy),
  version: Number(r.version),
});

async function loadTheme(tx: Db, id: string): Promise<ThemeDetail> {
  const record = await themesRepo.get(tx, id);
  if (!record) throw new AppError('NOT_FOUND', 'That themed concern is not in the tracker.');
  const [summary] = await themesRepo.list(tx, { statuses: null, search: '', ids: [id] });
  const links = await themesRepo.links(tx, id);
  const events = await themesRepo.events(tx, id);
  return {
    ...toSummary(summary!),
    evidence: record.evidence,
    links: links.map((l) => ({ ...l, childName: l.childName ?? '', caseId: l.caseId ?? '' })),
    history: events.map((e) => ({ seq: e.seq, kind: e.kind, at: e.at, actor: e.actor, text: describeThemeEvent(JSON.parse(e.body) as ThemeEventBody) })),
  };
}

/** Appends one event and a change_log row; the event's op_id makes a retried operation a no-op. */
async function record(ctx: ServiceContext, tx: Db, themeId: string, body: ThemeEventBody, opId: string): Promise<void> {
  const at = ctx.now().toISOString();
  const seq = await themesRepo.nextSeq(tx, themeId);
  await themesRepo.appendEvent(tx, { themeId, seq, kind: body.kind, body: JSON.stringify(body), at, actor: ctx.actor.name, machine: ctx.machine, opId });
  await changeLogRepo.record(tx, { entity: 'theme', entityId: themeId, action: body.kind, actor: ctx.actor.name, machine: ctx.machine, at, opId, detail: JSON.stringify(body) });
}

/** Bumps the version (and who/when) of a theme after an append-style change such as a note or a link. */
async function touch(ctx: ServiceContext, tx: Db, id: string): Promise<void> {
  const current = await themesRepo.get(tx, id);
  if (!current) throw new AppError('NOT_FOUND', 'That themed concern is not in the tracker.');
  await themesRepo.update(tx, id, current.version, { updatedAt: ctx.now().toISOString(), updatedBy: ctx.actor.name });
}

/** Runs a theme write once: a retried operation whose first attempt committed returns the theme as it is. */
function write(ctx: ServiceContext, opId: string, fn: (tx: Db) => Promise<string>): Promise<ThemeDetail> {
  return ctx.tracker.writeTx(async (tx) => {
    const done = await themesRepo.themeForOp(tx, opId);
    return loadTheme(tx, done ?? (await fn(tx)));
  });
}

export async function listThemes(ctx: ServiceContext, input: In<typeof I.themeListSchema>): Promise<ThemeSummary[]> {
  const statuses = input.status === 'all' ? null : input.status === 'active' ? themesRepo.activeStatuses : [input.status];
  return (await themesRepo.list(ctx.tracker.db, { statuses, search: input.search })).map(toSummary);
}

export async function getTheme(ctx: ServiceContext, id: string): Promise<ThemeDetail> {
  return ctx.tracker.readTx((tx) => loadTheme(tx, id));
}

async function linkTarget(tx: Db, target: { escalationId?: string; childId?: string }) {
  if (target.escalationId) {
    const esc = await escalationsRepo.get(tx, target.escalationId);
    if (!esc) throw new AppError('NOT_FOUND', 'That escalation is not in the tracker.');
    const child = await childrenRepo.get(tx, esc.childId);
    return { escalationId: esc.id, childId: esc.childId, caseId: child?.caseId ?? '', childName: child?.name ?? '' };
  }
  const child = await childrenRepo.get(tx, target.childId ?? '');
  if (!child) throw new AppError('NOT_FOUND', 'That child is not in the tracker.');
  return { escalationId: null, childId: child.id, caseId: child.caseId, childName: child.name };
}

export async function createTheme(ctx: ServiceContext, input: In<typeof I.themeCreateSchema>): Promise<ThemeDetail> {
  return write(ctx, input.opId, async (tx) => {
    const id = ctx.newId();
    const at = ctx.now().toISOString();
    const target = input.escalationId ? await linkTarget(tx, { escalationId: input.escalationId }) : null;
    await themesRepo.insert(tx, { id, title: input.title, description: input.description, evidence: input.evidence, owner: input.owner, status: 'open', version: 1, createdAt: at, createdBy: ctx.actor.name, updatedAt: at, updatedBy: ctx.actor.name });
    await record(ctx, tx, id, { kind: 'raised', title: input.title, owner: input.owner, fromCaseId: target?.caseId ?? null }, input.opId);
    if (target) {
      await themesRepo.insertLink(tx, { themeId: id, escalationId: target.escalationId, childId: target.childId, createdAt: at, createdBy: ctx.actor.name });
      await record(ctx, tx, id, { kind: 'linked', ...target }, `${input.opId}#link`);
    }
    return id;
  });
}

export async function updateTheme(ctx: ServiceContext, input: In<typeof I.themeUpdateSchema>): Promise<ThemeDetail> {
  return write(ctx, input.opId, async (tx) => {
    const current = await themesRepo.get(tx, input.id);
    if (!current) throw new AppError('NOT_FOUND', 'That themed concern is not in the tracker.');
    if (current.version !== input.version) throw conflict('themed concern', current.updatedBy, current.updatedAt, current.version);
    const fields = ['title', 'description', 'evidence', 'owner'] as const;
    const changed = fields.filter((f) => current[f] !== input[f]);
    await themesRepo.update(tx, input.id, input.version, { title: input.title, description: input.description, evidence: input.evidence, owner: input.owner, updatedAt: ctx.now().toISOString(), updatedBy: ctx.actor.name });
    await record(ctx, tx, input.id, { kind: 'edited', fields: [...changed], owner: input.owner }, input.opId);
    return input.id;
  });
}

export async function setThemeStatus(ctx: ServiceContext, input: In<typeof I.themeStatusChangeSchema>): Promise<ThemeDetail> {
  return write(ctx, input.opId, async (tx) => {
    const current = await themesRepo.get(tx, input.id);
    if (!current) throw new AppError('NOT_FOUND', 'That themed concern is not in the tracker.');
    if (current.version !== input.version) throw conflict('themed concern', current.updatedBy, current.updatedAt, current.version);
    if (current.status === input.status) throw new AppError('REFUSED', `This themed concern is already ${input.status}.`);
    await themesRepo.update(tx, input.id, input.version, { status: input.status, updatedAt: ctx.now().toISOString(), updatedBy: ctx.actor.name });
    await record(ctx, tx, input.id, { kind: 'status-changed', from: current.status, to: input.status, note: input.note }, input.opId);
    return input.id;
  });
}

export async function addThemeNote(ctx: ServiceContext, input: In<typeof I.themeNoteSchema>): Promise<ThemeDetail> {
  return write(ctx, input.opId, async (tx) => {
    const current = await themesRepo.get(tx, input.id);
    if (!current) throw new AppError('NOT_FOUND', 'That themed concern is not in the tracker.');
    if (input.kind === 'evidence') {
      // Evidence accumulates: each addition is appended (dated and signed) to the theme's evidence.
      const stamp = `${londonDateOf(ctx.now())} ${ctx.actor.name}`;
      const evidence = current.evidence ? `${current.evidence}\n\n[${stamp}] ${input.text}` : `[${stamp}] ${input.text}`;
      await themesRepo.update(tx, input.id, current.version, { evidence, updatedAt: ctx.now().toISOString(), updatedBy: ctx.actor.name });
      await record(ctx, tx, input.id, { kind: 'evidence-added', text: input.text }, input.opId);
    } else {
      await touch(ctx, tx, input.id);
      await record(ctx, tx, input.id, { kind: 'note', text: input.text }, input.opId);
    }
    return input.id;
  });
}

export async function linkTheme(ctx: ServiceContext, input: In<typeof I.themeLinkSchema>): Promise<ThemeDetail> {
  return write(ctx, input.opId, async (tx) => {
    const theme = await themesRepo.get(tx, input.id);
    if (!theme) throw new AppError('NOT_FOUND', 'That themed concern is not in the tracker.');
    const target = await linkTarget(tx, input);
    if (await themesRepo.findLink(tx, input.id, input)) {
      throw new AppError('REFUSED', `${target.escalationId ? 'This escalation' : target.childName} is already linked to “${theme.title}”.`);
    }
    await themesRepo.insertLink(tx, { themeId: input.id, escalationId: target.escalationId, childId: target.childId, createdAt: ctx.now().toISOString(), createdBy: ctx.actor.name });
    await touch(ctx, tx, input.id);
    await record(ctx, tx, input.id, { kind: 'linked', ...target }, input.opId);
    return input.id;
  });
}

export async function unlinkTheme(ctx: ServiceContext, input: In<typeof I.themeUnlinkSchema>): Promise<ThemeDetail> {
  return write(ctx, input.opId, async (tx) => {
    const link = await themesRepo.linkById(tx, input.id, input.linkId);
    if (!link) throw new AppError('NOT_FOUND', 'That link is no longer on this themed concern (someone may have removed it).');
    const target = await linkTarget(tx, link.escalationId ? { escalationId: link.escalationId } : { childId: link.childId ?? '' });
    await themesRepo.deleteLink(tx, input.linkId);
    await touch(ctx, tx, input.id);
    await record(ctx, tx, input.id, { kind: 'unlinked', ...target }, input.opId);
    return input.id;
  });
}

export async function themesForEscalation(ctx: ServiceContext, escalationId: string): Promise<EscalationThemes> {
  return ctx.tracker.readTx(async (tx) => {
    const ids = await themesRepo.themeIdsForEscalation(tx, escalationId);
    const linked = ids.length ? await themesRepo.list(tx, { statuses: null, search: '', ids }) : [];
    const available = await themesRepo.list(tx, { statuses: themesRepo.activeStatuses, search: '', excludeIds: ids });
    return { linked: linked.map(toSummary), available: available.map(toSummary) };
  });
}
