import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppServices, type AppServices } from '../../../electron/app-services';
import { startWebHost, type WebHost } from '../../../electron/web-host';
import { channels } from '../../../shared/api/contract';
import { errorCodes } from '../../../shared/api/result';
import { childInput, freshTracker, MIGRATIONS, opId, tempDir } from '../../support/tracker-fixture';
import { snapshotRows } from '../../support/tracker-snapshot';
import { malformedCases } from './malformed-inputs';

// Issue 18, done when: "A fuzz suite of our own in CI: every channel of the contract × malformed inputs
// (generated from the zod schemas), asserting a coded error with a field-naming message, no 500, the host
// alive, and the tracker's rows byte-for-byte unchanged after every refused call".
let services: AppServices;
let host: WebHost;
const token = 'f'.repeat(48);

async function post(channel: string, body: string): Promise<{ status: number; json: { ok: boolean; error?: { code: string; message: string } } }> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/${channel}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body });
  return { status: res.status, json: (await res.json()) as { ok: boolean; error?: { code: string; message: string } } };
}

beforeAll(async () => {
  const dir = tempDir();
  services = await createAppServices({ trackerFile: await freshTracker(), dataDir: join(dir, 'app-data'), migrationsDir: MIGRATIONS, appVersion: 'test', create: true, now: () => new Date('2025-03-03T10:00:00Z'), user: { name: 'Sam Patel', osUser: 'spatel' }, machine: 'fuzz' });
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  host = await startWebHost({ handlers: services.handlers, staticDir, token });
  // An administrator with a child and an escalation, so refused calls have rows to leave alone.
  const ok = async (channel: string, input: unknown) => {
    const r = await post(channel, JSON.stringify(input));
    if (!r.json.ok) throw new Error(`${channel}: ${JSON.stringify(r.json)}`);
  };
  await ok('people.setup', { person: { name: 'Sam Patel', email: '', jobRole: 'chair', team: '' }, opId: opId() });
  await ok('children.create', childInput());
});

afterAll(async () => {
  await host.close();
  await services.close();
});

describe('fuzz: every channel × malformed inputs generated from its schema', () => {
  it.each(channels.map((c, i) => [c, i] as const))('%s answers every malformed input with a coded error and writes nothing', async (channel, i) => {
    const cases = malformedCases(channel, 1800 + i);
    let refused = 0;
    let before = await snapshotRows(services.tracker);
    for (const c of cases) {
      const r = await post(channel, c.body ?? JSON.stringify(c.input));
      const what = `${channel} ${(c.body ?? JSON.stringify(c.input)).slice(0, 120)}`;
      expect(r.status, what).toBe(200);
      if (r.json.ok) {
        // An accepted (valid after all) input may write: the next refused call is compared with what it left.
        before = await snapshotRows(services.tracker);
        continue;
      }
      refused++;
      const error = r.json.error!;
      expect(errorCodes, what).toContain(error.code);
      expect(error.code, `${what}: ${error.message}`).not.toBe('INTERNAL');
      expect(error.message.length, what).toBeGreaterThan(5);
      // A property-level problem names the field it is about (describeIssues: "field: message").
      if (c.property && error.code === 'INVALID') expect(error.message, what).toMatch(/^[\w.[\]]+: /);
      expect(await snapshotRows(services.tracker), what).toBe(before);
    }
    expect(refused, `${channel}: some malformed inputs were refused`).toBeGreaterThan(0);
    // The host is alive and still answering.
    expect((await post('app.info', '{}')).json.ok).toBe(true);
  });
});
