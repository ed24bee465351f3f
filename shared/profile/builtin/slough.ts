import type { ProfileInput } from '../schema';
import { iroHandbookCategories, iroHandbookOutcomes } from './generic-categories';

/**
 * seeds/002: Slough Children's Services Trust, Reviewing Service Escalation and Dispute Resolution
 * Protocol. One ladder for Independent Chairs (IROs and CP Chairs).
 */

const ON_ICS = (role: string) =>
  `Completed on the form within ICS; the ${role} receives it via their work tray and a separate email alerts them that a formal challenge has been made. The ${role} replies by completing their section of the form and tasking it back to the Independent Chair.`;
const REVIEW =
  'On receiving the response the Independent Chair either agrees the issue is resolved (signs off and finalises the form) or identifies that it is not resolved.';

export const sloughProfile: ProfileInput = {
  id: 'slough',
  name: 'Reviewing Service Escalation and Dispute Resolution Protocol',
  authority: "Slough Children's Services Trust",
  source: "seeds/002_eb32bfe1ea960aaf.txt – Slough Children's Services Trust: Reviewing Service Escalation and Dispute Resolution Protocol",
  ladders: [
    {
      key: 'independent-chairs',
      label: 'Independent Chair escalation (IROs and CP Chairs)',
      cohorts: ['looked-after', 'child-protection'],
      informal: {
        label: 'Informal stage: Independent Chair Informal Challenge',
        recipientRole: 'Social Worker / ATM',
        responseTime: null,
        notes: [
          'The Independent Chair will raise an issue or concern informally with the social worker / ATM and aim to seek resolution informally.',
          'Make a case note under Independent Chair Informal Challenge to record a discussion has taken place and what has been agreed.',
          'Resolved – no further action is required. Not resolved – escalate to formal stage one.',
        ],
      },
      stages: [
        {
          key: 'stage-1',
          label: 'Formal Stage 1: Assistant Team Manager (ATM)',
          recipientRole: 'Assistant Team Manager (ATM)',
          responseTime: { workingDays: 5 },
          kind: 'written-response',
          notes: [
            'Outline the areas of concern and what actions are required to address them.',
            ON_ICS('ATM'),
            'The ATM is expected to reply to the escalation within 5 working days.',
            `${REVIEW} If not resolved, contact the ATM to discuss further; if the issues cannot be resolved, escalate to stage two.`,
          ],
        },
        {
          key: 'stage-2',
          label: 'Formal Stage 2: Team Manager (TM)',
          recipientRole: 'Team Manager (TM)',
          responseTime: { workingDays: 5 },
          kind: 'written-response',
          notes: [
            'Outline the areas of concern, actions previously taken to try and resolve the issues, and what actions are required to address them.',
            ON_ICS('TM'),
            'The TM is expected to reply to the escalation within 5 working days.',
            `${REVIEW} If not resolved, contact the TM to discuss further; if the issues cannot be resolved, escalate to stage three.`,
          ],
        },
        {
          key: 'stage-3',
          label: 'Formal Stage 3: Head of Service (HOS)',
          recipientRole: 'Head of Service (HOS)',
          responseTime: { workingDays: 5 },
          kind: 'written-response',
          notes: [
            'Outline the areas of concern, actions previously taken to try and resolve the issues, and what actions are required to address them.',
            ON_ICS('HOS'),
            'The HOS is expected to reply to the escalation within 5 working days.',
            REVIEW,
            'Prior to an escalation to stage four a meeting will be set up with the Reviewing Service Manager, Head of Service QA and Safeguarding, Relevant Head of Service and Independent Chair to determine whether the issues can be resolved prior to a further escalation to stage four.',
          ],
          // "Prior to an escalation to stage four a meeting will be set up with the Reviewing Service": a step of
          // Stage 3, opened when the HOS's reply does not resolve it. The procedure sets it no timescale.
          steps: [
            { key: 'response', label: 'HOS reply', kind: 'response', time: { workingDays: 5 } },
            {
              key: 'meeting-before-stage-4',
              label: 'Meeting before Stage 4 (Reviewing Service)',
              kind: 'meeting',
              time: null,
              when: { step: 'response', outcome: 'unsatisfactory' },
              by: 'Reviewing Service Manager',
            },
          ],
        },
        {
          key: 'stage-4',
          label: 'Formal Stage 4: Assistant Director Operations (AD)',
          recipientRole: 'Assistant Director Operations (AD)',
          responseTime: { workingDays: 5 },
          kind: 'written-response',
          notes: [
            'Outline the areas of concern, actions previously taken to try and resolve the issues, and what actions are required to address them.',
            ON_ICS('AD'),
            'The AD is expected to reply to the escalation within 5 working days.',
            REVIEW,
            'At stage four, if the issues cannot be resolved by the AD, a meeting will be set up between the AD Operations, the AD Quality, Improvement, Performance and Practice, Reviewing Service Manager, Head of QA and Safeguarding and relevant Head of Service to determine the next steps in relation to the issues identified.',
          ],
          // "At stage four If the issues cannot be resolved by the AD a meeting will be set up …": the meeting after Stage 4.
          steps: [
            { key: 'response', label: 'AD reply', kind: 'response', time: { workingDays: 5 } },
            {
              key: 'meeting-after-stage-4',
              label: 'Meeting on next steps (ADs, Reviewing Service, Heads of Service)',
              kind: 'meeting',
              time: null,
              when: { step: 'response', outcome: 'unsatisfactory' },
              by: 'Reviewing Service Manager',
            },
          ],
        },
      ],
    },
  ],
  categories: iroHandbookCategories,
  outcomes: iroHandbookOutcomes,
  // seeds/002 "Addressing concerns about the Independent Chair / Reviewing Service", in its own words. The seed sets no
  // timescale for the formal response, so none is set here.
  chairConcerns: {
    label: 'Addressing concerns about the Independent Chair / Reviewing Service',
    stages: [
      {
        key: 'independent-chair',
        label: 'Spoken directly with the Independent Chair',
        handledBy: 'Independent Chair',
        notes: ['Where possible should any agency attending a CP Conference or a CLA Review have a concern or issue to raise regarding the review process or the Independent Chair; they should initially speak directly to the Independent Chair to address and resolve the concerns.'],
      },
      {
        key: 'reviewing-service-manager',
        label: 'Formal concern in writing to the Reviewing Service Manager',
        handledBy: 'Reviewing Service Manager',
        notes: ['If they remain unsatisfied with the outcome they can then put their concerns formally in writing to the Reviewing Service Manager. The concerns will be investigated and a formal response will be given to the agency raising the concern.'],
      },
      {
        key: 'head-of-performance-qa',
        label: 'Raised with the Head of Performance and Quality Assurance',
        handledBy: 'Head of Performance and Quality Assurance',
        notes: ['Should matters remain unresolved the concern will be raised with the Head of Performance and Quality Assurance who will carry out a further review / investigation where necessary.'],
      },
    ],
  },
  rules: {
    bypass: { allowed: true, reasonRequired: true, agreedWithRequired: true, agreedWithRole: 'Reviewing Service Manager' },
    extensions: { allowed: true, maxWorkingDays: null },
    // "this decision will be made in conjunction with the Reviewing Service Manager and the AD Quality, Improvement and Practice"
    cafcass: { allowed: true, cohorts: ['looked-after'], concurrent: true, atAnyPoint: true, agreedWithRoles: ['Reviewing Service Manager', 'AD Quality, Improvement and Practice'] },
    themedConcerns: false,
  },
  notes: [
    'Meetings: "Prior to an escalation to stage four a meeting will be set up with the Reviewing Service Manager, Head of Service QA and Safeguarding, Relevant Head of Service and Independent Chair" and "At stage four If the issues cannot be resolved by the AD a meeting will be set up … to determine the next steps". The protocol numbers only four formal stages and places both meetings inside the stage 3 and stage 4 sections, without timescales, so they are stage notes (recorded as meetings on those stages) rather than stages of their own.',
    'Bypass: "the Independent Chair may bypass earlier stages of the procedure and progress escalation to a higher level if concerns are significant and require urgent senior management intervention; this decision will be made in conjunction with the Reviewing Service Manager and the reasons for bypassing earlier stages clearly recorded." A bypass needs a reason and the name of the Reviewing Service Manager who agreed it.',
    'Cafcass: "The IRO has the power to refer the matter to Cafcass at any point in the dispute resolution process [regulation 45] and may consider it necessary to make a concurrent referral … this decision will be made in conjunction with the Reviewing Service Manager and the AD Quality, Improvement and Practice and reasons for doing so will be clearly recorded." Referral is allowed at any point and concurrently, for looked-after children; record the reason and who agreed it in the referral note.',
    'Informal stage: the protocol sets no timescale for the informal challenge, so it has none; the chair decides when to escalate.',
    'Categories and outcomes: the protocol lists none; it is to be read with "The IRO Handbook: Chapter 6", so the IRO Handbook categories and expected outcomes (as on the LCS form) are used. "The escalation process is not the appropriate mechanism to raise practice issues or concerns about individual social worker\'s behaviour / conduct": those are raised with the relevant manager for supervision, not escalated here.',
    'Extensions: the protocol is silent; a manager may be given more time, recorded with a reason.',
    'Overall timescale: none stated (four stages of 5 working days total 20).',
  ],
};
