import type { ProfileInput } from '../schema';
import { haringeyCategories } from './haringey-categories';

/**
 * seeds/001: London Borough of Haringey escalation and dispute resolution. Two ladders written out in
 * the document (child protection plan, CP Chair; looked-after children, IRO) and a third for young
 * people in transition to adult services (section 7), which reuses the looked-after timescales.
 */

type LadderInput = ProfileInput['ladders'][number];
type StageInput = LadderInput['stages'][number];

const RECORD = "At each stage a record of the action taken and the outcomes achieved must be included in the child's case record on MOSAIC.";
const MOSAIC_STAGE_1 = [
  'The chair consults their line manager before initiating the escalation within MOSAIC (CC the Social Worker so they are aware), and sends an email with the key theme(s) & required outcome for the child.',
  'The Team Manager responds in writing on the MOSAIC Dispute Resolution Form within 5 working days.',
];

interface Roles {
  teamManager: string;
  serviceManager: string;
  headOfService: string;
  meetingChair: string;
  assistantDirector: string;
  director: string;
}

/** Stage 1–3 (Stage 3 with its conditional Dispute Resolution Meeting), then the Assistant Director and Director of the timescale table. */
function formalStages(roles: Roles, copyTo: string[], stage1Notes: string[], extraNotes: string[], consult?: string): StageInput[] {
  const notes = [RECORD, ...extraNotes];
  return [
    {
      key: 'stage-1',
      label: 'Stage 1: Team Manager',
      recipientRole: roles.teamManager,
      responseTime: { workingDays: 5 },
      kind: 'written-response',
      copyTo,
      notes: [...stage1Notes, ...notes],
      // seeds/001: the chair "will consult with their line manager before initiating" the formal escalation.
      ...(consult ? { requires: [{ key: 'line-manager', kind: 'discussion' as const, role: 'Line manager', text: consult }] } : {}),
    },
    {
      key: 'stage-2',
      label: 'Stage 2: Service Manager',
      recipientRole: roles.serviceManager,
      responseTime: { workingDays: 5 },
      kind: 'written-response',
      copyTo,
      notes: ['The Service Manager has lead responsibility for responding in writing within 5 working days.', ...notes],
    },
    {
      key: 'stage-3',
      label: 'Stage 3: Head of Service',
      recipientRole: roles.headOfService,
      responseTime: { workingDays: 5 },
      kind: 'written-response',
      copyTo,
      notes: ['Head of Service has lead responsibility for responding in writing within 5 working days.', ...notes],
      // "If the IRO considers the response to be unsatisfactory then a Dispute Resolution Meeting should be
      // convened within 5 working days": a conditional step of Stage 3, not a stage every escalation passes.
      steps: [
        { key: 'response', label: 'Head of Service written response', kind: 'response', time: { workingDays: 5 } },
        {
          key: 'dispute-resolution-meeting',
          label: 'Dispute Resolution Meeting',
          kind: 'meeting',
          time: { workingDays: 5 },
          when: { step: 'response', outcome: 'unsatisfactory' },
          by: roles.meetingChair,
          notes: ['If the chair considers the Stage 3 response to be unsatisfactory, a Dispute Resolution Meeting should be convened within 5 working days.'],
        },
      ],
    },
    {
      key: 'assistant-director',
      label: 'Assistant Director',
      recipientRole: roles.assistantDirector,
      responseTime: { workingDays: 5 },
      kind: 'written-response',
      copyTo,
      notes: ['Timescale table: Assistant Director, 5 days.', ...notes],
    },
    {
      key: 'director',
      label: 'Director',
      recipientRole: roles.director,
      responseTime: { workingDays: 8 },
      kind: 'written-response',
      copyTo,
      notes: ['Timescale table: Director, 8 days.', ...notes],
    },
  ];
}

const childProtection: LadderInput = {
  key: 'child-protection',
  label: 'Children subject to a child protection plan (CP Chair)',
  cohorts: ['child-protection'],
  informal: {
    label: 'Informal Escalation of Concern',
    recipientRole: 'Team Manager',
    responseTime: { workingDays: 10 },
    notes: [
      "Face-to-face discussion with the Social Worker/Manager where possible, then an e-mail titled 'Informal Escalation of Concern' to the Manager, with a copy e-mailed to the Social Worker.",
      'The e-mail includes: description of the concerns and the impact on the child; what action is required in response; deadline for the response.',
      "Place a case note on the child's file under the heading CPA alert; add the completed e-mail to the file only when concluded.",
      "If the matter is not resolved within 10 working days, or an earlier timescale that is appropriate to the child's needs, consider the Formal Escalation Process.",
    ],
  },
  stages: formalStages(
    {
      teamManager: 'Team Manager',
      serviceManager: 'Service Manager',
      headOfService: 'Head of Service',
      meetingChair: 'Assistant Director or Head of Service for Quality Assurance',
      assistantDirector: 'Assistant Director',
      director: 'Director',
    },
    ['Social Worker'],
    MOSAIC_STAGE_1,
    [],
    'The CP Chair will consult with their line manager before initiating a CP escalation within MOSAIC.',
  ),
};

const lookedAfter: LadderInput = {
  key: 'looked-after',
  label: 'Looked after children (IRO)',
  cohorts: ['looked-after'],
  informal: {
    label: 'Informal stage or Alert',
    recipientRole: 'Allocated social worker or relevant member of staff',
    responseTime: { workingDays: 5 },
    notes: [
      'Record the discussions and their outcome on MOSAIC under case notes as IRO alert.',
      'Where resolution to these matters is not agreed within 5 working days, then consideration must be given to progressing to a formal stage.',
    ],
  },
  stages: [
    ...formalStages(
      {
        teamManager: 'Team Manager',
        serviceManager: 'Service Manager',
        headOfService: 'Head of Service',
        meetingChair: 'Head of Service for Quality Assurance',
        assistantDirector: 'Assistant Director',
        director: 'Director',
      },
      ['Social Worker'],
      MOSAIC_STAGE_1,
      [],
      'The IRO will consult with their line manager before initiating a Formal Escalation or dispute resolution process within MOSAIC.',
    ),
    {
      key: 'cafcass',
      label: 'Referral to Cafcass',
      recipientRole: 'Cafcass',
      responseTime: null,
      kind: 'external-referral',
      // An IRO's referral to Cafcass (regulation 45) concerns looked-after children: rules.cafcass decides who may reach it.
      cafcassReferral: true,
      notes: [
        'The IRO has the power to refer the matter to Cafcass at any point in the dispute resolution process (regulation 45) and may make a concurrent referral.',
        'Timescale table: Escalation to Cafcass, at any time (Stage 5).',
      ],
    },
  ],
};

const TRANSITION_NOTE =
  'Send the escalation information to Adult Services in an email; transfer the response into the Liquid Logic form.';

const transition: LadderInput = {
  key: 'transition',
  label: 'Young people in transition to Adult Services (IRO)',
  cohorts: ['transition'],
  informal: {
    label: 'Informal stage or Alert',
    recipientRole: 'Adult Services worker',
    responseTime: { workingDays: 5 },
    notes: ['Timescales are the same as for children’s services.', TRANSITION_NOTE],
  },
  stages: formalStages(
    {
      teamManager: 'Adult Services Team Manager',
      serviceManager: 'Adult Services Service Manager',
      headOfService: 'Adult Services Head of Service',
      meetingChair: 'Head of Service for Quality Assurance',
      assistantDirector: 'Adult Services Assistant Director',
      director: 'Adult Services Director',
    },
    ['Service Manager (children’s services)', 'Head of Service (children’s services)'],
    ['The IRO opens the escalation on Liquid Logic and alerts the service manager and head of service in the relevant children’s services.'],
    [TRANSITION_NOTE],
  ),
};

export const haringeyProfile: ProfileInput = {
  id: 'haringey',
  name: 'Haringey escalation and dispute resolution (CP Chairs and IROs)',
  authority: 'London Borough of Haringey',
  source:
    'seeds/001_a8f103f2818dd8be.txt – Children subject to a child protection plan escalation process; Looked after children dispute resolution',
  ladders: [childProtection, lookedAfter, transition],
  overallTarget: { workingDays: 20, from: 'first-formal-stage' },
  categories: haringeyCategories,
  outcomes: [],
  rules: {
    bypass: { allowed: true, reasonRequired: true },
    extensions: { allowed: true, maxWorkingDays: null },
    cafcass: { allowed: true, cohorts: ['looked-after'], concurrent: true, atAnyPoint: true },
    themedConcerns: false,
  },
  // "All formal escalations must be … summarised in an email which must include: Description of the concerns and
  // the impact on the child; What action is required in response; Deadline for the response", "The email should
  // include key theme(s) & required outcome for the child", "(CC the Social Worker so they are aware)".
  email: { includes: ['summary', 'impact', 'themes', 'action', 'outcome', 'deadline'], ccSocialWorker: true },
  notes: [
    'Informal targets: for child protection "If the matter is not resolved within 10 working days, or an earlier timescale that is appropriate to the child\'s needs, the CP Chair should consider using the Formal Escalation Process"; for looked-after children "Where resolution to these matters is not agreed within 5 working days, then consideration must be given to progressing to a formal stage". So the CP ladder\'s informal stage is 10 working days and the looked-after (and transition) informal stage is 5.',
    'Two numberings: the narrative has "Stage 1: Team Manager", "Stage 2: Service Manager", "Stage 3: Head of Service", then a Dispute Resolution Meeting ("Stage 4: Assistant director or CAFCASS" for looked-after children); the timescale tables read "Team manager and service manager 5 days (Stage 1); Head of service 5 days (Stage 2); Assistant director 5 days (Stage 3); Director 8 days (Stage 4)" (and "Escalation to Cafcass At any time (Stage 5)"). Both ladders follow the narrative and continue with the table\'s Assistant Director (5) and Director (8); those two are labelled by role, without a number, so neither numbering is misquoted.',
    'Dispute Resolution Meeting: "If the IRO considers the response to be unsatisfactory then a Dispute Resolution Meeting should be convened within 5 working days chaired by either Assistant Director or Head of Service for Quality Assurance" (CP) and "chaired by the head of service for Quality Assurance" (looked-after). It is a conditional step of Stage 3: it opens, with its own 5 working day clock, only when the chair judges the Head of Service\'s response unsatisfactory, and is skipped otherwise (earlier versions of this profile made it a stage every escalation passed through; escalations already at that stage keep it). Where the Assistant Director chaired the meeting, the chair may bypass the Assistant Director stage.',
    'Timescale tables say "5 days" and "8 days" without "working". The narrative gives every stage as "5 working days", so the table\'s days are read as working days: the Director has 8 working days.',
    'Overall limit: "The Formal Escalation of Concern process within each local authority should have timescales in total of no more than 20 working days" appears in the looked-after section; the child protection section is silent. The profile-wide target is 20 working days from the first formal stage (Stages 1–3 and the meeting total 20) and applies to both ladders.',
    'Transition: "If the criteria for initiating an escalation is related to transition arrangements for a young person, the IRO will open the escalation on Liquid Logic, and will send the escalation information to the Adult Services in an email" and "The timescales will be the same as for children\'s services; the IRO will alert the service manager and head of service in the relevant children\'s services of their actions." The document names no adult services roles, so the transition ladder mirrors the looked-after ladder with Adult Services recipients and copies the children\'s services Service Manager and Head of Service. It has no Cafcass stage (Cafcass referrals are for looked-after children; a young person who is still looked after can be escalated on the looked-after ladder).',
    'Categories: the child protection section has two lists ("Criteria for initiating an escalation are summarised in the following categories" and "Child Protection Conference Categories of Concern which may result in a formal escalation"); both are child-protection categories. The looked-after list in section 9 applies to looked-after and transition escalations; its "Additional reasons an IRO may initiate the dispute resolution process … (NB: this is an indicative list, not an exhaustive one)" become the indicators of one further category. The collaborative audit paragraph ("able to request that a collaborative audit is completed … made to the head of service for quality assurance and professional standards") is a separate request, not a category.',
    'Outcomes: the document asks for the "required outcome for the child" in the stage 1 email but lists none, so this profile has no outcome list.',
    'Bypass: "The IRO may bypass any stage and progress the dispute to the level s/he considers most appropriate" (looked-after section; the CP section is silent). Bypass is allowed on every ladder with the reason recorded.',
    'Extensions: "Once the escalation has been raised, the CP Chair [IRO] can consider requests from managers for further time to provide a resolution to the escalation, before further escalation to the next stage." Extensions are allowed with no stated limit.',
  ],
};
