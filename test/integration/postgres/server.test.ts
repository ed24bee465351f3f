import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { childInput, freshTracker, MIGRATIONS, openServices } from '../../support/tracker-fixture';
import { serverAdminUrl } from '../../support/backends';
import { openTrackerAt, serverMigrationsDir } from '../../../db/open';
import { numberPlaceholders } from '../../../db/postgres/runner';
import * as schema from '../../../db/schema';
import { feedRepo } from '../../../db/repositories/feed-repo';

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};
const open = (url: string) => openTrackerAt(url, { migrationsDir: MIGRATIONS, busyTotalMs: 2000 });
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: { code?: string; message?: string }) => ({ code: e.code, message: e.message }));

describe('a tracker on a PostgreSQL server', () => {
  it('makes the same tables, columns, keys and indexes as the file from the one schema definition', async () => {
    const url = await freshTracker();
    const t = await open(url);
    await t.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const tables = Object.values(schema).filter((v) => v && typeof v === 'object' && Symbol.for('drizzle:IsDrizzleTable') in v);
      expect(tables.length).toBeGreaterThanOrEqual(16);
      for (const table of tables) {
        const config = getTableConfig(table as Parameters<typeof getTableConfig>[0]);
        const cols = await client.query(`SELECT column_name, is_nullable, data_type FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`, [config.name]);
        expect(cols.rows.map((r) => r.column_name), config.name).toEqual(config.columns.map((c) => c.name));
        expect(cols.rows.map((r) => r.is_nullable === 'NO'), `${config.name} not null`).toEqual(config.columns.map((c) => c.notNull || c.primary));
        const idx = await client.query(`SELECT indexname FROM pg_indexes WHERE tablename = $1`, [config.name]);
        const names = idx.rows.map((r) => String(r.indexname));
        for (const ix of config.indexes) expect(names, config.name).toContain(ix.config.name);
      }
    } finally {
      await client.end();
    }
  });

  it('says plainly when the password is wrong, the database does not exist, TLS is not offered or the server is not running', async () => {
    const admin = new URL(serverAdminUrl());
    const wrong = new URL(admin);
    wrong.password = 'not-the-password';
    expect(await refusal(open(withDatabase(wrong.toString(), 'postgres')))).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/refused the password/) });
    // The password never appears in what people see.
    expect((await refusal(open(withDatabase(wrong.toString(), 'postgres'))))?.message).not.toContain('not-the-password');
    expect(await refusal(open(withDatabase(admin.toString(), 'no_such_tracker')))).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/no database by that name/) });
    const tls = new URL(withDatabase(admin.toString(), 'postgres'));
    tls.searchParams.set('sslmode', 'require');
    expect(await refusal(open(tls.toString()))).toMatchObject({ code: 'INVALID', message: expect.stringMatching(/does not offer TLS/) });
    const down = new URL(admin);
    down.port = '1';
    expect(await refusal(open(down.toString()))).toMatchObject({ code: 'OFFLINE', message: expect.stringMatching(/not answering/) });
  });

  it('refuses a database that holds other tables, rather than adding the tracker to it', async () => {
    const url = await freshTracker();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE TABLE payroll (id integer)');
    await client.end();
    expect(await refusal(open(url))).toMatchObject({ code: 'INVALID', message: expect.stringMatching(/other tables and no Escalation Tracker/) });
  });

  it('opens a tracker upgraded by a newer app read-only, saying why, and keeps its rows', async () => {
    const url = await freshTracker();
    const s = await openServices({ file: url });
    await s.handlers['children.create']({ ...childInput(), lastMeetingDate: null, nextMeetingDate: null });
    await s.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('UPDATE __tracker_schema SET version = version + 1');
    await client.end();
    const t = await open(url);
    try {
      expect(t.readOnlyReason).toMatch(/upgraded by a newer version/);
      expect(await refusal(t.writeTx(async () => 1))).toMatchObject({ code: 'READ_ONLY' });
      expect(await t.readTx((tx) => tx.select().from(schema.children).all())).toHaveLength(1);
    } finally {
      await t.close();
    }
  });

  it('tells the other desktops of a save within a second (LISTEN/NOTIFY), and the change is in their feed', async () => {
    const url = await freshTracker();
    const sam = await open(url);
    const ann = await open(url);
    try {
      const before = await ann.dataVersion();
      const head = await ann.readTx((tx) => feedRepo.feedHead(tx));
      await sam.writeTx((tx) => feedRepo.beat(tx, { actor: 'Sam Patel', machine: 'desk-1', escalationId: null, seenAt: '2025-03-03T10:00:00.000Z' }));
      await sam.writeTx((tx) =>
        tx.insert(schema.changeLog).values({ entity: 'child', entityId: 'c1', action: 'create', actor: 'Sam Patel', machine: 'desk-1', at: '2025-03-03T10:00:00.000Z', opId: 'op-feed-1' }).run(),
      );
      const deadline = Date.now() + 1000;
      while ((await ann.dataVersion()) === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(await ann.dataVersion()).toBeGreaterThan(before);
      const seen = await ann.readTx((tx) => feedRepo.changesSince(tx, head, 10));
      expect(seen.changes.map((c) => c.entityId)).toContain('c1');
    } finally {
      await sam.close();
      await ann.close();
    }
  });

  it('numbers SQLite placeholders for the server, leaving strings, names and comments alone', () => {
    expect(numberPlaceholders(`SELECT '?' AS q, "a?" FROM t WHERE a = ? -- isn't ?\n AND c = ?`)).toBe(`SELECT '?' AS q, "a?" FROM t WHERE a = $1 -- isn't ?\n AND c = $2`);
    expect(numberPlaceholders(`SELECT 1 WHERE a >= ?1 AND a < ?2 AND b = ?1`)).toBe(`SELECT 1 WHERE a >= $1 AND a < $2 AND b = $1`);
  });

  it('keeps its migrations beside the file’s', () => {
    expect(serverMigrationsDir(MIGRATIONS)).toMatch(/db[\\/]migrations-postgres$/);
  });
});

describe('when the server goes away', () => {
  it('goes offline with a sentence, loses nothing saved, and carries on once the server answers again', async () => {
    const url = await freshTracker();
    const { createAppServices } = await import('../../../electron/app-services');
    const s = await createAppServices({ trackerFile: url, migrationsDir: MIGRATIONS, appVersion: 'test', reconnectMs: 200, user: { name: 'Sam Patel', osUser: 'spatel' }, now: () => new Date('2025-03-03T10:00:00Z') });
    try {
      const child = await s.handlers['children.create']({ ...childInput(), lastMeetingDate: null, nextMeetingDate: null });
      // IT restarts the server (or the VPN drops): every connection of this desktop is cut.
      const admin = new pg.Client({ connectionString: serverAdminUrl() });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [new URL(url).pathname.slice(1)]);
      await admin.end();
      const cut = await refusal(s.handlers['children.get']({ id: child.id }));
      expect(cut).toMatchObject({ code: 'OFFLINE', message: expect.stringMatching(/PostgreSQL server .* (was lost|is not answering)/) });
      expect(cut?.message).not.toContain(new URL(url).password);
      const deadline = Date.now() + 10_000;
      while (s.session.status().state !== 'open' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(s.session.status().state).toBe('open');
      expect(await s.handlers['children.get']({ id: child.id })).toMatchObject({ id: child.id, name: child.name });
    } finally {
      await s.close();
    }
  });
});
