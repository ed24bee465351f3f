import type { Cohort, ProfileInput } from '../schema';

type CategoryInput = ProfileInput['categories'][number];

/**
 * seeds/001 (Haringey): the criteria lists, worded as in the document (labels lose their trailing ";",
 * runs of spaces are collapsed). Child protection and looked-after lists are cohort-specific because
 * the document gives each cohort its own list; transition escalations use the looked-after list.
 */

const CP: Cohort[] = ['child-protection'];
const LAC: Cohort[] = ['looked-after', 'transition'];
const FORMAL_CP = 'Child Protection Conference Category of Concern which may result in a formal escalation.';

/** "Criteria for initiating an escalation are summarised in the following categories" (CP section). */
const cpCriteria: CategoryInput[] = [
  {
    key: 'cp-conference-decisions',
    label: 'Non completion of child protection conference decisions',
    guidance:
      'There is a significant concern that the child protection plan is not being progressed within a reasonable timescale and this is causing significant delay for the child to have increased signs of safety.',
    cohorts: CP,
  },
  {
    key: 'cp-human-rights-participation',
    label: 'Issues of human rights/Participation of the child, their family and professionals',
    guidance:
      'There are worries that children and their families are not actively included in the preparation, recommendations and decision making process of the child protection conference and core group meetings. Children and their families have not had the child protection process explained, options to attend with an advocate have not been provided, their wishes, views and feelings have not been obtained and where the conference report has not been shared.',
    cohorts: CP,
  },
  {
    key: 'cp-allocation-of-social-worker',
    label: 'Allocation of social worker',
    guidance:
      'Children and their families have not been provided with a stable and consistent social worker. The allocated social worker has changed more than twice without consideration of the needs of the child. There have been difficulties in the transition between social work teams, such as delays in allocation. A child raises a concern or a complaint about their allocated social worker’s practice.',
    cohorts: CP,
  },
  {
    key: 'cp-endorsement-of-plan',
    label: 'Endorsement of protection plan',
    guidance:
      'Not keeping the CP Chair informed of significant events, or failing to consult the CP Chair of significant changes that need to be made to the CP Plan, disagreement with all or part of the CP Plan.',
    cohorts: CP,
  },
  {
    key: 'cp-signs-of-safety',
    label: 'Signs of safety practice framework and expectations',
    guidance:
      'The social worker has not applied the signs of safety principles, expectations and bottom lines for preparing for a child protection conference.',
    cohorts: CP,
  },
  {
    key: 'cp-statutory-requirements',
    label: 'Statutory requirements not fulfilled',
    guidance:
      'The social worker visits and core group meetings are not being held regularly.',
    cohorts: CP,
  },
  {
    key: 'cp-pre-proceedings-plan',
    label: 'Pre-proceedings plan',
    guidance:
      'There are worries that the pre-proceedings process is not clear about the expectations to parents/carers about how to make improvements in their parenting capacity. The social worker is not reviewing the pre-proceedings plan and the plan is not helping to reduce worries and increase safety for children.',
    cohorts: CP,
  },
  {
    key: 'cp-cmr-panel',
    label: 'Case management review (CMR) panel',
    guidance:
      'The child protection plan has been in place for 6 months or more and the recommendation is for the child protection plan to continue beyond this time. There is no clear plan about the expectations of what needs to be different for the children, for the child protection plan to no longer be needed.',
    cohorts: CP,
  },
  {
    key: 'cp-service-provision',
    label: 'Non provision/lack of provision/delay in provision of service',
    guidance:
      'The child protection cannot be progressed due to the identified resources not being available to help improve the safety of the child and to help progress the child protection plan.',
    cohorts: CP,
  },
];

/** "Child Protection Conference Categories of Concern which may result in a formal escalation". */
const cpFormalCategories: CategoryInput[] = [
  {
    key: 'cp-safeguarding-risk',
    label:
      'Significant safeguarding concern or escalated risk that has not been re-assessed',
    guidance: FORMAL_CP,
    cohorts: CP,
  },
  {
    key: 'cp-visits-core-groups',
    label:
      'Failure to visit or hold regular core groups as required by regulations/internal protocol',
    guidance: FORMAL_CP,
    cohorts: CP,
  },
  {
    key: 'cp-key-documentation',
    label:
      "Key documentation missing e.g. pre-CPC social worker's report, core group minutes, updated CP Plan, updated Single Assessment (when required), updated chronology of significant events, updated personal details for family members, pre-ICPC invitation list with accurate names and addresses",
    guidance: FORMAL_CP,
    cohorts: CP,
  },
  {
    key: 'cp-plan-actions-sw-partners',
    label:
      'Non-implementation of Child Protection Plan actions by SW or partners',
    guidance: FORMAL_CP,
    cohorts: CP,
  },
  {
    key: 'cp-plan-actions-family-professional',
    label:
      'Non-implementation of Child Protection Plan actions by family or other professional (state which agency) that has not been challenged or addressed in a timely way',
    guidance: FORMAL_CP,
    cohorts: CP,
  },
];

/** "9. Criteria for initiating an escalation are summarised in the following categories" (looked-after). */
const lacCriteria: CategoryInput[] = [
  {
    key: 'lac-review-decisions',
    label: 'Non completion of Looked After Review Decisions',
    guidance:
      'Where there is a significant concern that the care plan is not being progressed within a reasonable timescale and this is causing significant delay for the child.',
    cohorts: LAC,
  },
  {
    key: 'lac-human-rights',
    label: 'Issues of Human Rights',
    guidance:
      "Non participation of the child and parents in decision making (where appropriate) e.g. sharing the pre-meeting report, not seeking advice before any change of placement; discriminatory practice; not informing the child of their rights and advocacy; not seeking parent's consent and restricting contact between children and their families, where a child is being cared for by the local authority in accordance with the Children Act 1989 section 20.",
    cohorts: LAC,
  },
  {
    key: 'lac-allocation-of-social-worker',
    label: 'Allocation of social worker',
    guidance:
      'Children have not been provided with a stable and consistent social worker. The allocated social worker has changed more than twice without consideration of the needs of the child. There have been difficulties in the transition between social work teams, such as delays in allocation. A child raises a concern or a complaint about their allocated social worker’s practice.',
    cohorts: LAC,
  },
  {
    key: 'lac-signs-of-safety',
    label: 'Signs of safety practice framework and expectations',
    guidance:
      'The social worker has not applied the signs of safety principles, expectations and bottom lines for looked after children team.',
    cohorts: LAC,
  },
  {
    key: 'lac-permanency-planning',
    label: 'Concerns regarding permanency planning',
    guidance:
      'There has been inadequate, insufficient and/or delayed assessments; drift/delay in family finding, legal planning and lack of contingency planning.',
    cohorts: LAC,
  },
  {
    key: 'lac-progress-of-child',
    label: 'Concerns about progress of the child',
    guidance:
      'There are worries about the quality/appropriateness of the placement, access to and arrangements for education, health, contact, emotional and behavioural support and leisure activities. There has been insufficient preparation for moves or independent living, and inadequate life story work completed.',
    cohorts: LAC,
  },
  {
    key: 'lac-endorsement-of-care-plan',
    label: 'Endorsement of care plan',
    guidance:
      'The social worker/manager has not kept the IRO informed of significant events, or has not consulted the IRO of significant changes that are to be made to the care plan, including court care plans; disagreement with all or part of the care plan.',
    cohorts: LAC,
  },
  {
    key: 'lac-statutory-requirements',
    label: 'Statutory requirements not fulfilled',
    guidance:
      'The social work visits, health assessments; personal educational plan (PEP), pathway plans and permanency planning meetings are not being completed in accordance with statutory requirements. The health summary has not been received in time for the last looked after child review.',
    cohorts: LAC,
  },
  {
    key: 'lac-cmr-panel',
    label: 'Case management review (CMR) panel',
    guidance:
      'There is no reunification plan for children who have been accommodated under Children Act 1989 section 20. The young person’s request to discharge from care form has not been completed and signed by the director of children’s services.',
    cohorts: LAC,
  },
  {
    key: 'lac-service-provision',
    label: 'Non provision/lack of provision/delay in provision of service',
    guidance:
      'The care plan cannot be progressed due to the identified resources not being available to help improve the success of the child and to help achieve appropriate permanency or rehabilitation home to their parent or wider network of family and friends.',
    cohorts: LAC,
  },
  {
    key: 'lac-voice-of-child',
    label: 'Voice of the child is not evident and life story work has not been completed',
    guidance:
      'There has been no planning or completion of life story work completed within 1 month of the child coming into care and life story work has not been routinely completed to reflect the child’s family history, experiences and memories.',
    cohorts: LAC,
  },
  {
    key: 'lac-other-reasons',
    label: 'Additional reasons an IRO may initiate the dispute resolution process',
    guidance: 'NB: this is an indicative list, not an exhaustive one.',
    indicators: [
      'Where there are disagreements about roles and responsibilities.',
      'When there is a lack of action or delay in following up serious incidents',
      'Where there is a lack of planning or communication between partis/professionals.',
      'Incomplete or inadequate Care Plans: Care plan not completed or signed off in Mosaic and so work flow stalled; Care Plan or Pathway Plan of poor quality.',
      'Drift or delay in care planning: Drift/delay in legal planning or permanency decisions including a lack of consultation when changing the Care Plan.',
      "Safeguarding concerns including missing episodes, criminal exploitation or CSE risk: Non participation of child and parents in decision making e.g. before any change of placement; discriminatory practice; not informing child of rights and advocacy; not seeking parent's consent/restricting their contact if child on Section 20 etc.",
      'Concerns Around Social Work Provision: Delay in allocating cases; lack of stability and/or consistency of social work input; social work absence; child raises concerns; discriminatory practice; frequent transition between social workers/teams/services.',
      'Placement Concerns including poor placement planning; quality or appropriateness of placement.',
      'Education: Lack of educational progress; inadequate or inappropriate education provision.',
      'Health: Health issues not being addressed; health, emotional or behaviour support needed.',
      'Lack of effective 18+ planning: Including staying put decision making.',
      'Action and effectiveness of management: Including timeliness and evidence of decision-making.',
      'Non completion of review decisions',
    ],
    cohorts: LAC,
  },
];

export const haringeyCategories: CategoryInput[] = [...cpCriteria, ...cpFormalCategories, ...lacCriteria];

