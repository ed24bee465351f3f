import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createAppHost, type AppServices } from '../../../electron/app-services';
import { dispatch } from '../../../electron/dispatch';
import { secretStore, type Cipher } from '../../../electron/desktop-state/secrets';
import { freshTracker, MIGRATIONS, tempDir } from '../../support/tracker-fixture';
import type { Channel, Input } from '../../../shared/api/contract';

// The edge of the world: the OS keychain behind Electron's safeStorage. Reversible, and visibly not the plain text.
const keychain: Cipher = {
  isEncryptionAvailable: () => true,
  encryptString: (plain) => Buffer.from(`sealed:${Buffer.from(plain).reverse().toString('hex')}`),
  decryptString: (sealed) => Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'hex').reverse().toString(),
};

const host = (dataDir: string, cipher?: Cipher) =>
  createAppHost({ dataDir, migrationsDir: MIGRATIONS, appVersion: 'test', user: { name: 'Sam Patel', osUser: 'spatel' }, now: () => new Date('2025-03-03T10:00:00Z'), secrets: secretStore(dataDir, cipher) });
const call = async <C extends Channel>(s: AppServices, channel: C, input: Input<C>) => dispatch(s.handlers, channel, input);
const partsOf = (url: string) => {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port), database: u.pathname.slice(1), user: u.username, password: decodeURIComponent(u.password), tls: false };
};
const everythingIn = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => readFileSync(join(e.parentPath, e.name), 'utf8')).join('\n');

describe('Settings → Tracker: a PostgreSQL server', () => {
  it('connects from the address in parts, keeps the password only sealed by the system, and opens it again at the next start', async () => {
    const url = await freshTracker();
    const parts = partsOf(url);
    const dataDir = tempDir();
    const first = await host(dataDir, keychain);
    const opened = await call(first, 'trackerFile.openServer', { ...parts, keepPassword: true });
    expect(opened).toMatchObject({ ok: true, data: { state: 'open', canKeepPasswords: true, server: { host: parts.host, database: parts.database, user: parts.user, tls: false } } });
    await first.close();
    // Nothing this desktop wrote holds the password in plain text.
    expect(everythingIn(dataDir)).not.toContain(parts.password);

    const again = await host(dataDir, keychain);
    try {
      expect(again.session.status()).toMatchObject({ state: 'open', server: { database: parts.database } });
      // An empty password field means the kept one.
      expect(await call(again, 'trackerFile.openServer', { ...parts, password: '' })).toMatchObject({ ok: true });
    } finally {
      await again.close();
    }
  });

  it('without protected storage (the web host) keeps no password, and at the next start asks for it', async () => {
    const url = await freshTracker();
    const parts = partsOf(url);
    const dataDir = tempDir();
    const first = await host(dataDir);
    expect(await call(first, 'trackerFile.openServer', { ...parts, keepPassword: true })).toMatchObject({ ok: true, data: { canKeepPasswords: false } });
    await first.close();
    expect(everythingIn(dataDir)).not.toContain(parts.password);
    const again = await host(dataDir);
    try {
      expect(again.session.status()).toMatchObject({ state: 'failed', message: expect.stringMatching(/password .* is not kept on this computer/) });
      expect(await call(again, 'trackerFile.openServer', { ...parts, password: '' })).toMatchObject({ ok: false, error: { code: 'INVALID', message: expect.stringMatching(/Enter the password/) } });
    } finally {
      await again.close();
    }
  });

  it('refuses an address with anything but a host name in it, before connecting anywhere', async () => {
    const s = await host(tempDir());
    try {
      for (const hostName of ['db/../x', 'db server', "db'; DROP", 'user@db']) {
        const r = await call(s, 'trackerFile.openServer', { host: hostName, port: 5432, database: 'x', user: 'u', password: 'p', tls: true, keepPassword: false });
        expect(r, hostName).toMatchObject({ ok: false, error: { code: 'INVALID' } });
      }
    } finally {
      await s.close();
    }
  });
});
