/**
 * The tracker on a PostgreSQL server, timed the way chairs use it at home over a VPN: every packet between the app
 * and the server goes through a delaying TCP proxy (half the round trip each way), so each query costs the added
 * latency as it would across a network. Each call is timed cold (right after another desktop saved) and warm.
 *
 *   npx tsx scripts/bench-server.ts --url postgres://user:pw@host:port/db [--latency 10] [--runs 3] [--max-seconds 300]
 *
 * Make the tracker with `npm run -s cli -- seed --db postgres://…/db --escalations 50000` (an empty database first).
 */
import { createServer, connect, type Server } from 'node:net';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAppServices, type AppServices } from '../electron/app-services';
import { dispatch } from '../electron/dispatch';
import { trackerCounts } from '../db/maintenance';
import { londonDateOf } from '../shared/calendar';
import { lastCompleteQuarter } from '../shared/reports/periods';
import type { Channel } from '../shared/api/contract';

/** A TCP proxy to `target` that holds every chunk for `oneWayMs` in each direction (order kept: equal delays fire in order). */
function delayingProxy(target: { host: string; port: number }, oneWayMs: number): Promise<{ server: Server; port: number }> {
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    const relay = (from: typeof client, to: typeof client) => {
      from.on('data', (chunk) => setTimeout(() => to.writable && to.write(chunk), oneWayMs));
      from.on('end', () => setTimeout(() => to.end(), oneWayMs));
      from.on('error', () => to.destroy());
    };
    relay(client, upstream);
    relay(upstream, client);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })));
}

async function call(s: AppServices, channel: string, input: unknown): Promise<unknown> {
  const r = await dispatch(s.handlers, channel as Channel, input as never);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const { values } = parseArgs({ options: { url: { type: 'string' }, latency: { type: 'string', default: '10' }, runs: { type: 'string', default: '3' }, 'max-seconds': { type: 'string', default: '300' } } });
  if (!values.url) throw new Error('usage: npx tsx scripts/bench-server.ts --url postgres://user:pw@host:port/db [--latency 10] [--runs 3]');
  const latency = Number(values.latency);
  const runs = Number(values.runs);
  const deadline = Date.now() + Number(values['max-seconds']) * 1000;
  const direct = new URL(values.url);
  const proxy = await delayingProxy({ host: direct.hostname, port: Number(direct.port || 5432) }, latency / 2);
  const viaProxy = new URL(values.url);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  const migrationsDir = join(import.meta.dirname, '..', 'db', 'migrations');
  // As the demo seed's people (their OS accounts are their names in lower case).
  const open = (url: string, user: string) => createAppServices({ trackerFile: url, migrationsDir, appVersion: 'bench', user: { name: user, osUser: user.toLowerCase() } });
  const t0 = performance.now();
  const me = await open(viaProxy.toString(), 'Sam Patel');
  const openMs = performance.now() - t0;
  const other = await open(values.url, 'Ann Okafor');
  try {
    const counts = await trackerCounts(me.context.tracker);
    const quarter = lastCompleteQuarter(londonDateOf(counts.newestRaisedAt ?? new Date().toISOString()));
    const list = (await call(me, 'escalations.list', { scope: 'all', status: 'open', limit: 100, offset: 0 })) as { rows: { id: string }[] };
    const [mine, theirs] = [list.rows[0]!.id, list.rows[1]!.id];
    const otherSaves = async () => {
      const e = (await call(other, 'escalations.get', { id: theirs })) as { version: number };
      await call(other, 'escalations.command', { id: theirs, version: e.version, command: { kind: 'add-note', text: 'Another desktop saved' }, opId: randomUUID() });
    };
    const calls: Record<string, () => Promise<unknown>> = {
      defaultView: () => call(me, 'escalations.list', { scope: 'all', status: 'open', limit: 100, offset: 0 }),
      filter: () => call(me, 'escalations.list', { scope: 'all', status: 'closed', stage: 'stage-2', limit: 100, offset: 0 }),
      search: () => call(me, 'escalations.list', { scope: 'all', status: 'any', search: 'DEMO-1042', limit: 100, offset: 0 }),
      escalationPage: () => call(me, 'escalations.get', { id: mine }),
      dashboard: () => call(me, 'reports.dashboard', {}),
      quarterlyReport: () => call(me, 'reports.period', { from: quarter.from, to: quarter.to }),
      write: async () => {
        const e = (await call(me, 'escalations.get', { id: mine })) as { version: number };
        return call(me, 'escalations.command', { id: mine, version: e.version, command: { kind: 'add-note', text: 'Benchmark note' }, opId: randomUUID() });
      },
    };
    const results: Record<string, { coldMs: number; warmMs: number }> = {};
    for (const [name, run] of Object.entries(calls)) {
      if (Date.now() > deadline) break;
      const cold: number[] = [];
      const warm: number[] = [];
      for (let i = 0; i < runs; i++) {
        await otherSaves();
        let t = performance.now();
        await run();
        cold.push(performance.now() - t);
        t = performance.now();
        await run();
        warm.push(performance.now() - t);
      }
      results[name] = { coldMs: Math.round(median(cold)), warmMs: Math.round(median(warm)) };
      console.error(name, results[name]);
    }
    console.log(JSON.stringify({ latencyMs: latency, escalations: counts.escalations, events: counts.events, openMs: Math.round(openMs), quarter, calls: results }));
  } finally {
    await me.close();
    await other.close();
    proxy.server.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
