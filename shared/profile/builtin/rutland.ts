import type { ProfileInput } from '../schema';
import { iroHandbookCategoriesFor, iroHandbookOutcomes } from './generic-categories';

/**
 * seeds/004: Rutland, raising concerns about Child Protection Plans (Independent Chairs' escalation
 * process). Six stages as in the document's table: three by form, two meetings, then CAFCASS.
 */

type CategoryInput = ProfileInput['categories'][number];

const QA = 'Quality Assurance Manager';
const TRACKER =
  'Log the concern in the IRO Escalation Tracker and save a copy of the completed alert form in the same folder; tell the next Child Protection Conference about any escalation alerts since the previous meeting.';

/** "examples of situations where an Independent Chair might have concerns and initiate the escalation process". */
const cpCategories: CategoryInput[] = [
  {
    key: 'cp-plan-decisions-not-carried-out',
    label: 'Significant decisions of the Child Protection Plan not being carried out by the social worker and Core Group',
    guidance:
      'If recommendations have not been met the social worker and Core Group must give a reasoned explanation of why this has not happened and alternative actions that may have taken place.',
    cohorts: ['child-protection'],
  },
  {
    key: 'cp-poor-partnership-working',
    label: 'Evidence of poor partnership working amongst agencies which has compromised the effectiveness of the Child Protection Plan',
    cohorts: ['child-protection'],
  },
  {
    key: 'cp-sw-report-below-standard',
    label: "A social worker's report being assessed as not meeting the required standard to contribute to effective decision making about the safeguarding of a child",
    guidance:
      'The SW report must be available 2 days prior to an Initial Child Protection Conference and 3 days prior to a Review Child Protection Conference. The report must always be endorsed by a manager in line with the above timescales.',
    cohorts: ['child-protection'],
  },
  {
    key: 'cp-visits-not-taking-place',
    label: 'Social worker visits to the child/ren not taking place or not being within the expected timescales',
    cohorts: ['child-protection'],
  },
  {
    key: 'cp-core-groups',
    label: 'Core Group Meetings not having taken place or not within the prescribed timescales, or not being effective in progressing the plan',
    cohorts: ['child-protection'],
  },
];

export const rutlandProfile: ProfileInput = {
  id: 'rutland',
  name: 'Independent Chairs escalation (dispute resolution) process',
  authority: 'Rutland County Council',
  source: 'seeds/004_f1e9d83e60320f9f.txt – Rutland: raising concerns about Child Protection Plans (Independent Chair dispute resolution process)',
  ladders: [
    {
      key: 'dispute-resolution',
      label: 'Dispute resolution process',
      cohorts: ['child-protection', 'looked-after'],
      informal: null,
      stages: [
        {
          key: 'stage-1',
          label: 'Stage 1: Team Manager',
          recipientRole: 'Team Manager',
          responseTime: { workingDays: 5 },
          kind: 'written-response',
          notes: [
            'Team Manager (with line management responsibility for the worker).',
            'Before escalating, discuss the concerns with the Service Manager (and, if they disagree, the Head of Service); the Independent Chair may still choose to escalate.',
            'Submit the IRO Stage 1 Escalation Form (Appendix 2). A response is required within 5 working days of receipt of the alert.',
            TRACKER,
          ],
        },
        {
          key: 'stage-2',
          label: 'Stage 2: Service Manager',
          recipientRole: 'Service Manager',
          responseTime: { workingDays: 5 },
          kind: 'written-response',
          notes: ['Submit the IRO Stage 2 Escalation Form (Appendix 3). A response is required within 5 working days of receipt of the alert.', TRACKER],
        },
        {
          key: 'stage-3',
          label: 'Stage 3: Head of Service',
          recipientRole: 'Head of Service',
          responseTime: { workingDays: 5 },
          kind: 'written-response',
          notes: ['Submit the IRO Stage 3 Escalation Form (Appendix 4). A response is required within 5 working days of receipt of the alert.', TRACKER],
        },
        {
          key: 'stage-4',
          label: 'Stage 4: Director for People',
          recipientRole: 'Director for People',
          responseTime: { calendarDays: 10 },
          kind: 'meeting',
          copyTo: [QA],
          notes: [
            'Stage 4 will be managed through a meeting, which should be chaired by the Director for People. The meeting should be independently minuted.',
            'All key personnel should be invited to the meeting (worker, team manager, service manager and Head of Service).',
            'The Independent Chair will not attend the meeting, but provides a written statement of the alert (Appendix 5) detailing the action required to prevent the matter progressing to stage 5.',
            'The Director for People has 10 days to hold the meeting and submit a response to the QA Manager.',
          ],
          // "The Independent Chair will not attend the meeting, but is required to provide a written statement of the
          // alert (using Appendix 5)" and "The Director for People has 10 days to hold and meeting and submit a
          // response to the QA Manager": the statement alongside, then the meeting and the response, both by day 10.
          steps: [
            { key: 'statement', label: 'Written statement of the alert (Appendix 5)', kind: 'letter', time: null, alongside: true, by: 'Independent Chair' },
            { key: 'meeting', label: 'Meeting chaired by the Director for People', kind: 'meeting', time: { calendarDays: 10 } },
            { key: 'response', label: 'Response to the QA Manager', kind: 'response', time: { calendarDays: 0 } },
          ],
        },
        {
          key: 'stage-5',
          label: 'Stage 5: Independent Chair of the LSCB',
          recipientRole: 'Independent Chair of the LSCB',
          responseTime: { workingDays: 10 },
          kind: 'meeting',
          copyTo: [QA],
          enteredBy: { appRoles: ['qa-manager'], text: 'If the IRO is not satisfied with the response at stage 4, the QA manager can move to stage 5.' },
          notes: [
            'If the IRO is not satisfied with the response at stage 4, the QA manager can move to stage 5.',
            'A meeting with the Independent Chair of the LSCB, Director for People, QA Manager and, if relevant, the IRO.',
            'If a satisfactory response is not obtained within 10 working days, the QA Manager has the option to hand this over to CAFCASS.',
          ],
        },
        {
          key: 'stage-6',
          label: 'Stage 6: CAFCASS',
          recipientRole: 'CAFCASS',
          responseTime: null,
          kind: 'external-referral',
          // An IRO's referral to Cafcass (regulation 45) concerns looked-after children: rules.cafcass decides who may reach it.
          cafcassReferral: true,
          enteredBy: { appRoles: ['qa-manager'], text: 'If a satisfactory response is not obtained within 10 working days, the QA Manager has the option to hand this over to CAFCASS.' },
          copyTo: [QA],
          notes: ['The QA Manager has the option to hand this over to CAFCASS, following the dispute resolution process (looked-after children only).'],
        },
      ],
    },
  ],
  categories: [...cpCategories, ...iroHandbookCategoriesFor(['looked-after'])],
  outcomes: iroHandbookOutcomes,
  rules: {
    bypass: { allowed: true, reasonRequired: true, toStageKeys: ['stage-3', 'stage-4'] },
    extensions: { allowed: true, maxWorkingDays: null },
    cafcass: { allowed: true, cohorts: ['looked-after'], concurrent: true, atAnyPoint: true },
    themedConcerns: false,
  },
  notes: [
    'Stage 4 timescale: "The Director for People has 10 days to hold and meeting and submit a response to the QA Manager." The same section says "within 5 working days of receipt of the alert" for stages 1–3 and "within 10 working days" for stage 5, so the plain "10 days" here is read as 10 calendar days (the earlier, safer due date), not working days.',
    'Number of stages: the text says "There are four stages to the dispute resolution process" but its table lists six (Team Manager, Service Manager, Head of Service, Director for People, Independent Chair of the LSCB, CAFCASS) and the text goes on to describe stages 5 and 6, so the ladder has six stages.',
    'Stages 4 and 5 are meetings: "Stage 4 will be managed through a meeting, which should be chaired by the Director for People" and stage 5 "will involve a meeting with the Independent Chair of the LSCB". At stage 5 and 6 it is the QA Manager who moves the escalation on ("the QA manager can move to stage 5"; "the QA Manager has the option to hand this over to CAFCASS"). The QA Manager is copied on stages 4–6.',
    'Bypass: "The Independent Chair has the discretion to proceed directly to stage 3 and 4 in more serious or urgent cases." A bypass may only jump to stage 3 or stage 4, with the reason (serious or urgent) recorded.',
    'Informal stage: none. "If an Independent Chair is considering using the escalation process, they should in the first instance discuss the concerns with the Service Manager" is a threshold discussion before stage 1, not an informal resolution with the case holder, so it is a Stage 1 note.',
    'Day 0: "a response is required within 5 working days of receipt of the alert"; the alert is taken to be received on the day it is sent.',
    'Cohorts: the document is about Child Protection Plans but names "IRO Escalation Form"s, says "If the IRO is not satisfied" and ends with CAFCASS, so the same ladder serves looked-after children. CAFCASS referrals concern looked-after children only; the IRO\'s statutory power to refer at any point (regulation 45) is kept, so referral is allowed at any point, although the document places it after stage 5.',
    'Categories: for child protection, the document\'s examples of situations where an Independent Chair might initiate the escalation process ("may include", so "Other" is kept); for looked-after children, which the document does not list, the IRO Handbook categories as on the LCS form, with their expected outcomes.',
    'Appendix numbering: the document links "Appendix 5" for the stage 4, 5 and 6 forms; the stage 4 written statement is Appendix 5.',
    'Extensions: the document is silent; an extension can be granted, recorded with a reason.',
    'Names of roles: the LSCB (Local Safeguarding Children Board) names are as the document has them, although LSCBs were replaced by local safeguarding partnerships in 2019. To use today\'s name, an administrator copies this profile in Settings → Protocol profiles (the profile editor), changes the stage 5 label and recipient role (for example "Independent Scrutineer of the Safeguarding Partnership") and makes the copy the active procedure; escalations already open keep the words they were raised under.',
  ],
};
