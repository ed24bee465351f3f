import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repeatingPlaceholders, scalarPlaceholders } from '../../../electron/letters/custom/placeholders';

const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'TEMPLATES.md'), 'utf8');

describe('docs/TEMPLATES.md', () => {
  it('lists every placeholder the app fills, and no placeholder it does not', () => {
    const keys = [...scalarPlaceholders.map((p) => p.key), ...repeatingPlaceholders.flatMap((r) => r.fields.map((f) => `${r.key}.${f.name}`))];
    for (const key of keys) expect(doc, key).toContain(`\`{{${key}}}\``);
    const documented = [...doc.matchAll(/^\| `\{\{([^}]+)\}\}` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...keys].sort());
  });
});
