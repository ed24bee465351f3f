import { z } from 'zod';
import { dueFor, formatLongDate, londonDateOf, startOfLondonDay } from '../calendar';
import type { Calendar, IsoDate } from '../calendar/types';
import { isoDateField, requiredText } from '../field-rules';
import type { ChairConcernRoute } from '../profile/schema';

/**
 * Concerns about a chair or the reviewing service (DESIGN.md "Concern about a chair"; Slough, seeds/002): an agency
 * speaks to the chair, then writes to the Reviewing Service Manager, then the Head of Performance and QA. A ladder of
 * its own, an append-only log like an escalation's, folded into its state here. Pure: "now" and the calendar are passed in.
 */

const isoDate = isoDateField();
const optional = (max = 4000) => z.string().trim().max(max).default('');

export const meetingKinds = ['review', 'conference', 'other'] as const;
export const meetingKindLabels: Record<(typeof meetingKinds)[number], string> = { review: 'Looked-after review', conference: 'Child protection conference', other: 'Other meeting' };
export const responseOutcomes = ['upheld', 'partly-upheld', 'not-upheld'] as const;
export type ResponseOutcome = (typeof responseOutcomes)[number];
export const responseOutcomeLabels: Record<ResponseOutcome, string> = { upheld: 'Upheld', 'partly-upheld': 'Partly upheld', 'not-upheld': 'Not upheld' };

/** Who raised it: the agency, the person and how to reach them. */
export const raisedBySchema = z.object({
  agency: requiredText('The agency raising the concern', 200),
  name: requiredText('The name of the person raising it', 200),
  contact: optional(300),
  email: z
    .string()
    .trim()
    .max(254)
    .refine((v) => v === '' || /^[^\s@<>,;"()]+@[^\s@<>,;"()]+\.[^\s@<>,;"()]+$/.test(v), 'Enter an email address like name@agency.org.uk, or leave it empty')
    .default(''),
});

export const chairConcernRaiseSchema = z.object({
  /** The chair the concern is about: a person from People (personId) or their name. */
  aboutChair: z.object({ name: requiredText('The chair the concern is about', 200), personId: z.string().trim().min(1).max(64).optional() }),
  raisedBy: raisedBySchema,
  meeting: z.object({ kind: z.enum(meetingKinds, { error: 'Choose the kind of meeting' }), date: isoDate.nullable().default(null) }),
  /** The child whose review or conference it was, where there is one. */
  childId: z.string().trim().min(1).max(64).nullable().default(null),
  summary: requiredText('What the concern is'),
  /** The stage it starts at (an agency that already spoke to the chair writes straight to the manager). */
  startAt: z.string().trim().min(1).max(100),
  raisedOn: isoDate,
});

export const chairConcernCommandSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('move'), toStageKey: z.string().trim().min(1).max(100), reason: requiredText('Why it goes further'), on: isoDate }),
  z.object({ kind: z.literal('respond'), outcome: z.enum(responseOutcomes, { error: 'Choose whether the concern was upheld' }), summary: requiredText('The formal response'), on: isoDate }),
  z.object({ kind: z.literal('resolve'), note: optional(), on: isoDate }),
  z.object({ kind: z.literal('withdraw'), reason: requiredText('Why it was withdrawn') }),
  z.object({ kind: z.literal('note'), text: requiredText('Note') }),
]);
export type ChairConcernRaise = z.output<typeof chairConcernRaiseSchema>;
export type ChairConcernCommand = z.output<typeof chairConcernCommandSchema>;
export type ChairConcernCommandKind = ChairConcernCommand['kind'];

export type ChairConcernEvent =
  | ({ kind: 'raised'; stageKey: string; dueDate: IsoDate | null } & Omit<ChairConcernRaise, 'startAt'>)
  | { kind: 'moved'; fromStageKey: string; toStageKey: string; reason: string; on: IsoDate; dueDate: IsoDate | null }
  | { kind: 'responded'; stageKey: string; outcome: ResponseOutcome; summary: string; on: IsoDate }
  | { kind: 'resolved'; note: string; on: IsoDate }
  | { kind: 'withdrawn'; reason: string; on: IsoDate }
  | { kind: 'note'; text: string }
  /** An acknowledgement or formal response letter was made (the audit trail of what went out). */
  | { kind: 'letter-made'; document: 'acknowledgement' | 'response'; on: IsoDate };

export interface ChairConcernLogEntry {
  seq: number;
  at: string;
  actor: string;
  body: ChairConcernEvent;
}

export interface ChairConcernState {
  status: 'open' | 'resolved' | 'withdrawn';
  aboutChair: ChairConcernRaise['aboutChair'];
  raisedBy: ChairConcernRaise['raisedBy'];
  meeting: ChairConcernRaise['meeting'];
  childId: string | null;
  summary: string;
  raisedOn: IsoDate;
  stageKey: string;
  stageLabel: string;
  handledBy: string;
  /** 1 = the route's first stage. */
  stageIndex: number;
  highestStageIndex: number;
  /** The current stage's response deadline, where the procedure sets one. */
  dueDate: IsoDate | null;
  responses: { stageKey: string; outcome: ResponseOutcome; summary: string; on: IsoDate }[];
  closedOn: IsoDate | null;
}

export type Refusal = { code: 'REFUSED'; message: string };

function stageOf(route: ChairConcernRoute, key: string) {
  const i = route.stages.findIndex((s) => s.key === key);
  return i < 0 ? null : { stage: route.stages[i]!, index: i + 1 };
}

/** The stage's deadline from the day it opened, in its own unit; null where the procedure sets no timescale. */
function dueOf(route: ChairConcernRoute, key: string, on: IsoDate, calendar: Calendar): IsoDate | null {
  const rt = stageOf(route, key)?.stage.responseTime ?? null;
  return rt === null ? null : dueFor(calendar, startOfLondonDay(on), rt).dueDate;
}

function notFuture(on: IsoDate, now: Date, what: string): Refusal | null {
  const today = londonDateOf(now);
  return on > today ? { code: 'REFUSED', message: `The date ${what} cannot be ${formatLongDate(on)}, because that is after today.` } : null;
}

export function decideRaise(cmd: ChairConcernRaise, route: ChairConcernRoute, calendar: Calendar, now: Date): ChairConcernEvent | Refusal {
  if (!stageOf(route, cmd.startAt)) return { code: 'REFUSED', message: `The route for concerns about a chair has no stage "${cmd.startAt}": choose one of ${route.stages.map((s) => s.label).join(', ')}.` };
  const late = notFuture(cmd.raisedOn, now, 'the concern was raised');
  if (late) return late;
  if (cmd.meeting.date && cmd.meeting.date > londonDateOf(now)) return { code: 'REFUSED', message: `The review or conference the concern is about cannot be on ${formatLongDate(cmd.meeting.date)}, which is after today.` };
  const { startAt, ...rest } = cmd;
  return { kind: 'raised', ...rest, stageKey: startAt, dueDate: dueOf(route, startAt, cmd.raisedOn, calendar) };
}

/** What may be done now, with the sentence for what may not. */
export function allowedConcernCommands(state: ChairConcernState, route: ChairConcernRoute): { kinds: ChairConcernCommandKind[]; moveTo: { key: string; label: string }[]; refused: Partial<Record<ChairConcernCommandKind, string>> } {
  const refused: Partial<Record<ChairConcernCommandKind, string>> = {};
  const open = state.status === 'open';
  const closed = `This concern was ${state.status}${state.closedOn ? ` on ${formatLongDate(state.closedOn)}` : ''}`;
  const later = route.stages.slice(state.stageIndex).map((s) => ({ key: s.key, label: s.label }));
  if (!open) for (const k of ['move', 'respond', 'resolve', 'withdraw'] as const) refused[k] = `${closed}, so it cannot be changed; add a note instead.`;
  else if (later.length === 0) refused.move = `${state.stageLabel} is the last stage of the route, so the concern cannot go further.`;
  const kinds = (['respond', 'move', 'resolve', 'withdraw', 'note'] as const).filter((k) => !refused[k]);
  return { kinds: [...kinds], moveTo: open ? later : [], refused };
}

export function decideConcern(state: ChairConcernState, cmd: ChairConcernCommand, route: ChairConcernRoute, calendar: Calendar, now: Date): ChairConcernEvent | Refusal {
  const refusal = allowedConcernCommands(state, route).refused[cmd.kind];
  if (refusal) return { code: 'REFUSED', message: refusal };
  const dated = 'on' in cmd ? notFuture(cmd.on, now, 'of this step') : null;
  if (dated) return dated;
  if ('on' in cmd && cmd.on < state.raisedOn) return { code: 'REFUSED', message: `The date cannot be ${formatLongDate(cmd.on)}, because that is before the concern was raised (${formatLongDate(state.raisedOn)}).` };
  switch (cmd.kind) {
    case 'move': {
      const target = stageOf(route, cmd.toStageKey);
      if (!target || target.index <= state.stageIndex) return { code: 'REFUSED', message: `The concern can only go to a later stage of the route than ${state.stageLabel}.` };
      return { kind: 'moved', fromStageKey: state.stageKey, toStageKey: cmd.toStageKey, reason: cmd.reason, on: cmd.on, dueDate: dueOf(route, cmd.toStageKey, cmd.on, calendar) };
    }
    case 'respond':
      return { kind: 'responded', stageKey: state.stageKey, outcome: cmd.outcome, summary: cmd.summary, on: cmd.on };
    case 'resolve':
      return { kind: 'resolved', note: cmd.note, on: cmd.on };
    case 'withdraw':
      return { kind: 'withdrawn', reason: cmd.reason, on: londonDateOf(now) };
    case 'note':
      return { kind: 'note', text: cmd.text };
  }
}

/** The log folded into the concern's state, its stages labelled from the route (a stage since removed keeps its key). */
export function projectConcern(log: readonly ChairConcernLogEntry[], route: ChairConcernRoute): ChairConcernState {
  const ordered = [...log].sort((a, b) => a.seq - b.seq);
  const first = ordered[0]?.body;
  if (!first || first.kind !== 'raised') throw new Error('A concern about a chair must start with its raising');
  const at = (key: string) => {
    const found = stageOf(route, key);
    return { stageKey: key, stageLabel: found?.stage.label ?? key, handledBy: found?.stage.handledBy ?? '', stageIndex: found?.index ?? 0 };
  };
  const s: ChairConcernState = {
    status: 'open',
    aboutChair: first.aboutChair,
    raisedBy: first.raisedBy,
    meeting: first.meeting,
    childId: first.childId,
    summary: first.summary,
    raisedOn: first.raisedOn,
    ...at(first.stageKey),
    highestStageIndex: at(first.stageKey).stageIndex,
    dueDate: first.dueDate,
    responses: [],
    closedOn: null,
  };
  for (const { body } of ordered.slice(1)) {
    switch (body.kind) {
      case 'moved':
        Object.assign(s, at(body.toStageKey), { dueDate: body.dueDate });
        s.highestStageIndex = Math.max(s.highestStageIndex, s.stageIndex);
        break;
      case 'responded':
        s.responses.push({ stageKey: body.stageKey, outcome: body.outcome, summary: body.summary, on: body.on });
        break;
      case 'resolved':
        Object.assign(s, { status: 'resolved', closedOn: body.on, dueDate: null });
        break;
      case 'withdrawn':
        Object.assign(s, { status: 'withdrawn', closedOn: body.on, dueDate: null });
        break;
      case 'raised':
      case 'note':
      case 'letter-made':
        break;
    }
  }
  return s;
}
