import type { ProfileInput } from '../../../shared/profile/schema';

export type StageInput = ProfileInput['ladders'][number]['stages'][number];

/** A small valid profile; each test breaks only the part it is about. */
export function aProfile(overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    id: 'test-authority',
    name: 'Test procedure',
    authority: 'Test Borough Council',
    ladders: [
      {
        key: 'main',
        label: 'Main ladder',
        cohorts: ['looked-after', 'child-protection'],
        informal: { label: 'Informal', recipientRole: 'Social Worker', responseTime: { workingDays: 5 } },
        stages: [
          { key: 'stage-1', label: 'Stage 1', recipientRole: 'Team Manager', responseTime: { workingDays: 5 }, kind: 'written-response' },
          { key: 'stage-2', label: 'Stage 2', recipientRole: 'Service Manager', responseTime: { workingDays: 5 }, kind: 'written-response' },
          { key: 'cafcass', label: 'Cafcass', recipientRole: 'Cafcass', responseTime: null, kind: 'external-referral' },
        ],
      },
    ],
    urgency: {
      label: 'Urgency',
      defaultLevel: 'normal',
      levels: [
        { key: 'normal', label: 'Normal', colour: 'green', responseTime: { workingDays: 5 } },
        { key: 'urgent', label: 'Urgent', colour: 'red', responseTime: { hours: 24 } },
      ],
    },
    categories: [
      { key: 'safeguarding', label: 'Significant safeguarding concern' },
      { key: 'other', label: 'Other' },
    ],
    outcomes: [{ key: 'safe', label: 'Child now safe', categories: ['safeguarding'] }],
    rules: {
      bypass: { allowed: true },
      extensions: { allowed: true },
      cafcass: { allowed: true },
    },
    ...overrides,
  };
}

/** The first ladder's stages (the builder always has one ladder). */
export function stagesOf(p: ProfileInput): StageInput[] {
  const ladder = p.ladders[0];
  if (!ladder) throw new Error('profile has no ladder');
  return ladder.stages;
}

/** The same profile as a loosely typed object, for writing deliberately wrong data. */
export function loose(p: ProfileInput): Record<string, unknown> {
  return JSON.parse(JSON.stringify(p)) as Record<string, unknown>;
}
