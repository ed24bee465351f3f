import { describe, expect, it } from 'vitest';
import { jobRoleForRecipient, defaultAppRole, jobRoles } from '../../../shared/people/roles';

describe('who a stage letter goes to', () => {
  it.each([
    ['Team Manager', 'team-manager'],
    ['Team Manager (TM)', 'team-manager'],
    ['Team Manager/Deputy Team Manager', 'team-manager'],
    ['Deputy Team Manager', 'assistant-team-manager'],
    ['Assistant Team Manager (ATM)', 'assistant-team-manager'],
    ['Service Manager', 'service-manager'],
    ['Area Manager', 'service-manager'],
    ['Head of Service (HOS)', 'head-of-service'],
    ['Head of Service for Quality Assurance', 'head-of-service'],
    ['Assistant Director Operations (AD)', 'assistant-director'],
    ['Director for People', 'director'],
    ['Director of Children’s Services', 'director'],
    ['Locality Director', 'director'],
    ['Safeguarding Business Manager', 'business-manager'],
    ['Cafcass', null],
    ['Independent Chair of the LSCB', null],
    ['Chief Executive & Elected Member', null],
  ])('reads the recipient “%s” as %s', (recipient, role) => {
    expect(jobRoleForRecipient(recipient)).toBe(role);
  });

  it('gives chairs and QA managers the app, and managers who only receive letters no access', () => {
    expect(Object.fromEntries(jobRoles.map((r) => [r, defaultAppRole(r)]))).toMatchObject({ chair: 'chair', 'qa-manager': 'qa-manager', 'team-manager': 'none', director: 'none', 'business-manager': 'none' });
  });
});
