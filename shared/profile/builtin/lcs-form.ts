import type { ProfileInput } from '../schema';

/**
 * seeds/000: "The Escalation of Concern (including Dispute Resolution) Form" used with LCS (Liquidlogic).
 * Labels, recipients, timescales, categories and outcomes are worded exactly as on the form.
 */

const SBM = 'Safeguarding Business Manager';

export const lcsFormProfile: ProfileInput = {
  id: 'lcs-form',
  name: 'Escalation of Concern (including Dispute Resolution) Form',
  authority: 'Local authority using LCS (Liquidlogic)',
  source: 'seeds/000_ad2d28298dc577e3.txt – The Escalation of Concern (including Dispute Resolution) Form',
  ladders: [
    {
      key: 'formal',
      label: 'Formal Escalation of Concern',
      cohorts: ['looked-after', 'child-protection'],
      informal: null,
      stages: [
        {
          key: 'stage-1',
          label: 'Stage 1',
          recipientRole: 'Team Manager/Deputy Team Manager',
          responseTime: { workingDays: 5 },
          kind: 'written-response',
          copyTo: [SBM],
          notes: [
            'Response expected within 5 working days.',
            'Response by Team Manager/Deputy Team Manager in consultation with Social Worker.',
            'If not resolved IRO to progress to Stage 2.',
          ],
        },
        {
          key: 'stage-2',
          label: 'Stage 2',
          recipientRole: 'Service Manager',
          responseTime: { workingDays: 5 },
          kind: 'written-response',
          copyTo: [SBM],
          notes: [
            'Response expected within 5 working days.',
            'Resolution of Alert (recorded by IRO in agreement with Service Manager).',
            'If not resolved IRO to progress to Stage 3.',
          ],
        },
        {
          key: 'stage-3',
          label: 'Stage 3',
          recipientRole: 'Head of Service/Director',
          responseTime: { workingDays: 5 },
          kind: 'written-response',
          copyTo: [SBM],
          notes: [
            'Response expected within 5 working days.',
            'Resolution of Alert (recorded by IRO in consultation with Head of Service/Director).',
            'If not resolved IRO to progress to Stage 4.',
          ],
        },
        {
          key: 'stage-4',
          label: 'Stage 4',
          recipientRole: 'Chief Executive & Elected Member',
          responseTime: { workingDays: 7 },
          kind: 'written-response',
          copyTo: [SBM],
          notes: [
            'Response expected within 7 working days.',
            'Resolution of Alert (recorded by IRO in consultation with Chief Executive/Elected Member).',
            'If not resolved IRO to progress to CAFCASS.',
          ],
        },
        {
          key: 'cafcass',
          label: 'CAFCASS',
          recipientRole: 'CAFCASS',
          responseTime: null,
          kind: 'external-referral',
          // An IRO's referral to Cafcass (regulation 45) concerns looked-after children: rules.cafcass decides who may reach it.
          cafcassReferral: true,
          copyTo: [SBM],
          notes: ['Referral to CAFCASS is made for looked-after children (IRO Handbook, regulation 45).'],
        },
      ],
    },
  ],
  categories: [
    { key: 'safeguarding', label: 'Significant safeguarding concern' },
    { key: 'permanence-drift', label: 'Significant drift in permanence planning' },
    { key: 'failure-to-visit', label: 'Failure to visit as required by regulations/internal protocol' },
    { key: 'failure-to-plan', label: 'Failure to plan as required by regulations/internal protocol' },
    {
      key: 'key-documentation-missing',
      label:
        'Key documentation missing e.g. care plan, placement plan, pep, health assessment, pathway plan, social work report, post adoption support plan',
    },
    { key: 'review-decisions-not-implemented', label: 'Non- implementation of review decisions' },
    { key: 'care-plan-changed-without-young-person', label: 'Change of care plan without consulting young person' },
    { key: 'care-plan-changed-without-iro', label: 'Change of care plan without consulting IRO' },
    { key: 'significant-event-not-reported', label: 'Failure to inform IRO of significant event between reviews' },
    { key: 'other', label: 'Other-specify' },
  ],
  outcomes: [
    { key: 'safeguarding-addressed', label: 'Safeguarding concern addressed- child now safe', categories: ['safeguarding'] },
    {
      key: 'permanence-on-track',
      label: 'Permanence planning back on track- child will have secure and loving home',
      categories: ['permanence-drift'],
    },
    {
      key: 'visits-on-track',
      label:
        'Visits as required by regulations/internal protocol now on track- child sees their social worker regularly and is building a relationship',
      categories: ['failure-to-visit'],
    },
    {
      key: 'plan-on-track',
      label:
        'Child’s Plan as required by regulations/internal protocol back on track- child and family/carers know what is planned for the child',
      categories: ['failure-to-plan'],
    },
    {
      key: 'documentation-recorded',
      label:
        'Key documentation now recorded in LCS and distributed to relevant parties e.g. care plan, placement plan, pep, health assessment, pathway plan, social work report, post adoption support plan –child and family/carers have the right information and LCS shows correct information',
      categories: ['key-documentation-missing'],
    },
    {
      key: 'review-decisions-implemented',
      label: 'Implementation of review decisions –child’s plan is on track',
      categories: ['review-decisions-not-implemented'],
    },
    {
      key: 'young-person-consulted',
      label: 'Young person has been consulted about change of care plan –child feels listened to and understood',
      categories: ['care-plan-changed-without-young-person'],
    },
    {
      key: 'iro-consulted',
      label:
        'IRO has been consulted about change of care plan- IRO is satisfied that the proposed change ensures the child’s welfare remains paramount and their assessed needs will be met',
      categories: ['care-plan-changed-without-iro'],
    },
    {
      key: 'iro-updated',
      label:
        'IRO has been updated about significant event between reviews –IRO is satisfied that the impact of the event on the child has been considered and action taken re any change/address any concerns arising &/ or early Review convened if event is significant and will need change of care plan',
      categories: ['significant-event-not-reported'],
    },
    { key: 'other', label: 'Other- specify', categories: ['other'] },
  ],
  rules: {
    bypass: { allowed: true, reasonRequired: true },
    extensions: { allowed: true, maxWorkingDays: null },
    cafcass: { allowed: true, cohorts: ['looked-after'], concurrent: true, atAnyPoint: true },
    themedConcerns: false,
  },
  notes: [
    'Informal stage: "This must be used to record a formal concern of the IRO or CP Chair & the response at each stage." The form has no informal stage, so this profile has none: escalations start at Stage 1. Informal resolution beforehand is recorded on the child\'s case notes (or use the IRO Handbook profile, which has an informal stage).',
    'One ladder: the form is used by "the IRO or CP Chair", so the same four stages serve looked-after children and children subject to a child protection plan.',
    'Stage 1 "To:" is blank on the form; the response box reads "Response by Team Manager/Deputy Team Manager in consultation with Social Worker", so that is the recipient.',
    'Stage 3 "To: (Head of Service/ Director)" but "Response by Head of Service": the recipient is recorded as "Head of Service/Director" as addressed.',
    'Copies: "a copy sent to the Safeguarding Business Manager when the concern is raised and when it is concluded." An escalation can conclude at any stage, so every stage letter copies the Safeguarding Business Manager; the final resolution must also be placed on the child\'s case file.',
    'CAFCASS: the form says "If not resolved IRO to progress to CAFCASS" after Stage 4. The IRO Handbook (regulation 45) lets the IRO refer to Cafcass at any point, including alongside the local process, so referral is allowed at any stage. Only looked-after children can be referred; for a child protection plan the ladder ends at Stage 4.',
    'Bypass and extensions: the form is silent. The IRO Handbook (6.2) says "The IRO may bypass any stage", so bypass is allowed with a recorded reason; managers may be granted more time, recorded with a reason.',
    'Overall timescale: the form sets none (its stages total 22 working days), so no overall target is set.',
  ],
};
