import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../shared/calendar';
import { allowedConcernCommands, decideConcern, decideRaise, projectConcern, type ChairConcernEvent, type ChairConcernLogEntry, type ChairConcernRaise } from '../../../shared/chair-concerns/engine';
import { getBuiltinProfile } from '../../../shared/profile/builtin';
import { chairConcernsSchema, profileSchema } from '../../../shared/profile/schema';

const calendar = createCalendar();
const NOW = new Date('2026-03-10T10:00:00Z');
const slough = profileSchema.parse(getBuiltinProfile('slough')).chairConcerns;
const raise: ChairConcernRaise = {
  aboutChair: { name: 'Chris Bell' },
  raisedBy: { agency: 'Westfield Primary School', name: 'Helen Ames', contact: '', email: '' },
  meeting: { kind: 'conference', date: '2026-03-02' },
  childId: null,
  summary: 'The school was not invited to speak.',
  startAt: 'independent-chair',
  raisedOn: '2026-03-09',
};
const log = (...bodies: ChairConcernEvent[]): ChairConcernLogEntry[] => bodies.map((body, i) => ({ seq: i + 1, at: NOW.toISOString(), actor: 'Quinn Ade', body }));

describe("Slough's route for concerns about an Independent Chair", () => {
  it('is the seed\'s three stages, in its words', () => {
    // seeds/002: "they should initially speak directly to the Independent Chair"; "put their concerns formally in writing to
    // the Reviewing Service Manager"; "the concern will be raised with the Head of Performance and Quality Assurance".
    expect(slough.stages.map((s) => s.handledBy)).toEqual(['Independent Chair', 'Reviewing Service Manager', 'Head of Performance and Quality Assurance']);
    expect(slough.stages[1]!.notes[0]).toContain('The concerns will be investigated and a formal response will be given to the agency raising the concern.');
    expect(slough.stages.every((s) => s.responseTime === null)).toBe(true);
  });

  it('every other procedure has the neutral route, and a profile may set its own with timescales', () => {
    expect(profileSchema.parse(getBuiltinProfile('devon')).chairConcerns.stages.map((s) => s.key)).toEqual(['with-chair', 'service-manager', 'head-of-service']);
    const timed = chairConcernsSchema.parse({ label: 'Concerns', stages: [{ key: 'a', label: 'A', handledBy: 'Manager', responseTime: { workingDays: 20 } }] });
    const e = decideRaise({ ...raise, startAt: 'a' }, timed, calendar, NOW);
    // Raised Monday 9 March 2026: the 20th working day after is Wednesday 8 April (Good Friday 3 April and Easter Monday 6 April are bank holidays).
    expect('code' in e || e.kind !== 'raised' ? '' : e.dueDate).toBe('2026-04-08');
  });

  it('moves only up the route, answers and closes, then takes only notes', () => {
    const raised = decideRaise(raise, slough, calendar, NOW) as ChairConcernEvent;
    let s = projectConcern(log(raised), slough);
    expect(allowedConcernCommands(s, slough)).toMatchObject({ kinds: ['respond', 'move', 'resolve', 'withdraw', 'note'], moveTo: [{ key: 'reviewing-service-manager' }, { key: 'head-of-performance-qa' }] });
    const moved = decideConcern(s, { kind: 'move', toStageKey: 'reviewing-service-manager', reason: 'Still unhappy', on: '2026-03-10' }, slough, calendar, NOW) as ChairConcernEvent;
    s = projectConcern(log(raised, moved), slough);
    expect(s).toMatchObject({ stageIndex: 2, highestStageIndex: 2, handledBy: 'Reviewing Service Manager' });
    const back = decideConcern(s, { kind: 'move', toStageKey: 'independent-chair', reason: 'x', on: '2026-03-10' }, slough, calendar, NOW);
    expect('code' in back ? back.message : '').toBe('The concern can only go to a later stage of the route than Formal concern in writing to the Reviewing Service Manager.');
    const future = decideConcern(s, { kind: 'respond', outcome: 'upheld', summary: 'Upheld', on: '2026-03-11' }, slough, calendar, NOW);
    expect('code' in future ? future.message : '').toContain('after today');
    const resolved = decideConcern(s, { kind: 'resolve', note: 'Agency satisfied', on: '2026-03-10' }, slough, calendar, NOW) as ChairConcernEvent;
    s = projectConcern(log(raised, moved, resolved), slough);
    expect(s).toMatchObject({ status: 'resolved', closedOn: '2026-03-10' });
    expect(allowedConcernCommands(s, slough).kinds).toEqual(['note']);
    const late = decideConcern(s, { kind: 'respond', outcome: 'upheld', summary: 'x', on: '2026-03-10' }, slough, calendar, NOW);
    expect('code' in late ? late.message : '').toBe('This concern was resolved on Tuesday 10 March 2026, so it cannot be changed; add a note instead.');
  });

  it('refuses a stage the route does not have, and a meeting after today', () => {
    const bad = decideRaise({ ...raise, startAt: 'stage-9' }, slough, calendar, NOW);
    expect('code' in bad ? bad.message : '').toMatch(/^The route for concerns about a chair has no stage "stage-9"/);
    const later = decideRaise({ ...raise, meeting: { kind: 'review', date: '2026-03-20' } }, slough, calendar, NOW);
    expect('code' in later ? later.code : '').toBe('REFUSED');
  });
});
