import { trackerLocation } from '../../../db/open';
import { resolve } from 'node:path';
import { runStress } from '../../stress/runner';
import { parse, positiveInt, requireString } from '../args';
import { UsageError, type CliCommand } from '../types';

export const stressCommand: CliCommand = {
  name: 'stress',
  summary: 'P separate processes write random engine commands to one tracker (a file or a PostgreSQL server); checks nothing acknowledged was lost',
  usage: 'stress --db FILE|postgres://… --processes P --ops N [--kill-every-ms MS] [--ack-log FILE] [--busy-total-ms MS] [--json]',
  async run(args, io) {
    const { values } = parse(args, {
      db: { type: 'string' },
      processes: { type: 'string', default: '4' },
      ops: { type: 'string', default: '50' },
      'kill-every-ms': { type: 'string' },
      'ack-log': { type: 'string' },
      'busy-total-ms': { type: 'string' },
      json: { type: 'boolean' },
    });
    const processes = positiveInt(values.processes, '--processes')!;
    const ops = positiveInt(values.ops, '--ops')!;
    if (processes < 1 || processes > 64) throw new UsageError('--processes must be between 1 and 64');
    if (ops < 1) throw new UsageError('--ops must be at least 1');
    const killEveryMs = positiveInt(values['kill-every-ms'], '--kill-every-ms');
    if (killEveryMs !== undefined && killEveryMs < 200) throw new UsageError('--kill-every-ms must be at least 200 (workers need time to start)');
    const result = await runStress({
      db: trackerLocation(requireString(values.db, '--db')),
      processes,
      ops,
      killEveryMs,
      ackLog: values['ack-log'] ? resolve(values['ack-log']) : undefined,
      busyTotalMs: positiveInt(values['busy-total-ms'], '--busy-total-ms'),
      log: (line) => io.err(line),
    });
    if (values.json) io.out(JSON.stringify(result));
    else {
      io.out(`${result.processes} processes, ${result.acknowledged} acknowledged writes (${result.writes} attempts), ${result.conflicts} conflicts retried, ${result.busyRetries} busy waits, ${result.killed} workers killed`);
      io.out(`write latency p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms; integrity ${result.integrity}; lost ${result.lost}`);
    }
    return result.lost === 0 && result.integrity === 'ok' ? 0 : 1;
  },
};
