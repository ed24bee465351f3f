import { describe, expect, it } from 'vitest';
import { buildEml, DOCX_MIME } from '../../../electron/letters/eml';

function parse(eml: string) {
  const [head, ...rest] = eml.split('\r\n\r\n');
  const headers = Object.fromEntries(head!.split('\r\n').map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  return { headers, body: rest.join('\r\n\r\n') };
}

describe('the email draft (.eml)', () => {
  const attachment = { fileName: '2025-03-03 LCS-1 Stage 1 Escalation form.docx', data: new Uint8Array([80, 75, 3, 4, 1, 2, 3, 250]), mimeType: DOCX_MIME };
  const eml = buildEml({
    to: [{ role: 'Team Manager', name: 'Tom Barker', email: 'tom@example.gov.uk' }],
    cc: [
      { role: 'IRO', name: 'Sam Patel', email: 'sam@example.gov.uk' },
      { role: 'Social Worker', name: 'Priya Shah', email: null },
      { role: 'Safeguarding Business Manager', name: '', email: 'sbm@example.gov.uk' },
    ],
    subject: 'Formal Escalation of Concern – Stage 1 – LCS-1',
    body: 'Dear Tom Barker,\nPlease find attached …',
    attachment,
    boundary: 'BOUNDARY',
  });
  const { headers, body } = parse(eml);

  it('encodes a name with non-ASCII letters as one RFC 2047 word, without quotes that would show ("Zoë O’Brien")', () => {
    const draft = parse(buildEml({ to: [{ role: 'Team Manager', name: 'Zoë O’Brien', email: 'zoe@example.gov.uk' }], cc: [{ role: 'IRO', name: 'Sam Patel', email: 'sam@example.gov.uk' }], subject: 'S', body: 'B', attachment, boundary: 'B1' }));
    const m = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?= <zoe@example\.gov\.uk>$/.exec(draft.headers.to!);
    expect(m, draft.headers.to).not.toBeNull();
    expect(Buffer.from(m![1]!, 'base64').toString('utf8')).toBe('Zoë O’Brien');
    expect(draft.headers.cc).toBe('"Sam Patel" <sam@example.gov.uk>');
  });

  it('opens as an unsent draft addressed to the recipient, with the others in copy', () => {
    expect(headers['x-unsent']).toBe('1');
    expect(headers.to).toBe('"Tom Barker" <tom@example.gov.uk>');
    expect(headers.cc).toBe('"Sam Patel" <sam@example.gov.uk>, <sbm@example.gov.uk>');
  });

  it('never invents an address: a person without one is left out for the chair to fill', () => {
    expect(eml).not.toContain('Priya');
  });

  it('encodes the subject (it has an en dash) and attaches the letter as base64 that decodes to the same bytes', () => {
    expect(headers.subject).toMatch(/^=\?UTF-8\?B\?/);
    expect(Buffer.from(headers.subject!.slice(10, -2), 'base64').toString('utf8')).toBe('Formal Escalation of Concern – Stage 1 – LCS-1');
    expect(headers['content-type']).toBe('multipart/mixed; boundary="BOUNDARY"');
    const parts = body.split('--BOUNDARY');
    const attached = parts.find((p) => p.includes('Content-Disposition: attachment'))!;
    expect(attached).toContain(`Content-Type: ${DOCX_MIME}`);
    expect(attached).toContain('filename="2025-03-03 LCS-1 Stage 1 Escalation form.docx"');
    const data = attached.split('\r\n\r\n')[1]!.replace(/\r\n/g, '');
    expect([...Buffer.from(data, 'base64')]).toEqual([...attachment.data]);
    const text = parts.find((p) => p.includes('text/plain'))!.split('\r\n\r\n')[1]!.replace(/\r\n/g, '');
    expect(Buffer.from(text, 'base64').toString('utf8')).toBe('Dear Tom Barker,\r\nPlease find attached …');
    expect(body.trimEnd().endsWith('--BOUNDARY--')).toBe(true);
  });
});
