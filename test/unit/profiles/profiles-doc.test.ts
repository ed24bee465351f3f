import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfileJson } from '../../../shared/profile/validate';

const doc = readFileSync(new URL('../../../docs/PROFILES.md', import.meta.url), 'utf8');

describe('docs/PROFILES.md', () => {
  it('opens with a full example that is a valid profile', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const result = parseProfileJson(example ?? '');
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('shows problem lines exactly as the checker writes them', () => {
    const result = parseProfileJson(
      JSON.stringify({
        id: 'x',
        name: 'X',
        authority: 'X',
        ladders: [
          {
            key: 'main',
            label: 'Main',
            cohorts: ['looked-after'],
            stages: [
              { key: 's1', label: 'S1', recipientRole: 'TM', responseTime: null, kind: 'meeting' },
              { key: 's2', label: 'S2', recipientRole: 'SM', responseTime: null, kind: 'meeting' },
              { key: 's3', label: 'S3', recipientRole: 'HoS', kind: 'meeting' },
            ],
          },
        ],
        categories: [
          { key: 'safeguarding', label: 'A' },
          { key: 'b', label: 'B' },
          { key: 'c', label: 'C' },
          { key: 'safeguarding', label: 'D' },
        ],
        rules: { bypass: { allowed: true }, extensions: { allowed: true }, cafcass: { allowed: true } },
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const p of result.problems) expect(doc).toContain(`${p.path}: ${p.message}`);
  });
});
