import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonSyntaxError } from '../../../shared/profile/json-position';
import { parseProfileJson, type ProfileCheck } from '../../../shared/profile/validate';
import { aProfile } from './profile-builder';

function onlyMessage(result: ProfileCheck): string {
  if (result.ok) throw new Error('expected the text to be rejected');
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0]?.path).toBe('(file)');
  return result.problems[0]?.message ?? '';
}

describe('parseProfileJson', () => {
  it('loads a valid profile file', () => {
    const result = parseProfileJson(JSON.stringify(aProfile(), null, 2));
    expect(result.ok).toBe(true);
  });

  it('accepts a file saved with a byte-order mark (as Windows Notepad does)', () => {
    expect(parseProfileJson(`\uFEFF${JSON.stringify(aProfile())}`).ok).toBe(true);
  });

  it('points at the line and column of a missing comma', () => {
    const text = '{\n  "id": "x",\n  "name": "y"\n  "authority": "z"\n}';
    expect(onlyMessage(parseProfileJson(text))).toBe(
      'The file is not valid JSON: line 4, column 3: expected "," or "}" after the value: is a comma missing?',
    );
  });

  it('explains a trailing comma, which JSON does not allow', () => {
    const text = '{\n  "notes": ["a", "b",]\n}';
    expect(onlyMessage(parseProfileJson(text))).toContain('line 2, column 22: there is a comma before "]"');
  });

  it('explains single quotes and unquoted words', () => {
    expect(onlyMessage(parseProfileJson("{'id': 'x'}"))).toContain('line 1, column 2: expected a field name in double quotes, found a single quote');
    expect(onlyMessage(parseProfileJson('{"kind": meeting}'))).toContain('line 1, column 10: unexpected word');
  });

  it('explains a text value that runs past the end of its line or of the file', () => {
    expect(onlyMessage(parseProfileJson('{\n  "name": "Stage 1\n}'))).toContain('line 2, column 19: a line break or tab inside a text value');
    expect(onlyMessage(parseProfileJson('{"name": "Stage 1'))).toContain('line 1, column 10: the file ends inside a text value');
  });

  it('says when the file is cut short', () => {
    expect(onlyMessage(parseProfileJson('{\n  "ladders": [\n'))).toContain('line 2, column 14: the file ends inside a list');
  });

  it('says when the file is empty', () => {
    expect(onlyMessage(parseProfileJson('  \n'))).toBe('The file is empty: it must contain one JSON object.');
  });

  it('reports profile problems once the JSON itself is valid', () => {
    const result = parseProfileJson('{"id": "x"}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['name', 'authority', 'ladders', 'categories', 'rules']);
  });
});

describe('locateJsonSyntaxError', () => {
  it('finds nothing wrong in any JSON that JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonSyntaxError(text)).toBeNull();
      }),
    );
  });

  it('finds an error exactly when JSON.parse refuses the text', () => {
    const jsonish = fc.stringMatching(/^[\s{}[\]",:0-9a-z.eE+\\-]{0,20}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), jsonish), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(locateJsonSyntaxError(text) === null).toBe(parses);
      }),
      { numRuns: 2000 },
    );
  });
});
