import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createAppServices, type AppServices } from '../app-services';
import { dispatch } from '../dispatch';
import { londonDateOf } from '../../shared/calendar';
import type { Channel, Input } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import type { EscalationDetail, ChildSummary } from '../../shared/api/outputs';

/**
 * One stress worker: a separate OS process, like one desktop, doing random engine commands against the
 * shared file through the real services. It appends each acknowledged operation's opId to the ack log
 * only after the service returned (committed), and reports every operation on stdout as a JSON line.
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    ops: { type: 'string' },
    'ack-log': { type: 'string' },
    slot: { type: 'string' },
    migrations: { type: 'string' },
    'busy-total-ms': { type: 'string' },
  },
});
const slot = Number(values.slot ?? 0);
const emit = (line: Record<string, unknown>): void => void process.stdout.write(`${JSON.stringify(line)}\n`);
const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

type Attempt = { result: Result<unknown>; ms: number };

async function main(): Promise<void> {
  const s: AppServices = await createAppServices({
    trackerFile: values.db!,
    migrationsDir: values.migrations!,
    appVersion: 'stress',
    user: { name: `Stress Chair ${slot}`, osUser: `stress${slot}` },
    machine: `stress-${slot}-${process.pid}`,
    busyTotalMs: values['busy-total-ms'] ? Number(values['busy-total-ms']) : undefined,
  });
  const category = s.context.profile().categories[0]!.key;
  const call = async <C extends Channel>(channel: C, input: Input<C>): Promise<Attempt> => {
    const started = performance.now();
    const result = await dispatch(s.handlers, channel, input);
    return { result, ms: performance.now() - started };
  };
  const read = async <T>(channel: Channel, input: unknown): Promise<T | null> => {
    const r = await dispatch(s.handlers, channel, input);
    return r.ok ? (r.data as T) : null;
  };

  /** One operation with the real retry rules: BUSY and OFFLINE are retried as they are (same opId), a CONFLICT after reloading. */
  async function perform(kind: string, opId: string, attempt: (reload: boolean) => Promise<Attempt | null>): Promise<void> {
    let conflicts = 0;
    let busyErrors = 0;
    const before = s.tracker.stats.busyRetries;
    const times: number[] = [];
    let reload = false;
    for (let tries = 0; tries < 20; tries++) {
      const a = await attempt(reload);
      if (!a) return emit({ t: 'op', kind, skipped: true });
      times.push(a.ms);
      if (a.result.ok) {
        if (values['ack-log']) appendFileSync(values['ack-log'], `${opId}\n`);
        return emit({ t: 'op', kind, ok: true, opId, ms: times, conflicts, busyErrors, busyRetries: s.tracker.stats.busyRetries - before });
      }
      const code = a.result.error.code;
      if (code === 'CONFLICT') conflicts++;
      else if (code === 'BUSY' || code === 'OFFLINE') {
        busyErrors++;
        emit({ t: 'retry', code, message: a.result.error.message });
        // The share hiccuped: wait a moment, as the app does before resending.
        if (code === 'OFFLINE') await whenOnline();
      }
      else return emit({ t: 'op', kind, ok: false, code, ms: times, conflicts, busyErrors, busyRetries: s.tracker.stats.busyRetries - before });
      reload = code === 'CONFLICT';
    }
    emit({ t: 'op', kind, ok: false, code: 'GAVE_UP', ms: times, conflicts, busyErrors, busyRetries: s.tracker.stats.busyRetries - before });
  }

  const today = () => londonDateOf(new Date());
  const commands = () => [
    { kind: 'add-note', text: `Note from worker ${slot}` },
    { kind: 'add-note', text: `Spoke to the social worker (${slot})` },
    { kind: 'record-letter-sent', sentOn: today(), to: 'Team Manager' },
    { kind: 'record-response', respondent: 'Team Manager', what: 'Meeting booked', who: 'Team Manager', byWhen: null, date: today() },
    { kind: 'escalate', concernsRemaining: 'No plan yet' },
    { kind: 'grant-extension', addWorkingDays: 5, reason: 'Awaiting a report', requestedBy: 'Team Manager' },
    { kind: 'record-meeting', status: 'held', date: today(), attendees: 'IRO, SW', notes: '' },
    { kind: 'resolve', date: today(), note: '' },
  ];

  /** Like a person at a desk: while the tracker is offline, wait for it to come back before the next thing. */
  const whenOnline = async () => {
    for (let waited = 0; s.session.state !== 'open' && waited < 120; waited++) {
      if (!(await s.session.reconnect())) await new Promise((r) => setTimeout(r, 500));
    }
  };

  const ops = Number(values.ops ?? 10);
  for (let i = 0; i < ops; i++) {
    await whenOnline();
    const opId = `stress-${slot}-${randomUUID()}`;
    const roll = Math.random();
    if (roll < 0.1) {
      await perform('children.create', opId, () =>
        call('children.create', { name: `Child ${slot}-${i}`, caseId: `ST-${randomUUID().slice(0, 12)}`, dateOfBirth: '2014-05-17', cohort: 'looked-after', chair: `Stress Chair ${slot}`, opId }),
      );
    } else if (roll < 0.3) {
      const children = (await read<ChildSummary[]>('children.list', { search: '' })) ?? [];
      const child = children.length ? pick(children) : null;
      await perform('escalations.raise', opId, async () =>
        child
          ? call('escalations.raise', {
              childId: child.id,
              concern: { categoryKeys: [category], summary: 'No permanence plan.', impactOnChild: 'Drift.', requestedAction: { what: 'Plan', who: 'TM', byWhen: null }, expectedOutcomeKeys: [] },
              opId,
            })
          : null,
      );
    } else if (roll < 0.4) {
      const children = (await read<ChildSummary[]>('children.list', { search: '' })) ?? [];
      const target = children.length ? pick(children) : null;
      await perform('children.update', opId, async () => {
        if (!target) return null;
        const c = await read<ChildSummary>('children.get', { id: target.id });
        if (!c) return null;
        const { id, version, name, caseId, dateOfBirth, cohort, socialWorker, teamManager, chair } = c;
        return call('children.update', { id, version, name, caseId, dateOfBirth, cohort, socialWorker, teamManager, chair, team: `Team ${slot}`, opId });
      });
    } else {
      const list = await read<{ rows: { id: string }[] }>('escalations.list', { status: 'open', limit: 50 });
      const target = list?.rows.length ? pick(list.rows) : null;
      const command = pick(commands());
      await perform(`command.${command.kind}`, opId, async () => {
        if (!target) return null;
        // Every attempt (and every retry after a CONFLICT) works from the record as it is now.
        const d = await read<EscalationDetail>('escalations.get', { id: target.id });
        if (!d) return null;
        return call('escalations.command', { id: d.row.id, version: d.version, opId, command: command as never });
      });
    }
  }
  await s.close();
  emit({ t: 'done' });
}

// If the runner dies, stop too: an orphaned worker would keep writing to the file after the run ended.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && process.exit(1), 1000).unref();

main().catch((err: unknown) => {
  emit({ t: 'fatal', message: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
