import { describe, expect, it } from 'vitest';
import { backupsToPrune, isoWeek } from '../../../db/backup-retention';

const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => new Date(Date.parse(`${from}T12:00:00Z`) - i * 86_400_000).toISOString().slice(0, 10));

describe('backup retention: 7 daily + 4 weekly', () => {
  it('keeps everything while there are 7 or fewer daily backups', () => {
    expect(backupsToPrune(days('2025-03-07', 7))).toEqual([]);
  });

  it('keeps the newest 7 days and then the newest backup of each of the 4 weeks before', () => {
    const all = days('2025-03-31', 60); // 31 Mar back to 31 Jan
    const pruned = new Set(backupsToPrune(all));
    const kept = all.filter((d) => !pruned.has(d));
    expect(kept).toEqual(['2025-03-31', '2025-03-30', '2025-03-29', '2025-03-28', '2025-03-27', '2025-03-26', '2025-03-25', '2025-03-23', '2025-03-16', '2025-03-09', '2025-03-02']);
    expect(kept.slice(7).map(isoWeek)).toEqual(['2025-W12', '2025-W11', '2025-W10', '2025-W09']);
  });

  it('names ISO weeks across a year boundary (29 Dec 2025 is in 2026-W01)', () => {
    expect(isoWeek('2025-12-29')).toBe('2026-W01');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
  });
});
