import { describe, expect, it } from 'vitest';
import { copyToPeople, recipientFor, roleMatches } from '../../../electron/letters/recipients';

const child = { teamManager: 'Tom Barker', team: 'Children in Care 2' };

describe('addressing letters from the people directory', () => {
  it('matches the directory’s role keys to the procedure’s wording', () => {
    expect(roleMatches('team-manager', 'Team Manager/Deputy Team Manager')).toBe(true);
    expect(roleMatches('head-of-service', 'Head of Service (HOS)')).toBe(true);
    expect(roleMatches('business-manager', 'Safeguarding Business Manager')).toBe(true);
    expect(roleMatches('qa-manager', 'Quality Assurance Manager')).toBe(true);
    expect(roleMatches('assistant-team-manager', 'Assistant Team Manager (ATM)')).toBe(true);
    expect(roleMatches('team-manager', 'Assistant Team Manager (ATM)')).toBe(false);
    expect(roleMatches('service-manager', 'Head of Service')).toBe(false);
  });

  it('writes to the child’s own team manager, by name', () => {
    const dir = [{ name: 'Tom Barker', role: 'team-manager', email: 'tom@x', team: null }, { name: 'Other TM', role: 'team-manager', email: 'o@x', team: null }];
    expect(recipientFor(dir, 'Team Manager', child)).toEqual({ role: 'Team Manager', name: 'Tom Barker', email: 'tom@x' });
  });

  it('prefers the holder of a role in the child’s team, and names nobody when it cannot tell', () => {
    const dir = [
      { name: 'A', role: 'service-manager', email: 'a@x', team: 'Children in Care 1' },
      { name: 'B', role: 'service-manager', email: 'b@x', team: 'Children in Care 2' },
    ];
    expect(recipientFor(dir, 'Service Manager', child).name).toBe('B');
    expect(recipientFor(dir, 'Service Manager', { ...child, team: 'Leaving Care' })).toEqual({ role: 'Service Manager', name: '', email: null });
  });

  it('lists a copy-to role nobody holds, without an address, rather than inventing one', () => {
    expect(copyToPeople([], ['Safeguarding Business Manager'], 'x')).toEqual([{ role: 'Safeguarding Business Manager', name: '', email: null }]);
  });
});
