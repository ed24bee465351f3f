import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { dispatch } from '../../../electron/dispatch';
import { call, failure, lcsEscalation } from '../letters/letters-fixture';
import { opId } from '../../support/tracker-fixture';
import type { AppServices } from '../../../electron/app-services';

const setting = (s: AppServices, key: string, value: string) =>
  s.tracker.writeTx((_tx, raw) =>
    raw.run("INSERT INTO settings (key, value, version, created_at, created_by, updated_at, updated_by) VALUES (?, ?, 1, 'x', 'x', 'x', 'x') ON CONFLICT(key) DO UPDATE SET value = excluded.value, version = version + 1", [key, value]),
  );

describe('damaged or planted records in the shared tracker', () => {
  it('an invalid active profile is reported to the desktop with how to fix it, and no escalation is changed meanwhile; never silently replaced', async () => {
    const { s, raised } = await lcsEscalation();
    await s.tracker.writeTx((_tx, raw) =>
      raw.run("INSERT INTO profiles (id, name, based_on, json, version, created_at, created_by, updated_at, updated_by) VALUES ('planted', 'Planted', NULL, '{\"id\":\"planted\"}', 1, 'x', 'x', 'x', 'x')"),
    );
    s.context.profiles.unpin(); // the test opened it with --profile; a real desktop reads the tracker's setting
    await setting(s, 'profileId', JSON.stringify('planted'));
    await s.context.profiles.refresh();
    const status = await call(s, 'trackerFile.status', {});
    expect(status.profileProblem).toMatch(/^The tracker's procedure could not be loaded\. The stored profile "planted" is not valid:/);
    expect(status.profileProblem).toMatch(/An administrator can fix it in Settings → Procedure/);
    // The escalation is still shown, under the procedure it was working with (the LCS form), not the default.
    const detail = await call(s, 'escalations.get', { id: raised.row.id });
    expect(detail.ladder.label).toBe('Formal Escalation of Concern');
    const refused = await failure(s, 'escalations.command', { id: raised.row.id, version: raised.version, opId: opId(), command: { kind: 'add-note', text: 'x' } });
    expect(refused.code).toBe('REFUSED');
    expect(refused.message).toBe(status.profileProblem);
    expect((await failure(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', opId: opId() })).code).toBe('REFUSED');
    // A planted setting that is not even a string names no procedure either.
    await setting(s, 'profileId', '{"not":"a string"}');
    await s.context.profiles.refresh();
    expect((await call(s, 'trackerFile.status', {})).profileProblem).toMatch(/names the procedure "", which is neither built in nor stored/);
    // Fixed: the administrator chooses a procedure again; the problem clears and work goes on.
    await setting(s, 'profileId', JSON.stringify('lcs-form'));
    await s.context.profiles.refresh();
    expect((await call(s, 'trackerFile.status', {})).profileProblem).toBeNull();
    await call(s, 'escalations.command', { id: raised.row.id, version: raised.version, opId: opId(), command: { kind: 'add-note', text: 'Back to normal.' } });
    await s.close();
  });

  it('an escalation whose history holds an unknown event, or a stage opened without its clock, is reported as damaged with what to do, never INTERNAL', async () => {
    const { s, raised, child } = await lcsEscalation();
    const other = await call(s, 'escalations.raise', { childId: child.id, startAt: 'stage-1', concern: { categoryKeys: ['permanence-drift'], summary: 'x', impactOnChild: 'y', requestedAction: { what: 'a', who: 'b', byWhen: null }, expectedOutcomeKeys: [] }, opId: opId() });
    for (const [seq, body] of [
      [2, { kind: 'teleported', to: 'nowhere' }],
      [3, { kind: 'escalated', fromStageKey: 'stage-1', concernsRemaining: 'x', actionsTaken: '' }],
    ] as const) {
      await s.tracker.writeTx((_tx, raw) =>
        raw.run("INSERT INTO escalation_events (escalation_id, seq, kind, body, at, actor, machine, op_id, recorded_at) VALUES (?, ?, ?, ?, '2025-03-03T10:00:00Z', 'x', 'x', ?, 'x')", [raised.row.id, seq, body.kind, JSON.stringify(body), `planted-${seq}`]),
      );
      const got = await dispatch(s.handlers, 'escalations.get', { id: raised.row.id });
      expect(got).toMatchObject({ ok: false, error: { code: 'REFUSED', details: { damaged: true } } });
      const message = got.ok ? '' : got.error.message;
      expect(message).toMatch(new RegExp(`^This escalation's record in the tracker is damaged: entry ${2} of its history`));
      expect(message).toMatch(/Ask your administrator to restore it from a backup/);
      expect((await failure(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', opId: opId() })).code).toBe('REFUSED');
      expect((await failure(s, 'escalations.command', { id: raised.row.id, version: raised.version, opId: opId(), command: { kind: 'add-note', text: 'x' } })).code).toBe('REFUSED');
      expect((await call(s, 'trackerFile.status', {})).readOnlyReason).toBeNull();
    }
    // Every other escalation, and the tracker list, carry on.
    expect((await call(s, 'escalations.get', { id: other.row.id })).row.id).toBe(other.row.id);
    expect((await call(s, 'escalations.list', {})).total).toBe(2);
    await s.close();
  });

  it('a tracker deleted while open says so and how to get back, and a backup can be restored where it was', async () => {
    const { s } = await lcsEscalation();
    const backup = await call(s, 'backups.make', {});
    rmSync(s.tracker.file);
    await s.session.checkNow();
    const status = await call(s, 'trackerFile.status', {});
    expect(status.state).toBe('offline');
    expect(status.message).toMatch(/is no longer in its folder: it was deleted, or moved, while it was open\. If someone moved it, open it where it is now \(Settings → Tracker file → Open\)\. Otherwise restore the latest backup/);
    await s.session.reconnect();
    expect((await call(s, 'trackerFile.status', {})).message).toMatch(/is no longer in its folder/);
    const restored = await call(s, 'backups.restore', { backup: backup.name, mode: 'new-file' });
    expect(restored.message).toMatch(/^Restored .* to a new tracker/);
    expect((await call(s, 'trackerFile.status', {})).state).toBe('open');
    expect((await call(s, 'escalations.list', {})).total).toBe(1);
    await s.close();
  });

  it('a check asked for by someone with no role in the tracker keeps no verdict in it; a date of birth after today is refused', async () => {
    const { s } = await lcsEscalation();
    // Make someone else the administrator: this desktop's account (spatel) has no role.
    await s.tracker.writeTx((_tx, raw) => raw.run("INSERT INTO settings (key, value, version, created_at, created_by, updated_at, updated_by) VALUES ('appRoles', '{\"p-tm\":\"administrator\"}', 1, 'x', 'x', 'x', 'x') ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    const before = await s.tracker.withConnection((raw) => raw.all("SELECT value, version FROM settings WHERE key = 'integrityCheck'"));
    const checked = await call(s, 'trackerFile.check', {});
    expect(checked.ok).toBe(true);
    expect(await s.tracker.withConnection((raw) => raw.all("SELECT value, version FROM settings WHERE key = 'integrityCheck'"))).toEqual(before);
    await s.close();

    const t = await lcsEscalation();
    const refused = await failure(t.s, 'children.create', { name: 'Future Child', caseId: 'LCS-2031', dateOfBirth: '2031-05-17', cohort: 'looked-after', socialWorker: '', teamManager: '', team: '', chair: '', opId: opId() } as never);
    expect(refused).toMatchObject({ code: 'INVALID', details: { field: 'dateOfBirth' } });
    expect(refused.message).toBe('The date of birth cannot be after today (Monday 3 March 2025): check the year.');
    await t.s.close();
  });
});
