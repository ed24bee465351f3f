import { describe, expect, it } from 'vitest';
import { orderCandidates, type DirectoryEntry } from '../../../shared/people/recipient-order';

const directory: DirectoryEntry[] = [
  { id: 'h1', name: 'Zoe Hart', email: 'zoe@example.gov.uk', jobRole: 'head-of-service', team: 'South' },
  { id: 'h2', name: 'Amir Khan', email: 'amir@example.gov.uk', jobRole: 'head-of-service', team: 'North' },
  { id: 'h3', name: 'Beth Cole', email: '', jobRole: 'head-of-service', team: 'East' },
  { id: 't1', name: 'Tom Barker', email: 'tom@example.gov.uk', jobRole: 'team-manager', team: 'North' },
  { id: 't2', name: 'Anna Lee', email: 'anna@example.gov.uk', jobRole: 'team-manager', team: 'North' },
];
const child = { socialWorker: 'Priya Shah', teamManager: 'Tom Barker' };

describe('the person picker’s order', () => {
  it('offers the person last named for the role in the team first, then the team’s holders, then the rest, then the child’s people', () => {
    const list = orderCandidates(directory, { recipientRole: 'Head of Service (HOS)', team: 'North', child, last: { name: 'Beth Cole', role: 'Head of Service', email: null, personId: 'h3' } });
    expect(list.map((c) => [c.name, c.why])).toEqual([
      ['Beth Cole', 'Named last time for North'],
      ['Amir Khan', 'Same team'],
      ['Zoe Hart', ''],
      ['Tom Barker', 'The child’s team manager'],
      ['Priya Shah', 'The child’s social worker'],
    ]);
  });

  it('puts the child’s own team manager before other team managers for a Team Manager stage', () => {
    const list = orderCandidates(directory, { recipientRole: 'Team Manager', team: 'North', child });
    expect(list.map((c) => c.name)).toEqual(['Tom Barker', 'Anna Lee', 'Priya Shah']);
    expect(list[0]).toMatchObject({ personId: 't1', email: 'tom@example.gov.uk', role: 'Team manager' });
  });

  it('offers someone named last time who is not in People, with the address used then', () => {
    const list = orderCandidates(directory, { recipientRole: 'Head of Service', team: 'West', last: { name: 'Cara Jones', role: 'Head of Service', email: 'cara@example.gov.uk', personId: null } });
    expect(list[0]).toEqual({ name: 'Cara Jones', role: 'Head of Service', email: 'cara@example.gov.uk', personId: null, team: 'West', why: 'Named last time for West' });
    expect(list.map((c) => c.name)).toEqual(['Cara Jones', 'Amir Khan', 'Beth Cole', 'Zoe Hart']);
  });

  it('never offers the same person twice, and offers nobody for a role outside People without a child', () => {
    const list = orderCandidates(directory, { recipientRole: 'Team Manager', team: 'North', child, last: { name: 'Tom Barker', role: 'Team Manager', email: 'tom@example.gov.uk', personId: 't1' } });
    expect(list.map((c) => c.name)).toEqual(['Tom Barker', 'Anna Lee', 'Priya Shah']);
    expect(orderCandidates(directory, { recipientRole: 'Cafcass', team: 'North' })).toEqual([]);
  });
});
