import { crc32, deflateSync } from 'node:zlib';
import { dispatch } from '../../../electron/dispatch';
import type { AppServices } from '../../../electron/app-services';
import type { Channel, Input, Output } from '../../../shared/api/contract';
import { people } from '../../../db/schema';
import { childInput, opId, openServices } from '../../support/tracker-fixture';

export async function call<C extends Channel>(s: AppServices, channel: C, input: Input<C>): Promise<Output<C>> {
  const r = await dispatch(s.handlers, channel, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as Output<C>;
}

export async function failure<C extends Channel>(s: AppServices, channel: C, input: Input<C>) {
  const r = await dispatch(s.handlers, channel, input);
  if (r.ok) throw new Error(`${channel} was expected to fail`);
  return r.error;
}

export const concern = (categoryKeys: string[], expectedOutcomeKeys: string[] = []) => ({
  categoryKeys,
  summary: 'No permanence plan at the second review.',
  impactOnChild: 'Uncertainty about where the child will grow up.',
  requestedAction: { what: 'Permanence planning meeting', who: 'Team Manager', byWhen: null },
  expectedOutcomeKeys,
});

/** People in the directory: the team manager and the chair have addresses; the social worker has none. */
export async function addPeople(s: AppServices): Promise<void> {
  const at = '2025-03-01T09:00:00.000Z';
  const audit = { version: 1, createdAt: at, createdBy: 'test', updatedAt: at, updatedBy: 'test' };
  await s.tracker.db
    .insert(people)
    .values([
      { id: 'p-tm', name: 'Tom Barker', email: 'tom.barker@example.gov.uk', role: 'team-manager', team: 'Children in Care 2', active: true, ...audit },
      { id: 'p-chair', name: 'Sam Patel', email: 'sam.patel@example.gov.uk', role: 'chair', team: null, active: true, ...audit },
      { id: 'p-sw', name: 'Priya Shah', email: null, role: 'other', team: 'Children in Care 2', active: true, ...audit },
    ])
    .run();
}

/** An LCS-form tracker (seeds/000) with the directory and one escalation raised at stage 1 on Monday 3 March 2025. */
export async function lcsEscalation(opts: { file?: string } = {}) {
  const s = await openServices({ profileId: 'lcs-form', file: opts.file });
  await addPeople(s);
  const child = await call(s, 'children.create', childInput());
  const raised = await call(s, 'escalations.raise', { childId: child.id, startAt: 'stage-1', concern: concern(['permanence-drift', 'failure-to-plan'], ['permanence-on-track']), opId: opId() });
  return { s, child, raised };
}

/** A real PNG of w × h pixels (a logo). */
export function png(w: number, h: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: h }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3, 0x33)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
