import { describe, expect, it } from 'vitest';
import { backoffMs, withBusyRetry } from '../../../db/busy';

const busy = () => Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' });

describe('busy retries', () => {
  it('waits longer after each refusal, up to half a second, with jitter either side', () => {
    expect([0, 1, 2, 3, 6, 10].map((a) => backoffMs(a, () => 0.5))).toEqual([10, 20, 40, 80, 500, 500]);
    expect(backoffMs(3, () => 0)).toBe(40);
    expect(backoffMs(3, () => 0.999)).toBe(120);
  });

  it('retries SQLITE_BUSY until the operation succeeds, counting the waits', async () => {
    let calls = 0;
    let waits = 0;
    const result = await withBusyRetry(
      async () => {
        if (++calls < 4) throw busy();
        return 'saved';
      },
      { totalMs: 5000, random: () => 0, onRetry: () => waits++ },
    );
    expect(result).toBe('saved');
    expect(waits).toBe(3);
  });

  it('gives up with a BUSY sentence once the bounded total wait would be exceeded', async () => {
    await expect(withBusyRetry(() => Promise.reject(busy()), { totalMs: 60, random: () => 0.5 })).rejects.toMatchObject({
      code: 'BUSY',
      message: expect.stringMatching(/other people are saving/),
    });
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    await expect(withBusyRetry(() => Promise.reject(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT', n: ++calls })), { totalMs: 1000, random: Math.random })).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT' });
    expect(calls).toBe(1);
  });
});
