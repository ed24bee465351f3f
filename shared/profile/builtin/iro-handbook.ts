import type { ProfileInput } from '../schema';
import { iroHandbookCategories, iroHandbookOutcomes } from './generic-categories';

/**
 * The generic default: the dispute resolution process of the IRO Handbook (2010), chapter 6, as quoted
 * in seeds/001. Used until an authority chooses or writes its own profile.
 */

type StageInput = ProfileInput['ladders'][number]['stages'][number];

function managerStage(n: number, role: string): StageInput {
  return {
    key: `stage-${n}`,
    label: `Stage ${n}: ${role}`,
    recipientRole: role,
    responseTime: { workingDays: 5 },
    kind: 'written-response',
    notes: [
      'Include a description of the concerns and the impact on the child, what action is required in response, and the deadline for the response.',
    ],
  };
}

export const iroHandbookProfile: ProfileInput = {
  id: 'iro-handbook',
  name: 'IRO Handbook dispute resolution (generic default)',
  authority: 'Any local authority in England',
  source: 'IRO Handbook (2010), chapter 6 – Dispute resolution, as quoted in seeds/001_a8f103f2818dd8be.txt',
  ladders: [
    {
      key: 'dispute-resolution',
      label: 'Dispute resolution',
      cohorts: ['looked-after', 'child-protection'],
      informal: {
        label: 'Informal resolution',
        recipientRole: 'Social Worker / Team Manager',
        responseTime: { workingDays: 5 },
        notes: [
          'The IRO will, in the first instance, seek to resolve the issue informally with the social worker or the social worker’s managers, and record this on the child’s case record.',
          'If the matter is not resolved in a timescale that is appropriate to the child’s needs, the IRO should consider formal action.',
        ],
      },
      stages: [
        managerStage(1, 'Team Manager'),
        managerStage(2, 'Service Manager'),
        managerStage(3, 'Head of Service'),
        managerStage(4, 'Director of Children’s Services'),
        {
          key: 'cafcass',
          label: 'Referral to Cafcass',
          recipientRole: 'Cafcass',
          responseTime: null,
          kind: 'external-referral',
          // An IRO's referral to Cafcass (regulation 45) concerns looked-after children: rules.cafcass decides who may reach it.
          cafcassReferral: true,
          notes: [
            'The IRO has the power to refer the matter to Cafcass at any point in the dispute resolution process (regulation 45), including concurrently with it.',
          ],
        },
      ],
    },
  ],
  overallTarget: { workingDays: 20, from: 'first-formal-stage' },
  categories: iroHandbookCategories,
  outcomes: iroHandbookOutcomes,
  rules: {
    bypass: { allowed: true, reasonRequired: true },
    extensions: { allowed: true, maxWorkingDays: null },
    cafcass: { allowed: true, cohorts: ['looked-after'], concurrent: true, atAnyPoint: true },
    themedConcerns: false,
  },
  notes: [
    'This is the generic default profile. It follows the IRO Handbook rather than any one authority\'s procedure: copy it and adjust it (roles, timescales, categories) to match your local dispute resolution protocol.',
    'Stages: the Handbook says the local process "will involve escalating the matter in dispute through a number of levels of seniority within the department with identified timescales for a response at each stage" without naming them; the default uses Team Manager, Service Manager, Head of Service and Director of Children’s Services at 5 working days each.',
    'Overall limit: "The formal dispute resolution process within each local authority should have timescales in total of no more than 20 working days." (6.2) The four stages of 5 working days total 20, counted from the first formal stage.',
    'Informal stage: "If the matter is not resolved in a timescale that is appropriate to the child\'s needs, the IRO should consider formal action." (6.1) The Handbook gives no number. So that informal concerns are tracked and do not drift, the default uses 5 working days, the figure Haringey applies to its IRO "Informal stage or Alert"; the chair should move to formal action sooner when the child\'s needs require it.',
    'Bypass: "The IRO may bypass any stage and progress the dispute to the level s/he considers most appropriate." (6.2) A bypass needs a recorded reason.',
    'Cafcass: referrals concern looked-after children; the Handbook allows them at any point and concurrently. For a child protection plan the ladder ends at Stage 4.',
    'Categories and outcomes: those "As specified within IRO Handbook" on the LCS escalation form (seeds/000), in tidied wording.',
    'Cohorts: the Handbook is written for IROs; Child Protection Chairs commonly follow the same steps, so the one ladder serves both cohorts.',
  ],
};
