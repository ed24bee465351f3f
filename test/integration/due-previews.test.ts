import { describe, expect, it } from 'vitest';
import { call } from './letters/letters-fixture';
import { childInput, opId, openServices } from '../support/tracker-fixture';

const NOW = new Date('2026-12-01T10:00:00Z'); // Tuesday 1 December 2026

/**
 * The raise form's preview and the saved escalation, side by side: the preview runs the engine's own raise, so the
 * date raised, the informal stage's review date (Haringey: "within 10 working days, or an earlier timescale that is
 * appropriate to the child's needs"), the urgency and a stage's first step all count alike.
 */
describe('the due-date preview is what saving sets', () => {
  const cases: { profileId: string; cohort: 'looked-after' | 'child-protection'; startAt: string; urgency?: string; happenedOn?: string; happenedTime?: string; reviewBy?: string; bypass?: boolean }[] = [
    { profileId: 'haringey', cohort: 'child-protection', startAt: 'informal', reviewBy: '2026-12-09' },
    { profileId: 'haringey', cohort: 'child-protection', startAt: 'informal' },
    { profileId: 'haringey', cohort: 'child-protection', startAt: 'stage-3', bypass: true },
    { profileId: 'devon', cohort: 'looked-after', startAt: 'stage-1', urgency: 'red', happenedOn: '2026-11-30', happenedTime: '20:20' },
    { profileId: 'slough', cohort: 'looked-after', startAt: 'informal' },
    { profileId: 'rutland', cohort: 'looked-after', startAt: 'stage-4', bypass: true, happenedOn: '2026-11-27' },
  ];
  for (const c of cases) {
    it(`${c.profileId} at ${c.startAt}${c.reviewBy ? ' with a review date' : ''}${c.happenedOn ? ' raised after the fact' : ''}`, async () => {
      const s = await openServices({ profileId: c.profileId, now: () => NOW });
      try {
        const profile = s.context.profile();
        const ladder = profile.ladders.find((l) => l.cohorts.includes(c.cohort))!;
        const when = { ...(c.happenedOn ? { happenedOn: c.happenedOn } : {}), ...(c.happenedTime ? { happenedTime: c.happenedTime } : {}), ...(c.reviewBy ? { reviewBy: c.reviewBy } : {}) };
        const preview = await call(s, 'escalations.previewDue', { ladderKey: ladder.key, stageKey: c.startAt, urgency: c.urgency ?? null, ...when });
        const child = await call(s, 'children.create', childInput({ cohort: c.cohort }));
        const category = profile.categories.find((x) => x.cohorts.length === 0 || x.cohorts.includes(c.cohort))!.key;
        const saved = await call(s, 'escalations.raise', {
          childId: child.id,
          startAt: c.startAt,
          ...(c.urgency ? { urgency: c.urgency } : {}),
          ...when,
          ...(c.bypass ? { bypass: { reason: 'Serious and urgent' } } : {}),
          preconditions: (ladder.stages.find((x) => x.key === c.startAt)?.requires ?? []).map((r) => ({ key: r.key, waived: 'Not possible today' })),
          concern: { categoryKeys: [category], summary: 's', impactOnChild: 'i', requestedAction: { what: 'w', who: 'x', byWhen: null }, expectedOutcomeKeys: [] },
          opId: opId(),
        });
        expect({ dueDate: preview.dueDate, dueAt: preview.dueAt }).toEqual({ dueDate: saved.row.nextDueDate, dueAt: saved.row.nextDueAt });
        if (c.reviewBy) expect(preview.dueDate).toBe(c.reviewBy);
      } finally {
        await s.close();
      }
    });
  }
});
