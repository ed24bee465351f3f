import type { Addressee } from './types';

/**
 * An unsent email (.eml with X-Unsent: 1): Outlook and most mail programs open it as a draft ready to send,
 * with the letter attached. Written by hand (RFC 5322 / 2045 / 2047 / 2231) rather than with a mail library:
 * it is a few headers and two base64 parts.
 */
export interface EmailDraft {
  to: Addressee[];
  cc: Addressee[];
  subject: string;
  body: string;
  attachment: { fileName: string; data: Uint8Array; mimeType: string };
  /** Fixed in tests; otherwise random. */
  boundary?: string;
  date?: Date;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** RFC 2047 encoded-word for a header value that is not plain ASCII. */
function encodeHeader(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  return `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

/**
 * The one check an address passes before it reaches an email header: a plain name@domain with no spaces,
 * line breaks, angle brackets, commas or quotes (a planted "cara@x>\r\nBcc: evil@…" is no address at all).
 */
export function cleanAddress(email: string | null | undefined): string | null {
  const v = (email ?? '').trim();
  return v.length <= 254 && /^[^\s@<>,;:"()[\]\\]+@[^\s@<>,;:"()[\]\\]+\.[^\s@<>,;:"()[\]\\]+$/.test(v) ? v : null;
}

/**
 * "Name" <address>, only for people with an address: a missing address is never invented. A name with
 * letters outside ASCII is one RFC 2047 encoded-word with no quotes around it (an encoded-word inside a
 * quoted string is not decoded, which is how "Zoë O’Brien" used to show with its quotes).
 */
export function mailbox(a: Addressee): string | null {
  const email = cleanAddress(a.email);
  if (!email) return null;
  // eslint-disable-next-line no-control-regex -- control characters never reach a header
  const name = a.name.replace(/["\\\x00-\x1f\x7f]/g, '').trim();
  if (!name) return `<${email}>`;
  return /^[\x20-\x7e]*$/.test(name) ? `"${name}" <${email}>` : `${encodeHeader(name)} <${email}>`;
}

function base64Lines(data: Uint8Array): string {
  return (Buffer.from(data).toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/** RFC 2231 filename*= for non-ASCII names, with a plain fallback. */
function fileNameParams(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function buildEml(draft: EmailDraft): string {
  const boundary = draft.boundary ?? `----=_Part_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const to = draft.to.map(mailbox).filter((m): m is string => m !== null);
  const cc = draft.cc.map(mailbox).filter((m): m is string => m !== null);
  const headers = [
    'X-Unsent: 1',
    ...(to.length ? [`To: ${to.join(', ')}`] : []),
    ...(cc.length ? [`Cc: ${cc.join(', ')}`] : []),
    `Subject: ${encodeHeader(draft.subject)}`,
    ...(draft.date ? [`Date: ${draft.date.toUTCString().replace('GMT', '+0000')}`] : []),
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  return [
    ...headers,
    '',
    'This is a multi-part message in MIME format.',
    `--${boundary}`,
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Buffer.from(draft.body.replace(/\r?\n/g, '\r\n'), 'utf8')),
    `--${boundary}`,
    `Content-Type: ${draft.attachment.mimeType}; name="${draft.attachment.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')}"`,
    `Content-Disposition: attachment; ${fileNameParams(draft.attachment.fileName)}`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(draft.attachment.data),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
