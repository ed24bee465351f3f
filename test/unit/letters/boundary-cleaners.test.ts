import { describe, expect, it } from 'vitest';
import { safeFilePart } from '../../../electron/letters/wording';
import { buildEml, cleanAddress, mailbox } from '../../../electron/letters/eml';
import { folderInside, isPlainFileName } from '../../../electron/files/owned-paths';

describe('the one cleaner for file names', () => {
  it.each([
    ['..', ''],
    ['../../x', '-..-x'],
    ['.hidden', 'hidden'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['LPT1', '_LPT1'],
    ['a\u0000b\r\nc', 'a-b- -c'.replace(' ', '')],
    ['C:\\Windows\\system32', 'C--Windows-system32'],
    ['\\\\server\\share', '--server-share'],
    ['trailing. . ', 'trailing'],
  ])('%j becomes %j', (input, expected) => {
    expect(safeFilePart(input)).toBe(expected);
    // eslint-disable-next-line no-control-regex -- control characters are what must never reach a file name
    expect(safeFilePart(input)).not.toMatch(/^\.|[\\/:*?"<>|\x00-\x1f]/);
  });

  it('keeps paths read from the tracker inside their folder', () => {
    for (const bad of ['../x', '/etc', 'C:\\x', '\\\\server\\share', 'a/../../b', '.', '']) expect(folderInside('/srv/tracker', bad)).toBeNull();
    expect(folderInside('/srv/tracker', 'Correspondence/2026')).toBe('/srv/tracker/Correspondence/2026');
    for (const bad of ['../x.docx', 'a/b.docx', '..', '.', 'x\u0000.docx', '/dev/zero']) expect(isPlainFileName(bad)).toBe(false);
  });
});

describe('the one cleaner for email header addresses', () => {
  it.each(['cara@council.gov.uk>\r\nBcc: evil2@evil.example', 'a b@c.uk', 'x@y', '<x@y.uk>', 'x@y.uk, z@w.uk', '"x"@y.uk', `${'a'.repeat(250)}@b.uk`])('refuses %j', (bad) => {
    expect(cleanAddress(bad)).toBeNull();
    expect(mailbox({ name: 'Cara', role: 'Head of Service', email: bad })).toBeNull();
  });

  it('a hostile name or address never adds a header', () => {
    const eml = buildEml({ to: [{ name: 'Cara\r\nBcc: evil@evil.example', role: 'x', email: 'cara@council.gov.uk' }], cc: [{ name: 'E', role: 'x', email: 'e@x.uk>\r\nBcc: evil2@evil.example' }], subject: 'S\r\nBcc: evil3@evil.example', body: 'b', attachment: { fileName: 'a.docx', data: new Uint8Array([1]), mimeType: 'x' } });
    const headers = eml.split('\r\n\r\n')[0]!;
    expect(headers).not.toMatch(/^Bcc:/im);
    expect(headers).toContain('To: "CaraBcc: evil@evil.example" <cara@council.gov.uk>');
    expect(headers).not.toContain('Cc:');
  });
});
