import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { dispatch } from '../../electron/dispatch';
import { call } from './letters/letters-fixture';
import { readDocx } from '../unit/letters/docx-reader';
import { childInput, opId, openServices, tempDir } from '../support/tracker-fixture';


const RAISED = new Date('2026-11-30T09:15:00Z'); // Monday
const concern = (key: string) => ({ categoryKeys: [key], summary: 'Strategy discussion not held', impactOnChild: 'Continued risk', requestedAction: { what: 'Hold it', who: 'Team Manager', byWhen: null } });

async function devon() {
  const dir = tempDir();
  let now = RAISED;
  const s = await openServices({ file: join(dir, 'devon.sqlite'), now: () => now, user: 'Kemi Adebayo', profileId: 'devon' });
  const key = s.context.profile().categories[0]!.key;
  const child = await call(s, 'children.create', childInput({ chair: 'Kemi Adebayo', cohort: 'child-protection', team: 'North', teamManager: 'Tom Barker' }));
  const red = await call(s, 'escalations.raise', { childId: child.id, startAt: 'stage-1', urgency: 'red', concern: concern(key), opId: opId() });
  return { s, child, red, setNow: (d: Date) => (now = d) };
}

describe('naming the person a letter goes to', () => {
  it('saves "someone else" typed at escalation as a People contact (no app role, audited), remembers them first for the role and team, and addresses the letter and draft to them', async () => {
    const { s, child, red, setNow } = await devon();
    setNow(new Date('2026-12-01T15:40:00Z'));
    const cara = { name: 'Cara Jones', role: 'Service Manager', email: 'cara.jones@example.gov.uk', saveAsContact: true };
    const requestedAction = { what: 'Convene the strategy discussion today', who: 'Cara Jones, Service Manager', byWhen: '2026-12-02' };
    const up = await call(s, 'escalations.command', { id: red.row.id, version: red.version, opId: opId(), command: { kind: 'escalate', noResponse: true, concernsRemaining: 'No response within 24 hours', recipient: cara, requestedAction } });
    const stage2 = up.state.stages.find((st) => st.key === up.state.currentStageKey)!;
    expect(stage2.recipient).toMatchObject({ name: 'Cara Jones', role: 'Service Manager', email: 'cara.jones@example.gov.uk', personId: expect.any(String) });
    const people = await call(s, 'people.list', { includeInactive: false });
    const saved = people.find((p) => p.name === 'Cara Jones')!;
    expect(saved).toMatchObject({ appRole: 'none', jobRole: 'service-manager', team: 'North', email: 'cara.jones@example.gov.uk' });
    const audit = await call(s, 'audit.list', {});
    expect(audit.rows.some((r) => r.entity === 'person' && r.action === 'contact-added' && r.actor === 'Kemi Adebayo')).toBe(true);
    // Next time, the picker offers her first for the Service Manager role in that team.
    const picker = await call(s, 'people.recipients', { recipientRole: stage2.recipientRole, childId: child.id });
    expect(picker.to[0]).toMatchObject({ name: 'Cara Jones', personId: saved.id, why: 'Named last time for North' });
    // The letter and the draft are addressed to her; nothing is recorded as sent.
    const made = await call(s, 'letters.generate', { escalationId: red.row.id, document: 'stage-form', emailDraft: true, opId: opId() });
    expect(made.sentRecorded).toBe(false);
    const letter = await call(s, 'letters.download', { id: made.letter.id, part: 'draft' });
    const eml = Buffer.from(letter.base64, 'base64').toString('utf8');
    expect(eml).toMatch(/^To: "?Cara Jones"? <cara\.jones@example\.gov\.uk>/m);
    const docx = await readDocx(Buffer.from((await call(s, 'letters.download', { id: made.letter.id, part: 'letter' })).base64, 'base64'));
    expect(docx.text).toContain('Convene the strategy discussion today');
    expect(docx.text).toContain('Cara Jones, Service Manager');
    const detail = await call(s, 'escalations.get', { id: red.row.id });
    expect(detail.state.stages.find((st) => st.key === up.state.currentStageKey)!.letterSentOn).toBeNull();
    const day = await call(s, 'myday.get', {});
    expect(day.lettersNotSent.map((i) => i.row.id)).toContain(red.row.id);
    await s.close();
  });

  it('asks for the address before writing a draft to someone without one, and writes nothing until it is given', async () => {
    const { s, red, setNow } = await devon();
    setNow(new Date('2026-12-01T15:40:00Z'));
    const up = await call(s, 'escalations.command', { id: red.row.id, version: red.version, opId: opId(), command: { kind: 'escalate', concernsRemaining: 'Still no plan', recipient: { name: 'Dev Singh', role: 'Service Manager', email: '' } } });
    const refused = await dispatch(s.handlers, 'letters.generate', { escalationId: red.row.id, document: 'stage-form', emailDraft: true, opId: opId() });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID', details: { field: 'toEmail' } } });
    expect(refused.ok ? '' : refused.error.message).toBe('Enter the email address of Dev Singh, Service Manager for the draft: neither the escalation nor People has one.');
    expect(await call(s, 'letters.list', { escalationId: red.row.id })).toEqual([]);
    const made = await call(s, 'letters.generate', { escalationId: red.row.id, document: 'stage-form', emailDraft: true, toEmail: 'dev.singh@example.gov.uk', opId: opId() });
    const eml = Buffer.from((await call(s, 'letters.download', { id: made.letter.id, part: 'draft' })).base64, 'base64').toString('utf8');
    expect(eml).toMatch(/^To: "?Dev Singh"? <dev\.singh@example\.gov\.uk>/m);
    // Not saved as a contact: only named on the event.
    expect((await call(s, 'people.list', { includeInactive: false })).some((p) => p.name === 'Dev Singh')).toBe(false);
    expect(up.state.stages.find((st) => st.key === up.state.currentStageKey)!.recipient).toEqual({ name: 'Dev Singh', role: 'Service Manager', email: null });
    await s.close();
  });
});
