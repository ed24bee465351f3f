import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/app-services';
import { channels, type Channel } from '../../../shared/api/contract';
import { channelRoles, requireChannelRole, type ChannelRole } from '../../../electron/services/channel-roles';
import { opId, freshTracker } from '../../support/tracker-fixture';
import { snapshotRows } from '../../support/tracker-snapshot';
import { dispatch } from '../../../electron/dispatch';
import { ok, openAs } from '../settings/settings-fixture';

/** The tracker file, its feed, presence, backups and this desktop's drafts: open to every role (the file's own permissions rule). */
const TRACKER_FILE_AREAS = ['trackerFile.', 'feed.', 'presence.', 'backups.', 'drafts.'];

// Issue 18: "'No access' people and unknown accounts can edit children and withdraw escalations … Writes
// need the chair role or above". Done when: "a role matrix test (every channel × every app role)".
type Who = 'administrator' | 'qa-manager' | 'chair' | 'none' | 'unknown account';
const everyone: Who[] = ['administrator', 'qa-manager', 'chair', 'none', 'unknown account'];

const mayUse = (who: Who, least: ChannelRole): boolean => {
  if (least === 'anyone') return true;
  if (who === 'administrator') return true;
  if (least === 'chair') return who === 'chair' || who === 'qa-manager';
  if (least === 'qa-manager') return who === 'qa-manager';
  return false;
};

const desktops = new Map<Who, AppServices>();
let admin: AppServices;

beforeAll(async () => {
  const file = await freshTracker();
  admin = await openAs(file, { name: 'Sam Patel', osUser: 'spatel' });
  await ok(admin, 'people.setup', { person: { name: 'Sam Patel', email: '', jobRole: 'chair', team: '' }, opId: opId() });
  desktops.set('administrator', admin);
  const people: [Who, string, string][] = [
    ['qa-manager', 'Quinn Ade', 'qade'],
    ['chair', 'Chris Bell', 'cbell'],
    ['none', 'Tom Barker', 'tbarker'],
  ];
  for (const [role, name, osUser] of people) {
    await ok(admin, 'people.create', { name, email: '', jobRole: role === 'none' ? 'team-manager' : role === 'chair' ? 'chair' : 'qa-manager', appRole: role as 'chair', team: '', osUser, opId: opId() });
    desktops.set(role, await openAs(file, { name, osUser }));
  }
  desktops.set('unknown account', await openAs(file, { name: 'Stranger', osUser: 'stranger' }));
});

afterAll(async () => {
  await Promise.all([...desktops.values()].map((d) => d.close()));
});

describe('the role matrix: every channel × every app role', () => {
  it('declares a least role for every channel of the contract, and every write channel needs chair or above', () => {
    expect(Object.keys(channelRoles).sort()).toEqual([...channels].sort());
    const writes = channels.filter((c) => /\.(create|update|raise|command|save|remove|setStatus|addNote|link|unlink|generate|batch|import|setActive|activate|delete|set|start|dryRun)$/.test(c) && !TRACKER_FILE_AREAS.some((a) => c.startsWith(a)));
    expect(writes.filter((c) => channelRoles[c] === 'anyone' && c !== 'people.setup')).toEqual([]);
  });

  for (const who of everyone) {
    it(`lets ${who} use exactly the channels its role allows`, async () => {
      const d = desktops.get(who)!;
      const outcome = async (c: Channel) => {
        try {
          await requireChannelRole(d.context, c);
          return 'allowed';
        } catch (err) {
          return (err as { code?: string }).code ?? String(err);
        }
      };
      const got = Object.fromEntries(await Promise.all(channels.map(async (c) => [c, await outcome(c)] as const)));
      const want = Object.fromEntries(channels.map((c) => [c, mayUse(who, channelRoles[c]) ? 'allowed' : 'FORBIDDEN']));
      expect(got).toEqual(want);
    });
  }

  for (const who of ['none', 'unknown account', 'chair'] as Who[]) {
    it(`refuses ${who} every channel above its role through the real handlers, before the input is read, and writes nothing`, async () => {
      const d = desktops.get(who)!;
      const before = await snapshotRows(admin.tracker);
      const refused = channels.filter((c) => !mayUse(who, channelRoles[c]));
      expect(refused.length).toBeGreaterThan(who === 'chair' ? 10 : 30);
      for (const c of refused) {
        const handler = d.handlers[c] as (input: unknown, ctx: void) => Promise<unknown>;
        await expect(handler({}, undefined), c).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/^Only .* can .*\. Ask Sam Patel/) });
      }
      expect(await snapshotRows(admin.tracker)).toBe(before);
    });
  }
});

// Issue 34: "the role matrix test covers the new channels (the chair concerned gets NOT_FOUND, not FORBIDDEN, so the
// existence of a concern is not revealed)". Every role below a manager, and the chair concerned, gets the same answer for
// a real concern as for an id that does not exist.
async function codeOf(d: AppServices, channel: Channel, input: unknown): Promise<string> {
  const r = await dispatch(d.handlers, channel, input as never);
  return r.ok ? 'ok' : r.error.code;
}

describe('the role matrix for concerns about a chair', () => {
  it('lets only managers and administrators in; everyone else, the chair concerned first, is told it is not there', async () => {
    const quinn = desktops.get('qa-manager')!;
    const chrisId = (await ok(admin, 'people.list', {})).find((p) => p.osUser === 'cbell')!.id;
    const concern = await ok(quinn, 'chairConcerns.create', {
      aboutChair: { name: 'Chris Bell', personId: chrisId },
      raisedBy: { agency: 'Health visiting', name: 'Ana Lee', contact: '', email: '' },
      meeting: { kind: 'review', date: null },
      childId: null,
      summary: 'The review was rescheduled without telling the health visitor.',
      startAt: 'service-manager',
      raisedOn: '2025-03-03',
      opId: opId(),
    });
    expect((await ok(admin, 'chairConcerns.get', { id: concern.id })).id).toBe(concern.id);
    const byId = [
      ['chairConcerns.get', { id: concern.id }],
      ['chairConcerns.command', { id: concern.id, version: 1, opId: opId(), command: { kind: 'note', text: 'x' } }],
      ['chairConcerns.letter', { id: concern.id, document: 'acknowledgement', opId: opId() }],
    ] as const;
    for (const who of ['chair', 'none', 'unknown account'] as Who[]) {
      const d = desktops.get(who)!;
      for (const [channel, input] of byId) {
        const real = await codeOf(d, channel, input);
        const made = await codeOf(d, channel, { ...input, id: 'no-such-concern' });
        // The chair (the one concerned here) gets NOT_FOUND; "no access" people get NOT_FOUND for reads and FORBIDDEN at the
        // door for writes, the same for a real id as for a made-up one.
        expect([who, channel, real], `${who} ${channel}`).toEqual([who, channel, made]);
        if (who === 'chair') expect(real).toBe('NOT_FOUND');
      }
      expect(await codeOf(d, 'chairConcerns.list', {})).toBe('FORBIDDEN');
    }
  });
});
