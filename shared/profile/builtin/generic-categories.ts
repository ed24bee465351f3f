import type { Cohort, ProfileInput } from '../schema';

type CategoryInput = ProfileInput['categories'][number];
type OutcomeInput = NonNullable<ProfileInput['outcomes']>[number];

/**
 * The categories of concern "as specified within IRO Handbook", in the tidied wording of the LCS
 * escalation form (seeds/000), and the expected outcome for the child that answers each one.
 * Used by the generic default profile and by procedures that list no categories of their own
 * (Slough, and Rutland for looked-after children). The LCS profile keeps the form's exact wording
 * under the same keys, so reports can compare themes across profiles.
 */
export const iroHandbookCategories: CategoryInput[] = [
  { key: 'safeguarding', label: 'Significant safeguarding concern' },
  { key: 'permanence-drift', label: 'Significant drift in permanence planning' },
  { key: 'failure-to-visit', label: 'Failure to visit as required by regulations/internal protocol' },
  { key: 'failure-to-plan', label: 'Failure to plan as required by regulations/internal protocol' },
  {
    key: 'key-documentation-missing',
    label: 'Key documentation missing',
    guidance:
      'e.g. care plan, placement plan, PEP, health assessment, pathway plan, social work report, post adoption support plan',
  },
  { key: 'review-decisions-not-implemented', label: 'Non-implementation of review decisions' },
  { key: 'care-plan-changed-without-young-person', label: 'Change of care plan without consulting the young person' },
  { key: 'care-plan-changed-without-iro', label: 'Change of care plan without consulting the IRO' },
  { key: 'significant-event-not-reported', label: 'Failure to inform the IRO of a significant event between reviews' },
  { key: 'other', label: 'Other (specify)' },
];

export const iroHandbookOutcomes: OutcomeInput[] = [
  { key: 'safeguarding-addressed', label: 'Safeguarding concern addressed: the child is now safe', categories: ['safeguarding'] },
  {
    key: 'permanence-on-track',
    label: 'Permanence planning back on track: the child will have a secure and loving home',
    categories: ['permanence-drift'],
  },
  {
    key: 'visits-on-track',
    label: 'Visits as required by regulations/internal protocol now on track: the child sees their social worker regularly and is building a relationship',
    categories: ['failure-to-visit'],
  },
  {
    key: 'plan-on-track',
    label: "Child's plan as required by regulations/internal protocol back on track: the child and family/carers know what is planned for the child",
    categories: ['failure-to-plan'],
  },
  {
    key: 'documentation-recorded',
    label: 'Key documentation now recorded and distributed to relevant parties: the child and family/carers have the right information and the record is correct',
    categories: ['key-documentation-missing'],
  },
  {
    key: 'review-decisions-implemented',
    label: "Review decisions implemented: the child's plan is on track",
    categories: ['review-decisions-not-implemented'],
  },
  {
    key: 'young-person-consulted',
    label: 'The young person has been consulted about the change of care plan: the child feels listened to and understood',
    categories: ['care-plan-changed-without-young-person'],
  },
  {
    key: 'iro-consulted',
    label: "The IRO has been consulted about the change of care plan: the IRO is satisfied that the child's welfare remains paramount and their assessed needs will be met",
    categories: ['care-plan-changed-without-iro'],
  },
  {
    key: 'iro-updated',
    label: 'The IRO has been updated about the significant event between reviews: its impact on the child has been considered and action taken',
    categories: ['significant-event-not-reported'],
  },
  { key: 'other', label: 'Other (specify)', categories: ['other'] },
];

/** The same categories restricted to some cohorts ("other" stays open to every cohort). */
export function iroHandbookCategoriesFor(cohorts: Cohort[]): CategoryInput[] {
  return iroHandbookCategories.map((c) => (c.key === 'other' ? c : { ...c, cohorts }));
}
