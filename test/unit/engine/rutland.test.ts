import { describe, expect, it } from 'vitest';
import { rutlandProfile } from '../../../shared/profile/builtin/rutland';
import { profileSchema } from '../../../shared/profile/schema';
import { cmd, raise, story } from './builders';

const rutland = profileSchema.parse(rutlandProfile);
const rutlandRaise = () =>
  raise({
    ladderKey: 'dispute-resolution',
    cohort: 'child-protection',
    startAt: 'stage-1',
    urgency: null,
    concern: { ...raise().concern, categoryKeys: [rutland.categories[0]!.key], expectedOutcomeKeys: [] },
  });

// seeds/004: "The Independent Chair has the discretion to proceed directly to stage 3 and 4 in more serious or urgent cases."
describe('the Rutland bypass rule', () => {
  it('allows a bypass from stage 1 straight to stage 3 (Head of Service)', () => {
    const s = story(rutland).do(rutlandRaise(), '2025-03-03T09:00:00Z');
    const r = s.try(cmd.bypass('stage-3'), '2025-03-03T10:00:00Z');
    expect(r.ok).toBe(true);
  });

  it('refuses a bypass to a stage the procedure does not name (stage 5, the LSCB Independent Chair)', () => {
    const s = story(rutland).do(rutlandRaise(), '2025-03-03T09:00:00Z');
    const r = s.try(cmd.bypass('stage-5'), '2025-03-03T10:00:00Z');
    expect(r.ok ? '' : r.error.code).toBe('BYPASS_NOT_ALLOWED');
    expect(r.ok ? '' : r.error.message).toMatch(/only allows a bypass straight to .*Stage 3.* or .*Stage 4/i);
  });
});
