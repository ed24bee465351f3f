import type { ProfileInput } from '../schema';
import { devonCategories } from './devon-categories';

/**
 * seeds/003: Devon Quality Assurance, Reviewing and Safeguarding Service (QARSS) Resolution and
 * Escalation Protocol. The RAG rating, not the stage, sets the response time at every stage.
 */

type StageInput = ProfileInput['ladders'][number]['stages'][number];

const SAME_DAY = 'The Reviewing Officer will notify the person to whom the escalation is referred by phone and email the same day as the escalation is raised.';
const FEEDBACK =
  'The person to whom the issue is referred must give feedback within the prescribed RAG rating timescale on what action has been taken, recorded on the I3.';

function stage(n: number, role: string, quote: string, extra: string[] = []): StageInput {
  return {
    key: `stage-${n}`,
    label: `Stage ${n}: ${role}`,
    recipientRole: role,
    // The RAG level replaces this at every stage; GREEN's 5 working days is kept as the fallback.
    responseTime: { workingDays: 5 },
    kind: 'written-response',
    notes: [quote, SAME_DAY, FEEDBACK, ...extra],
    // "this meeting may need to run concurrently with differing stages in order to prevent delay – but continues to
    // offer the opportunity of exiting the escalation protocol if resolution achieved": alongside every stage, with no
    // timescale of its own, never holding up the RAG clock.
    steps: [
      { key: 'response', label: 'Feedback on the action taken', kind: 'response', time: { workingDays: 5 } },
      { key: 'resolution-meeting', label: 'Resolution meeting/discussion', kind: 'meeting', time: null, alongside: true },
    ],
  };
}

export const devonProfile: ProfileInput = {
  id: 'devon',
  name: 'QARSS Resolution and Escalation Protocol',
  authority: 'Devon County Council',
  source: 'seeds/003_85164e4d444ba9d9.txt – Quality Assurance, Reviewing and Safeguarding Service (QARSS) Resolution and Escalation Protocol',
  ladders: [
    {
      key: 'reviewing-officers',
      label: 'Reviewing Officer resolution and escalation (IROs and ISROs)',
      cohorts: ['looked-after', 'child-protection'],
      informal: {
        label: 'Resolution Meeting',
        recipientRole: 'Social Worker and manager',
        responseTime: null,
        notes: [
          'Meeting/discussion involving the person who originally raised the concern, Social Worker and Reviewing Officer. A collective decision needs to be made on who this will involve; consider how the child and family’s voice can hold a space in this discussion.',
          'It considers: What has happened? What were you thinking, and how were you feeling? Who has been affected? What do you need so you can move forward? So, what needs to happen now, what can you do, by when? Clarity of next steps if a resolution cannot be met.',
          'Timescales for holding a resolution meeting must not cause delay and place a child at continued risk. This meeting may need to run concurrently with differing stages in order to prevent delay – but continues to offer the opportunity of exiting the escalation protocol if resolution achieved.',
          'Where a change of plan or approach has been agreed at an early stage, record it on a Resolution and Escalation form on the child’s electronic file and re-assign it to the Team Manager.',
        ],
      },
      stages: [
        stage(1, 'Team Manager', 'Concern has not been fully resolved at early resolution and/or requires the attention of the Team Manager.'),
        stage(2, 'Area Manager', 'Concern that has not been fully resolved at early resolution and/or requires the attention of an Area Manager.'),
        stage(3, 'Locality Director', 'Concern that has not been fully resolved in previous stages and/or requires the attention of a Locality Director.'),
        {
          ...stage(4, 'Head of Service', 'Concern that has not been fully resolved in previous stages and/or requires the attention of the Head of Service.', [
            'Escalation of a concern to this stage requires discussion with the QARSS UNIT Operations Manager in the first instance.',
          ]),
          // The same sentence as a precondition: shown on the form that moves it to Stage 4, refused until recorded.
          requires: [
            {
              key: 'operations-manager',
              kind: 'discussion',
              role: 'QARSS Unit Operations Manager',
              text: 'Escalation of a concern to this stage requires discussion with the QARSS UNIT Operations Manager in the first instance.',
            },
          ],
        },
      ],
    },
  ],
  urgency: {
    label: 'Urgency RAG Rating',
    defaultLevel: 'green',
    overridesStageTimes: true,
    levels: [
      {
        key: 'green',
        label: 'GREEN. Low risk',
        colour: '#2e7d32',
        responseTime: { workingDays: 5 },
        description:
          'Concerns regarding compliance and/or the quality of assessment, planning, participation, management or other practice, that do not meet the threshold for AMBER or RED rating.',
      },
      {
        key: 'amber',
        label: 'AMBER. Moderate risk',
        colour: '#b45309',
        responseTime: { workingDays: 3 },
        description: 'Significant welfare concerns about a child, but immediate and urgent action is NOT require',
      },
      {
        key: 'red',
        label: 'RED. High or Immediate Risk',
        colour: '#c62828',
        responseTime: { hours: 24 },
        description: 'Urgent safeguarding concerns about a child requiring immediate action to ensure their safety.',
      },
    ],
  },
  overallTarget: { workingDays: 20, from: 'first-formal-stage' },
  categories: devonCategories,
  outcomes: [],
  rules: {
    bypass: { allowed: true, reasonRequired: true },
    extensions: { allowed: true, maxWorkingDays: null },
    cafcass: { allowed: true, cohorts: ['looked-after'], concurrent: true, atAnyPoint: true },
    themedConcerns: true,
  },
  notes: [
    'Urgency: "The following status rating will be used to help communicate the urgency of the escalation AT EACH STAGE and governs the required response time from the person to whom the concern has been referred": GREEN within 5 working days, AMBER within 3 working days, RED within 24 hours (24 elapsed hours). The level replaces the stage timescale at every stage; each stage keeps 5 working days only as a fallback should no level be recorded.',
    'Default level: the protocol names none. GREEN is the default because it covers concerns "that do not meet the threshold for AMBER or RED rating"; the chair chooses AMBER or RED when raising.',
    'Resolution meeting: "Timescales for holding a resolution meeting must not cause delay and place a child at continued risk." No number is given, so the informal stage has no timescale of its own; "There are many reasons why an IRO may bypass this stage".',
    'Overall limit: "In all escalations, a resolution should be achieved within 20 working days or a timescale that protects the child from harm (whichever is less)." The 20 working days run from the first formal stage, because the escalation protocol begins "where early resolution approaches have not been successful"; a shorter, child-protective limit is the chair\'s judgement.',
    'Bypass: "the ISRO/IRO may bypass any of the stages if the urgency or seriousness of the concern demands a more senior response. Informing the social worker and manager of this decision, before it is enacted where possible." A bypass needs a recorded reason; a bypass to Stage 4 (Head of Service) still "requires discussion with the QARSS UNIT Operations Manager in the first instance".',
    'Cafcass: "The IRO Reviewing Officer may refer the issue to CAFCASS at any point in the process. They may also consider the option of a concurrent referral to CAFCASS." Referral is allowed at any point and concurrently, for children in care.',
    'Themed concerns: concerns that "indicate a pattern or theme beyond an individual child, should be recorded on the Themed Concern Tab on the I3, re-assigned to the QARSS Manager" who escalates "directly to the Senior Safeguarding Manager"; escalation of themed concerns follows "consultation with the wider QARSS Manager". Themed concerns are enabled; the same timeliness applies.',
    'Cohorts: the protocol covers Reviewing Officers, "IRO or ISRO", so one ladder serves looked-after children and children subject to a child protection plan.',
    'Categories: the 15 headings from "Recording", each with the Appendix A indicators ("examples and are not exhaustive"). The appendix table lost its grid in conversion; "(this may include single assessment, s.47, …)" follows "Assessments not completed" and is kept as guidance for the whole heading.',
    'AMBER guidance is quoted as written ("immediate and urgent action is NOT require").',
    'Outcomes: the protocol lists no expected outcomes, so this profile has none.',
    'Extensions: the protocol is silent ("adherence to this procedure in regard to the time frames is essential"); an extension can be granted but must be recorded with a reason.',
  ],
};
