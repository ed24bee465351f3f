import type { ParsedInput } from '../../shared/api/contract';
import type { ChairConcernDetail, ChairConcernRow } from '../../shared/api/chair-concerns-contract';
import { AppError } from '../../shared/api/result';
import { londonDateOf } from '../../shared/calendar';
import { allowedConcernCommands, decideConcern, decideRaise, projectConcern, type ChairConcernEvent, type ChairConcernLogEntry, type ChairConcernState } from '../../shared/chair-concerns/engine';
import type { Db } from '../../db/tracker';
import { chairConcernsRepo, type ChairConcernRecord } from '../../db/repositories/chair-concerns-repo';
import { childrenRepo } from '../../db/repositories/children-repo';
import { changeLogRepo } from '../../db/repositories/change-log-repo';
import { peopleRepo } from '../../db/repositories/people-repo';
import { actorAccess } from './app-roles';
import type { ServiceContext } from './context';
import { conflict } from './errors';
import { loadLetterhead } from './letter-settings-service';
import { concernLetter } from '../letters/chair-concern-letters';
import { DOCX_MIME } from '../letters/eml';
import type { ExportedFile } from '../../shared/api/reports-outputs';

/**
 * Concerns about a chair or the reviewing service (DESIGN.md "Concern about a chair"). Kept apart: only the reviewing
 * service manager, QA managers and administrators see them; the chair concerned never does, even holding a manager's
 * role. Anyone else naming one is told it is not in the tracker, so its existence is never revealed. Every read and
 * every change is written to the audit log (change_log, entity "chair-concern"; the feed leaves them out).
 */

export const CONCERN_ENTITY = 'chair-concern';
const NOT_FOUND = 'That concern is not in the tracker.';

/** Who is looking: their name and People record, and whether their role lets them handle concerns at all. */
async function viewerOf(ctx: ServiceContext, tx: Db): Promise<{ name: string; personId: string | null; manager: boolean }> {
  const access = await actorAccess(ctx, tx);
  const person = await peopleRepo.byOsUser(tx, ctx.actor.osUser);
  // A tracker with nobody set up yet refuses nobody (as every other area); otherwise the QA manager or an administrator.
  const manager = access.role === null || access.role === 'qa-manager' || access.role === 'administrator';
  return { name: person?.name ?? ctx.actor.name, personId: person?.id ?? null, manager };
}

const isAbout = (r: Pick<ChairConcernRecord, 'aboutChair' | 'aboutPersonId'>, v: { name: string; personId: string | null }) =>
  (v.personId !== null && r.aboutPersonId === v.personId) || r.aboutChair.trim().toLowerCase() === v.name.trim().toLowerCase();

/** The concern if this person may see it; NOT_FOUND otherwise, exactly as for an id that does not exist. */
async function visible(ctx: ServiceContext, tx: Db, id: string): Promise<{ record: ChairConcernRecord; viewer: { name: string; personId: string | null } }> {
  const viewer = await viewerOf(ctx, tx);
  const record = viewer.manager ? await chairConcernsRepo.get(tx, id) : undefined;
  if (!record || isAbout(record, viewer)) throw new AppError('NOT_FOUND', NOT_FOUND);
  return { record, viewer };
}

async function audit(ctx: ServiceContext, tx: Db, id: string, action: string, opId: string, detail: Record<string, unknown> = {}): Promise<void> {
  await changeLogRepo.record(tx, { entity: CONCERN_ENTITY, entityId: id, action, actor: ctx.actor.name, machine: ctx.machine, at: ctx.now().toISOString(), opId, detail: JSON.stringify(detail) });
}

function logOf(records: Awaited<ReturnType<typeof chairConcernsRepo.events>>): ChairConcernLogEntry[] {
  return records.map((r) => ({ seq: r.seq, at: r.at, actor: r.actor, body: JSON.parse(r.body) as ChairConcernEvent }));
}

/** The row's columns that follow the state (the list and the report read them). */
export function concernRowColumns(state: ChairConcernState) {
  return {
    status: state.status,
    stageKey: state.stageKey,
    stageIndex: state.stageIndex,
    highestStageIndex: state.highestStageIndex,
    dueDate: state.dueDate,
    firstResponseOn: state.responses[0]?.on ?? null,
    outcome: state.responses[state.responses.length - 1]?.outcome ?? null,
    closedOn: state.closedOn,
  };
}

async function detailOf(ctx: ServiceContext, tx: Db, record: ChairConcernRecord, log: ChairConcernLogEntry[]): Promise<ChairConcernDetail> {
  const route = ctx.profile().chairConcerns;
  const state = projectConcern(log, route);
  const allowed = allowedConcernCommands(state, route);
  const child = state.childId ? await childrenRepo.get(tx, state.childId) : undefined;
  return {
    id: record.id,
    version: record.version,
    state,
    allowed: { kinds: allowed.kinds, moveTo: allowed.moveTo },
    stages: route.stages.map((s) => ({ key: s.key, label: s.label, handledBy: s.handledBy, notes: s.notes })),
    events: log,
    child: child ? { id: child.id, name: child.name, caseId: child.caseId } : null,
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
  };
}

export async function listConcerns(ctx: ServiceContext, input: ParsedInput<'chairConcerns.list'>): Promise<{ rows: ChairConcernRow[] }> {
  return ctx.tracker.writeTx(async (tx) => {
    const viewer = await viewerOf(ctx, tx);
    if (!viewer.manager) throw new AppError('FORBIDDEN', 'Concerns about chairs are kept for the reviewing service manager, QA managers and administrators.');
    const route = ctx.profile().chairConcerns;
    const rows = await chairConcernsRepo.list(tx, viewer, input.status);
    await audit(ctx, tx, 'list', 'listed', `${ctx.newId()}:list`, { status: input.status, shown: rows.length });
    return {
      rows: rows.map((r) => ({ id: r.id, aboutChair: r.aboutChair, raisedByAgency: r.raisedByAgency, stageLabel: route.stages.find((s) => s.key === r.stageKey)?.label ?? r.stageKey, status: r.status as ChairConcernRow['status'], raisedOn: r.raisedOn, dueDate: r.dueDate, outcome: r.outcome })),
    };
  });
}

/** A concern as a manager opens it: the read itself goes in the audit log. */
export async function getConcern(ctx: ServiceContext, id: string): Promise<ChairConcernDetail> {
  return ctx.tracker.writeTx(async (tx) => {
    const { record } = await visible(ctx, tx, id);
    await audit(ctx, tx, id, 'read', `${ctx.newId()}:read`);
    return detailOf(ctx, tx, record, logOf(await chairConcernsRepo.events(tx, id)));
  });
}

export async function raiseConcern(ctx: ServiceContext, input: ParsedInput<'chairConcerns.create'>): Promise<ChairConcernDetail> {
  return ctx.tracker.writeTx(async (tx) => {
    const viewer = await viewerOf(ctx, tx);
    if (!viewer.manager) throw new AppError('FORBIDDEN', 'Only the reviewing service manager, a QA manager or an administrator can record a concern about a chair.');
    const done = await chairConcernsRepo.forOp(tx, input.opId);
    if (done) return detailOf(ctx, tx, (await chairConcernsRepo.get(tx, done))!, logOf(await chairConcernsRepo.events(tx, done)));
    const { opId, ...command } = input;
    if (isAbout({ aboutChair: command.aboutChair.name, aboutPersonId: command.aboutChair.personId ?? null }, viewer))
      throw new AppError('REFUSED', 'A concern about you must be recorded by another manager: the chair concerned does not handle it.');
    if (command.childId && !(await childrenRepo.get(tx, command.childId))) throw new AppError('NOT_FOUND', 'That child is not in the tracker.');
    const profile = ctx.profile();
    const event = decideRaise(command, profile.chairConcerns, ctx.calendar(profile), ctx.now());
    if ('code' in event) throw new AppError('REFUSED', event.message);
    const id = ctx.newId();
    const at = ctx.now().toISOString();
    const log = [{ seq: 1, at, actor: ctx.actor.name, body: event }];
    const state = projectConcern(log, profile.chairConcerns);
    await chairConcernsRepo.insert(tx, {
      id,
      aboutChair: command.aboutChair.name,
      aboutPersonId: command.aboutChair.personId ?? null,
      raisedByAgency: command.raisedBy.agency,
      childId: command.childId,
      profileId: profile.id,
      raisedOn: command.raisedOn,
      ...concernRowColumns(state),
      eventCount: 1,
      version: 1,
      createdAt: at,
      createdBy: ctx.actor.name,
      updatedAt: at,
      updatedBy: ctx.actor.name,
    });
    await chairConcernsRepo.append(tx, { concernId: id, seq: 1, kind: event.kind, body: JSON.stringify(event), at, actor: ctx.actor.name, machine: ctx.machine, opId });
    await audit(ctx, tx, id, 'raised', opId, { stage: state.stageLabel });
    return detailOf(ctx, tx, (await chairConcernsRepo.get(tx, id))!, log);
  });
}

/** Appends one event to a concern the person may see, at the version they saw; the row follows the new state. */
export async function appendConcernEvent(ctx: ServiceContext, tx: Db, record: ChairConcernRecord, version: number, event: ChairConcernEvent, opId: string): Promise<ChairConcernDetail> {
  if (record.version !== version) throw conflict('concern', record.updatedBy, record.updatedAt, record.version);
  const at = ctx.now().toISOString();
  const log = [...logOf(await chairConcernsRepo.events(tx, record.id))];
  const entry = { seq: log.length + 1, at, actor: ctx.actor.name, body: event };
  const state = projectConcern([...log, entry], ctx.profile().chairConcerns);
  if (!(await chairConcernsRepo.update(tx, record.id, version, { ...concernRowColumns(state), eventCount: entry.seq, updatedAt: at, updatedBy: ctx.actor.name }))) throw conflict('concern', record.updatedBy, record.updatedAt, record.version);
  await chairConcernsRepo.append(tx, { concernId: record.id, seq: entry.seq, kind: event.kind, body: JSON.stringify(event), at, actor: ctx.actor.name, machine: ctx.machine, opId });
  await audit(ctx, tx, record.id, event.kind, opId);
  return detailOf(ctx, tx, { ...record, ...concernRowColumns(state), version: version + 1, updatedAt: at, updatedBy: ctx.actor.name }, [...log, entry]);
}

export async function commandConcern(ctx: ServiceContext, input: ParsedInput<'chairConcerns.command'>): Promise<ChairConcernDetail> {
  return ctx.tracker.writeTx(async (tx) => {
    const { record } = await visible(ctx, tx, input.id);
    if (await chairConcernsRepo.forOp(tx, input.opId)) return detailOf(ctx, tx, record, logOf(await chairConcernsRepo.events(tx, input.id)));
    const profile = ctx.profile();
    const state = projectConcern(logOf(await chairConcernsRepo.events(tx, input.id)), profile.chairConcerns);
    const event = decideConcern(state, input.command, profile.chairConcerns, ctx.calendar(profile), ctx.now());
    if ('code' in event) throw new AppError('REFUSED', event.message);
    return appendConcernEvent(ctx, tx, record, input.version, event, input.opId);
  });
}

/** Today, London: the date a letter is dated. */
export const letterDay = (ctx: ServiceContext) => londonDateOf(ctx.now());
export { visible as visibleConcern };

/**
 * The acknowledgement or the formal response, as a Word letter and an email draft, handed back to download (never left
 * in the shared letters folder, where anyone with the folder could read it); the making of it goes on the log.
 */
export async function concernLetterFor(ctx: ServiceContext, input: ParsedInput<'chairConcerns.letter'>): Promise<{ letter: ExportedFile; draft: ExportedFile; detail: ChairConcernDetail }> {
  const { letterhead } = await loadLetterhead(ctx);
  return ctx.tracker.writeTx(async (tx) => {
    const { record } = await visible(ctx, tx, input.id);
    const route = ctx.profile().chairConcerns;
    const log = logOf(await chairConcernsRepo.events(tx, input.id));
    const state = projectConcern(log, route);
    if (input.document === 'response' && state.responses.length === 0) throw new AppError('REFUSED', 'Record the formal response first (what was found, and whether the concern was upheld): the letter sets it out.');
    const child = state.childId ? await childrenRepo.get(tx, state.childId) : undefined;
    const made = await concernLetter({ document: input.document, state, route, letterhead, child: child ? { name: child.name, caseId: child.caseId } : null, from: { name: ctx.actor.name }, date: letterDay(ctx) });
    const detail = (await chairConcernsRepo.forOp(tx, input.opId))
      ? await detailOf(ctx, tx, record, log)
      : await appendConcernEvent(ctx, tx, record, record.version, { kind: 'letter-made', document: input.document, on: letterDay(ctx) }, input.opId);
    return {
      letter: { fileName: made.fileName, mimeType: DOCX_MIME, base64: made.bytes.toString('base64') },
      draft: { fileName: made.emlName, mimeType: 'message/rfc822', base64: Buffer.from(made.eml, 'utf8').toString('base64') },
      detail,
    };
  });
}
