import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { createAppServices, type AppServices } from '../../electron/app-services';
import { dispatch } from '../../electron/dispatch';
import { freshTracker, MIGRATIONS, opId } from '../support/tracker-fixture';
import { paragraphsOf } from '../unit/letters/docx-reader';
import type { Channel, Input, Output } from '../../shared/api/contract';

// Slough (seeds/002) "Addressing concerns about the Independent Chair / Reviewing Service": "If they remain unsatisfied
// with the outcome they can then put their concerns formally in writing to the Reviewing Service Manager. The concerns
// will be investigated and a formal response will be given to the agency raising the concern."
const NOW = new Date('2026-03-10T10:00:00Z');
const open = (file: string, name: string, osUser: string) => createAppServices({ trackerFile: file, migrationsDir: MIGRATIONS, appVersion: 'test', create: true, now: () => NOW, user: { name, osUser }, machine: `pc-${osUser}`, profileId: 'slough' });
async function call<C extends Channel>(s: AppServices, channel: C, input: Input<C>) {
  const r = await dispatch(s.handlers, channel, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as Output<C>;
}
async function refused<C extends Channel>(s: AppServices, channel: C, input: Input<C>) {
  const r = await dispatch(s.handlers, channel, input);
  return r.ok ? 'accepted' : `${r.error.code}: ${r.error.message}`;
}

let admin: AppServices, quinn: AppServices, chris: AppServices, dana: AppServices;
const ids: Record<string, string> = {};
const concern = (about: { name: string; personId?: string }) => ({
  aboutChair: about,
  raisedBy: { agency: 'Westfield Primary School', name: 'Helen Ames', contact: 'Designated Safeguarding Lead, 01753 000000', email: 'h.ames@westfield.sch.uk' },
  meeting: { kind: 'conference' as const, date: '2026-03-02' },
  childId: null,
  summary: 'The school’s report was not shared at the conference and the school was not invited to speak.',
  startAt: 'reviewing-service-manager',
  raisedOn: '2026-03-09',
  opId: opId(),
});

beforeAll(async () => {
  const file = await freshTracker();
  admin = await open(file, 'Sam Patel', 'spatel');
  await call(admin, 'people.setup', { person: { name: 'Sam Patel', email: '', jobRole: 'chair', team: 'Reviewing' }, opId: opId() });
  for (const [name, osUser, jobRole, appRole] of [
    ['Quinn Ade', 'qade', 'qa-manager', 'qa-manager'],
    ['Chris Bell', 'cbell', 'chair', 'chair'],
    // A chair who is also a reviewing service manager: a concern about her is still hidden from her.
    ['Dana Ford', 'dford', 'chair', 'qa-manager'],
  ] as const) {
    const p = await call(admin, 'people.create', { name, email: '', jobRole, appRole, team: 'Reviewing', osUser, opId: opId() });
    ids[osUser] = p.id;
  }
  quinn = await open(file, 'Quinn Ade', 'qade');
  chris = await open(file, 'Chris Bell', 'cbell');
  dana = await open(file, 'Dana Ford', 'dford');
});
afterAll(async () => Promise.all([admin, quinn, chris, dana].map((s) => s.close())));

describe('concerns about a chair', () => {
  it('follow the procedure’s own route: recorded at the manager’s stage, answered, moved on, with letters; the chair concerned never sees them', async () => {
    const feed = await call(chris, 'feed.changes', {});
    const aboutChris = await call(quinn, 'chairConcerns.create', concern({ name: 'Chris Bell', personId: ids.cbell }));
    expect(aboutChris.state).toMatchObject({ status: 'open', stageLabel: 'Formal concern in writing to the Reviewing Service Manager', handledBy: 'Reviewing Service Manager', stageIndex: 2, dueDate: null });
    expect(aboutChris.stages.map((s) => s.handledBy)).toEqual(['Independent Chair', 'Reviewing Service Manager', 'Head of Performance and Quality Assurance']);
    expect(aboutChris.allowed.moveTo.map((s) => s.key)).toEqual(['head-of-performance-qa']);

    // The chair concerned, and every other chair: "not in the tracker", word for word as for an id that does not exist.
    const missing = await refused(chris, 'chairConcerns.get', { id: 'no-such-concern' });
    expect(missing).toBe('NOT_FOUND: That concern is not in the tracker.');
    expect(await refused(chris, 'chairConcerns.get', { id: aboutChris.id })).toBe(missing);
    expect(await refused(chris, 'chairConcerns.command', { id: aboutChris.id, version: aboutChris.version, opId: opId(), command: { kind: 'note', text: 'Seen' } })).toBe(missing);
    expect(await refused(chris, 'chairConcerns.letter', { id: aboutChris.id, document: 'acknowledgement', opId: opId() })).toBe(missing);
    expect(await refused(chris, 'chairConcerns.list', {})).toMatch(/^FORBIDDEN: Concerns about chairs are kept for/);
    // Nor on the tracker, My day or the feed other desktops read.
    expect((await call(chris, 'escalations.list', { status: 'any' })).total).toBe(0);
    const after = await call(chris, 'feed.changes', { session: feed.session, since: feed.seq });
    expect(after.changes.filter((c) => c.entity === 'chair-concern')).toEqual([]);

    // A manager who is herself a chair sees the others, never one about her.
    const aboutDana = await call(quinn, 'chairConcerns.create', { ...concern({ name: 'Dana Ford', personId: ids.dford }), startAt: 'independent-chair' });
    expect((await call(dana, 'chairConcerns.list', { status: 'any' })).rows.map((r) => r.id)).toEqual([aboutChris.id]);
    expect(await refused(dana, 'chairConcerns.get', { id: aboutDana.id })).toBe(missing);
    expect(await refused(dana, 'chairConcerns.create', concern({ name: 'dana ford' }))).toMatch(/^REFUSED: A concern about you must be recorded by another manager/);
    expect((await call(quinn, 'chairConcerns.list', { status: 'open' })).rows.map((r) => r.id).sort()).toEqual([aboutChris.id, aboutDana.id].sort());

    // The acknowledgement, then the formal response with its outcome and where the school can go next.
    const ack = await call(quinn, 'chairConcerns.letter', { id: aboutChris.id, document: 'acknowledgement', opId: opId() });
    const ackText = paragraphsOf(await (await JSZip.loadAsync(Buffer.from(ack.letter.base64, 'base64'))).file('word/document.xml')!.async('string'));
    expect(ackText).toContain('Dear Helen Ames,');
    expect(ackText).toContain('Thank you for raising your concern about the child protection conference held on Monday 2 March 2026, chaired by Chris Bell. We received it on Monday 9 March 2026.');
    expect(Buffer.from(ack.draft.base64, 'base64').toString('utf8')).toMatch(/^X-Unsent: 1\r\nTo: "Helen Ames" <h\.ames@westfield\.sch\.uk>/);
    expect(await refused(quinn, 'chairConcerns.letter', { id: aboutChris.id, document: 'response', opId: opId() })).toMatch(/^REFUSED: Record the formal response first/);
    const answered = await call(quinn, 'chairConcerns.command', { id: aboutChris.id, version: ack.detail.version, opId: opId(), command: { kind: 'respond', outcome: 'partly-upheld', summary: 'The report should have been shared; the chair has been reminded of the conference standards.', on: '2026-03-10' } });
    const reply = await call(quinn, 'chairConcerns.letter', { id: aboutChris.id, document: 'response', opId: opId() });
    const replyText = paragraphsOf(await (await JSZip.loadAsync(Buffer.from(reply.letter.base64, 'base64'))).file('word/document.xml')!.async('string'));
    expect(replyText).toContain('Partly upheld (Tuesday 10 March 2026).');
    expect(replyText).toContain('If you remain unsatisfied, the concern can be raised with the Head of Performance and Quality Assurance. Please reply to this letter to ask for that.');
    const moved = await call(quinn, 'chairConcerns.command', { id: aboutChris.id, version: reply.detail.version, opId: opId(), command: { kind: 'move', toStageKey: 'head-of-performance-qa', reason: 'The school remains unsatisfied.', on: '2026-03-10' } });
    expect(moved.state).toMatchObject({ stageIndex: 3, highestStageIndex: 3 });
    expect(moved.allowed.kinds).not.toContain('move');
    expect(answered.state.responses).toHaveLength(1);

    await call(quinn, 'chairConcerns.get', { id: aboutChris.id });
    // Every read and change is in the audit log, and the figures count them apart (never naming a chair).
    const audit = await call(admin, 'audit.list', { entity: 'chair-concern' } as never);
    const mine = audit.rows.filter((r) => r.entity === 'chair-concern' && r.entityId === aboutChris.id).map((r) => `${r.actor}: ${r.action}`);
    expect(mine).toEqual(['Quinn Ade: read', 'Quinn Ade: moved', 'Quinn Ade: letter-made', 'Quinn Ade: responded', 'Quinn Ade: letter-made', 'Quinn Ade: raised']);
    expect(audit.rows.filter((r) => r.action === 'listed').map((r) => r.actor).sort()).toEqual(['Dana Ford', 'Quinn Ade']);
    expect(audit.rows.find((r) => r.action === 'read')?.summary).toBe('Concern about a chair read');
    const report = await call(admin, 'reports.period', { from: '2026-01-01', to: '2026-03-31' });
    expect(report.current.concernsAboutChairs).toMatchObject({ raised: 2, stillOpen: 2, medianWorkingDaysToResponse: 1 });
    expect(report.current.concernsAboutChairs.byStageReached.map((r) => r.count)).toEqual([1, 0, 1]);
    expect(report.current.concernsAboutChairs.byOutcome.find((r) => r.key === 'partly-upheld')?.count).toBe(1);
    expect(JSON.stringify(report)).not.toContain('Chris Bell');
  });
});
