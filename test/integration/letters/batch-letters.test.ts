import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { childInput, opId } from '../../support/tracker-fixture';
import { themeLinks, themes } from '../../../db/schema';
import { call, concern, lcsEscalation } from './letters-fixture';

describe('letters for several escalations', () => {
  it('makes one letter per escalation and reports the one that could not be made without stopping the rest', async () => {
    const { s, raised } = await lcsEscalation();
    const other = await call(s, 'children.create', childInput({ name: 'Robin Hale' }));
    const second = await call(s, 'escalations.raise', { childId: other.id, startAt: 'stage-1', concern: concern(['safeguarding']), opId: opId() });
    const { results } = await call(s, 'letters.batch', { escalationIds: [raised.row.id, 'no-such-escalation', second.row.id], document: 'stage-form', emailDraft: true, opId: opId() });
    expect(results.map((r) => [r.escalationId, r.ok])).toEqual([
      [raised.row.id, true],
      ['no-such-escalation', false],
      [second.row.id, true],
    ]);
    expect(results[1]!.message).toBe('That escalation is not in the tracker.');
    expect(results[2]!.childName).toBe('Robin Hale');
    for (const r of [results[0]!, results[2]!]) {
      expect(existsSync(r.letter!.path)).toBe(true);
      expect(r.letter!.draftFileName).toMatch(/\.eml$/);
    }
    await s.close();
  });

  it('finds the escalations linked to a themed concern', async () => {
    const { s, raised } = await lcsEscalation();
    const at = '2025-03-03T10:00:00.000Z';
    await s.tracker.db.insert(themes).values({ id: 't1', title: 'No permanence plans in CiC 2', version: 1, createdAt: at, createdBy: 'QA', updatedAt: at, updatedBy: 'QA' }).run();
    await s.tracker.db.insert(themeLinks).values({ themeId: 't1', escalationId: raised.row.id, createdAt: at, createdBy: 'QA' }).run();
    expect(await call(s, 'letters.themes', {})).toEqual([{ id: 't1', title: 'No permanence plans in CiC 2', status: 'open', escalationIds: [raised.row.id] }]);
    await s.close();
  });
});
