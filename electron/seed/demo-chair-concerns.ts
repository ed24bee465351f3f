import { addCalendarDays, londonDateOf, type Calendar } from '../../shared/calendar';
import { decideConcern, decideRaise, projectConcern, responseOutcomes, type ChairConcernEvent, type ChairConcernLogEntry } from '../../shared/chair-concerns/engine';
import type { Profile } from '../../shared/profile/schema';
import type { Tracker } from '../../db/tracker';
import { chairConcernsRepo } from '../../db/repositories/chair-concerns-repo';
import type { DemoPerson } from './demo-directory';
import { pick } from './random';
import { concernRowColumns } from '../services/chair-concerns-service';

const AGENCIES: [string, string][] = [
  ['Westfield Primary School', 'Designated Safeguarding Lead'],
  ['Thames Valley Police', 'Detective Constable, Child Abuse Investigation Unit'],
  ['Health visiting service', 'Health Visitor'],
  ['Riverside Academy', 'Head of Year'],
  ['Foster carer', 'Foster carer'],
  ['Adult mental health team', 'Care coordinator'],
];
const SUMMARIES = [
  'The agency’s report was not shared at the conference and they were not invited to speak.',
  'The review was moved without telling the agency, so nobody from it attended.',
  'The minutes record a decision the agency says was not agreed at the meeting.',
  'The agency felt its concerns about risk were not given weight in the plan.',
];

/**
 * A handful of concerns about chairs for the demo (about 1 for every 400 escalations): raised by agencies, most
 * answered, some moved on, most closed, decided by the real engine on the profile's own route (DESIGN.md).
 */
export async function seedChairConcerns(tracker: Tracker, profile: Profile, calendar: Calendar, directory: readonly DemoPerson[], rnd: () => number, now: Date, spanDays: number, escalations: number): Promise<number> {
  const route = profile.chairConcerns;
  const chairs = directory.filter((p) => p.jobRole === 'chair');
  const managers = directory.filter((p) => p.appRole === 'qa-manager' || p.appRole === 'administrator');
  if (chairs.length === 0) return 0;
  const count = Math.min(200, Math.max(2, Math.round(escalations / 400)));
  const today = londonDateOf(now);
  await tracker.writeTx(async (tx) => {
    for (let n = 0; n < count; n++) {
      const chair = pick(rnd, chairs);
      const [agency, role] = pick(rnd, AGENCIES);
      const raisedOn = addCalendarDays(today, -Math.floor(rnd() * spanDays));
      const at = (d: string) => `${d}T10:00:00.000Z`;
      const actor = managers.length ? pick(rnd, managers).name : 'demo seed';
      const log: ChairConcernLogEntry[] = [];
      const add = (body: ChairConcernEvent | { code: string }, on: string) => {
        if ('code' in body) return false;
        log.push({ seq: log.length + 1, at: at(on), actor, body });
        return true;
      };
      const raisedAt = new Date(at(raisedOn));
      add(decideRaise({ aboutChair: { name: chair.name, personId: chair.id }, raisedBy: { agency, name: `${pick(rnd, ['Helen', 'Mark', 'Priya', 'Dan'])} ${pick(rnd, ['Ames', 'Cole', 'Shah', 'Reid'])}`, contact: role, email: '' }, meeting: { kind: rnd() < 0.5 ? 'conference' : 'review', date: addCalendarDays(raisedOn, -Math.floor(rnd() * 10)) }, childId: null, summary: pick(rnd, SUMMARIES), startAt: route.stages[rnd() < 0.6 ? Math.min(1, route.stages.length - 1) : 0]!.key, raisedOn }, route, calendar, raisedAt), raisedOn);
      // Answered within a few weeks (if that is not in the future), sometimes taken further, mostly closed.
      const answerOn = addCalendarDays(raisedOn, 5 + Math.floor(rnd() * 20));
      if (answerOn <= today && rnd() < 0.8) {
        const asOf = new Date(at(answerOn));
        add(decideConcern(projectConcern(log, route), { kind: 'respond', outcome: pick(rnd, responseOutcomes), summary: 'Looked into with the chair and the agency; the findings and what will change were set out in writing.', on: answerOn }, route, calendar, asOf), answerOn);
        const s = projectConcern(log, route);
        const next = route.stages[s.stageIndex];
        if (next && rnd() < 0.2) add(decideConcern(s, { kind: 'move', toStageKey: next.key, reason: 'The agency remained unsatisfied with the response.', on: answerOn }, route, calendar, asOf), answerOn);
        else if (rnd() < 0.85) add(decideConcern(s, { kind: 'resolve', note: 'The agency accepted the response.', on: answerOn }, route, calendar, asOf), answerOn);
      }
      const state = projectConcern(log, route);
      const id = `concern-${n + 1}`;
      const last = log[log.length - 1]!.at;
      await chairConcernsRepo.insert(tx, {
        id,
        aboutChair: chair.name,
        aboutPersonId: chair.id,
        raisedByAgency: agency,
        childId: null,
        profileId: profile.id,
        raisedOn,
        ...concernRowColumns(state),
        eventCount: log.length,
        version: log.length,
        createdAt: at(raisedOn),
        createdBy: actor,
        updatedAt: last,
        updatedBy: actor,
      });
      for (const e of log) await chairConcernsRepo.append(tx, { concernId: id, seq: e.seq, kind: e.body.kind, body: JSON.stringify(e.body), at: e.at, actor, machine: 'demo-seed', opId: `seed-concern-${n + 1}-${e.seq}` });
    }
  });
  return count;
}
