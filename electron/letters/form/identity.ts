import { createHash } from 'node:crypto';
import type { Document, Element } from '@xmldom/xmldom';
import { TAG_PREFIX } from './fields';
import { escapeXml } from './controls-xml';
import { closest, parseXml, sdtTag, textOf, W, wAll } from './ooxml-dom';

/**
 * The form's identity, kept in a custom XML part (ECMA-376 Part 1 §15.2.5): which escalation, stage and
 * letter it belongs to, and two checksums of the text the manager was not asked to change. Word keeps
 * custom XML parts when it saves; so does LibreOffice (its "grab bag"). The same identity is also a custom
 * document property, which every word processor that keeps File → Properties keeps.
 */

export const FORM_NS = 'urn:escalation-tracker:returned-form:1';

export interface FormIdentity {
  escalationId: string;
  stageKey: string;
  letterId: string;
  caseId: string;
  /** The body's text outside the response controls (see checksumOf). */
  checksum: string;
  /** The body's text outside the whole response section, for a file whose controls were lost. */
  sectionChecksum: string;
}

const FIELDS = ['escalationId', 'stageKey', 'letterId', 'caseId', 'checksum', 'sectionChecksum'] as const;

export function identityXml(id: FormIdentity): string {
  const body = FIELDS.map((k) => `<et:${k}>${escapeXml(id[k])}</et:${k}>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><et:form xmlns:et="${FORM_NS}">${body}</et:form>`;
}

/** The identity in a custom XML part's text, or null when the part is someone else's. */
export function parseIdentity(xml: string): FormIdentity | null {
  if (!xml.includes(FORM_NS)) return null;
  const doc = parseXml(xml, 'the form’s identity');
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== FORM_NS || root.localName !== 'form') return null;
  const get = (k: string) => Array.from(root.getElementsByTagNameNS(FORM_NS, k))[0]?.textContent?.trim() ?? '';
  const id = Object.fromEntries(FIELDS.map((k) => [k, get(k)])) as unknown as FormIdentity;
  return id.escalationId && id.stageKey && id.letterId ? id : null;
}

const isOurs = (el: Element) => el.localName === 'sdt' && el.namespaceURI === W && (sdtTag(el) ?? '').startsWith(TAG_PREFIX);

/**
 * A checksum of text, ignoring all white space and the check-box glyphs: Word, LibreOffice and Google Docs
 * re-split runs, change spacing and redraw ☐/☒ as they save, but do not change words.
 */
export function digest(text: string): string {
  return createHash('sha256').update(text.replace(/[\s\u00a0☐☒]/g, ''), 'utf8').digest('hex').slice(0, 32);
}

function bodyOf(doc: Document): Element {
  const body = wAll(doc, 'body')[0];
  if (!body) throw new Error('word/document.xml has no body');
  return body;
}

/** The body's text with the app's response controls left out: any other change means it was edited outside the fields. */
export const checksumTextOf = (doc: Document): string => textOf(bodyOf(doc), isOurs);
export const checksumOf = (doc: Document): string => digest(checksumTextOf(doc));

/**
 * The element that holds the response section: the table the response controls (or, on a file that lost
 * its controls, the response labels) are in, else their paragraph.
 */
export function sectionOf(node: Element): Element {
  return closest(node, 'tbl') ?? closest(node, 'p') ?? node;
}

/** The body's text without the response section(s) given. */
export function sectionTextOf(doc: Document, sections: readonly Element[]): string {
  const skip = new Set(sections);
  return textOf(bodyOf(doc), (el) => skip.has(el));
}
export const sectionChecksumOf = (doc: Document, sections: readonly Element[]): string => digest(sectionTextOf(doc, sections));
