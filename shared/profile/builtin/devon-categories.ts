import type { ProfileInput } from '../schema';

type CategoryInput = ProfileInput['categories'][number];

/**
 * seeds/003 (Devon QARSS): the 15 headings under which "The Reviewing Officer's Escalation will identify
 * the nature of the concerns", each with its Appendix A indicators ("examples and are not exhaustive").
 * The appendix table lost its grid in conversion; each indicator is placed under the heading whose
 * column it was read from.
 */
export const devonCategories: CategoryInput[] = [
  {
    key: 'immediate-safety',
    label: 'Immediate safety',
    indicators: ['Safeguarding issues are not being adequately addressed and there is a likelihood of immediate harm'],
  },
  {
    key: 'quality-of-assessment',
    label: 'Quality of assessment',
    indicators: [
      'Standard of assessment falls below expected level (including single assessment, s47, reunification, compatibility, risk or other required)',
      'Poor quality information given to fostering team leading to inappropriate matching',
    ],
  },
  {
    key: 'absence-or-delays-in-assessment',
    label: 'Absence or delays in assessment',
    guidance: '(this may include single assessment, s.47, reunification, compatibility, risk assessment or other required)',
    indicators: ['Drift Prior to ICPC or ICIC', 'Assessments not up to date.', 'Assessments not completed'],
  },
  {
    key: 'quality-of-planning-safeguarding',
    label: 'Quality of planning – safeguarding',
    indicators: ['Gaps in Safety and Care Planning', 'Core Group not adhering to CP Plan', 'Plan is not matched to child’s needs'],
  },
  {
    key: 'quality-of-planning-independence-transition',
    label: 'Quality of planning – independence/ transition',
    indicators: [
      'Independence skills are not being supported from early adolescence.',
      'Gaps in Care/pathway Planning',
      'Transition planning – plans not matched to need for any child leaving care or requiring transition to adult services.',
    ],
  },
  {
    key: 'absence-or-delays-in-planning',
    label: 'Absence or delays in planning including permanence',
    indicators: [
      'Lack of Permanency Plan or where there is evidence of drift and/or poor planning.',
      'Lack of progress at midpoint checks or reviews',
      'Delay in initiating PLO or Care proceedings (Section 20 or where there has been agreement via CARP to do so)',
      'Lack of clear plans for any child leaving care or requiring transition to adult services.',
      'Delays in accessing key resources (School, FGC, CAMHS, Advocacy, Independent Visitor, additional aids for disabled children)',
      'Delays in consideration of any legal action where risks are incompatible with a continued CP Plan',
    ],
  },
  {
    key: 'participation',
    label: 'Participation',
    indicators: [
      'Children who do not have access to IV/Advocate or mentor where this is clearly indicated',
      'Lack of support for participation for parents with additional needs',
      "Child's voice not evident in assessment and planning",
      'Lack of consideration of family support/ care/ conferencing',
    ],
  },
  {
    key: 'statutory-compliance',
    label: 'Statutory compliance',
    indicators: [
      'Key aspects of Corporate parent role not being adhered to - health assessments, education issues, dental checks etc.',
      'Lack of key documents prepared and provided to all in advance of reviews (Care Plan, SW Report, Health Plan, PEP)',
      'Children not seen in line with minimum expectations or to meet their needs if needed more frequently than the minimum.',
      'Statutory meetings including core groups not completed within required timescales.',
    ],
  },
  {
    key: 'stability-of-placement',
    label: 'Stability of placement',
    indicators: [
      'Lack of awareness and/or appropriate and timely planning regarding placement stability issues',
      'Unplanned moves without assessment and matching where this could have been avoided',
    ],
  },
  {
    key: 'suitability-of-placement',
    label: 'Suitability of placement',
    indicators: [
      'Planned placement with parents where clear risk assessments and/or senior management agreement not being sought.',
      "Lack of awareness or planning to respond to concerns regarding the ability of the placement to meet child/young person's needs.",
      'Inappropriate use of s.20',
      'Unidentified or unassessed regulation 24 placements/ private fostering or other arrangements.',
    ],
  },
  {
    key: 'quality-of-relationships-in-placement',
    label: 'Quality of relationships in placement',
    indicators: [
      'Lack of skills, commitment, attunement and/or strengths-focused care which is impacting on the wellbeing of a child who is in care',
    ],
  },
  {
    key: 'quality-of-professional-relationships',
    label: 'Quality of professional relationships',
    indicators: [
      'Lack of coordination or positive collaboration which is impacting the progress or quality of assessment and/or planning.',
    ],
  },
  {
    key: 'management-and-oversight',
    label: 'Management and oversight',
    indicators: [
      "Significant changes to the Child's plan without consultation with the IRO/ISRO or Children’s Guardian (where proceedings are ongoing)",
      'Lack of or concerns regarding the quality of supervision and/or oversight from Team Manager or other manager.',
    ],
  },
  {
    key: 'direct-practice',
    label: 'Direct practice with children and families',
    indicators: [
      'Poor working relationships between SW and family that relate to the skill of the SW.',
      'Lack of innovative and creative planning leading to punitive and/or escalating approaches',
      'Delays in Life Story work and/or Letters for Later Life.',
      'Inadequate SW knowledge of a specific area to enable good practice',
    ],
  },
  {
    key: 'other',
    label: 'Other',
    indicators: [
      'Dissenting view from resource or Placement Panel',
      'Changes of Social worker that are impacting the quality or timeliness of assessment, planning, care or progress.',
      'Delay in discharge of care order',
      'Lack of provision of key documents to the IRO including court care plans.',
    ],
  },
];
