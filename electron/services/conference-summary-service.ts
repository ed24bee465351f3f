import type { ConferenceSummary } from '../../shared/api/my-day-contract';
import { AppError } from '../../shared/api/result';
import { startOfLondonDay } from '../../shared/calendar';
import type { EscalationEvent, EventBody } from '../../shared/engine/types';
import { childrenRepo, toChildSummary } from '../../db/repositories/children-repo';
import { escalationsRepo } from '../../db/repositories/escalations-repo';
import type { ServiceContext } from './context';
import { toRow } from './escalation-rows';
import { project } from '../../shared/engine';

/** The events that raise or move an escalation (notes, letters and responses are not news for the meeting). */
const MOVES = new Set<EventBody['kind']>(['raised', 'escalated', 'bypassed', 'resolved', 'withdrawn', 'cafcass-referred', 'urgency-changed', 'follow-up-recorded']);

/**
 * Rutland: "The Independent Chair should verbally inform the members of a Child Protection Conference
 * of any escalation alerts they have initiated since the previous meeting." The child's escalations
 * raised or moved since the last review or conference, for a one-page summary.
 */
export async function conferenceSummary(ctx: ServiceContext, id: string): Promise<ConferenceSummary> {
  const profile = ctx.profile();
  const calendar = ctx.calendar(profile);
  const now = ctx.now();
  return ctx.tracker.readTx(async (tx) => {
    const child = await childrenRepo.get(tx, id);
    if (!child) throw new AppError('NOT_FOUND', 'That child is not in the tracker.');
    const since = child.lastMeetingDate ?? null;
    const from = since ? startOfLondonDay(since) : '';
    const items: ConferenceSummary['items'] = [];
    const unchanged: ConferenceSummary['unchanged'] = [];
    for (const record of await escalationsRepo.forChild(tx, id)) {
      const row = toRow(record, now, calendar);
      const log: EscalationEvent[] = (await escalationsRepo.events(tx, record.id)).map((e) => ({ seq: e.seq, at: e.at, actor: e.actor, opId: e.opId, body: JSON.parse(e.body) as EventBody }));
      // A resolution is dated by the chair (it may be recorded late): "since the last meeting" goes by its date.
      const since = (e: EscalationEvent) => (e.body.kind === 'resolved' ? e.body.date >= (child.lastMeetingDate ?? '') : e.at >= from);
      const changes = log.filter((e) => MOVES.has(e.body.kind) && since(e));
      // Resolved since the last meeting, or checked since: did the agreed action happen? (DESIGN.md "Follow-up")
      const followUp = changes.some((e) => e.body.kind === 'resolved' || e.body.kind === 'follow-up-recorded') ? project(log, profile, calendar, now).followUp : undefined;
      if (changes.length) items.push({ row, changes, ...(followUp === undefined ? {} : { followUp }) });
      else if (row.status === 'open') unchanged.push(row);
    }
    return { child: toChildSummary(child), since, items, unchanged };
  });
}
